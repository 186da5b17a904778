// Turns the stored rules (a request_type row and the rule set in force, as rows) into the engine's input.
// Pure, so the unit tests feed it the seeded defaults; journeys.ts reads the rows.
import type { RecommendationRules } from "./engine";
import {
  channels as channelNames,
  preferences,
  situationRuleParamsSchema,
  type Channel,
  type Preference,
} from "./situation";

export interface RequestTypeRow {
  key: string;
  allowedChannels: readonly string[];
  isEmergency: boolean;
  externalUrl?: string | null;
}
export interface RoutingRuleRow {
  preference: string;
  channelOrder: readonly string[];
}
export interface SituationRuleRow {
  key: string;
  position: number;
  enabled: boolean;
  params: unknown;
}

const isChannel = (value: string): value is Channel => (channelNames as readonly string[]).includes(value);
const isPreference = (value: string): value is Preference => (preferences as readonly string[]).includes(value);

/**
 * Builds the engine's rules. A situation step whose params do not fit the schema (an admin's typo)
 * is left out and reported through `skipped`, never applied half-understood.
 */
export function buildRules(
  requestType: RequestTypeRow,
  routingRules: readonly RoutingRuleRow[],
  situationRules: readonly SituationRuleRow[],
): { rules: RecommendationRules; skipped: string[] } {
  const baseOrders: Partial<Record<Preference, Channel[]>> = {};
  for (const rule of routingRules) {
    if (isPreference(rule.preference)) baseOrders[rule.preference] = rule.channelOrder.filter(isChannel);
  }
  const skipped: string[] = [];
  const situationSteps = [...situationRules]
    .filter((rule) => rule.enabled)
    .sort((a, b) => a.position - b.position || a.key.localeCompare(b.key))
    .flatMap((rule) => {
      const parsed = situationRuleParamsSchema.safeParse(rule.params);
      if (!parsed.success) {
        skipped.push(rule.key);
        return [];
      }
      return [{ key: rule.key, params: parsed.data }];
    });
  return {
    rules: {
      requestType: {
        key: requestType.key,
        allowedChannels: requestType.allowedChannels.filter(isChannel),
        isEmergency: requestType.isEmergency,
        externalUrl: requestType.externalUrl ?? null,
      },
      baseOrders,
      situationSteps,
    },
    skipped,
  };
}
