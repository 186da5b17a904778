// The channel recommendation (docs/journey.md, "The engine"): a pure, deterministic function from request type,
// stated preference and situation to ranked channels with reason keys the UI translates. The rules
// (allowed channels, base orders, situation steps) come from the database; nothing here knows a
// particular request type.
import type { Channel, Preference, Situation, SituationCondition, SituationRuleParams } from "./situation";

export interface RecommendationRules {
  requestType: { key: string; allowedChannels: readonly Channel[]; isEmergency: boolean; externalUrl?: string | null };
  /** Base order per stated preference (the rule set in force). */
  baseOrders: Partial<Record<Preference, readonly Channel[]>>;
  /** Enabled situation steps in the order they apply (the rule set's situation steps, in order). */
  situationSteps: readonly { key: string; params: SituationRuleParams }[];
}

export interface RecommendationInput {
  /** Absent: no stated preference; the request type's best fit (the `mixed` order) is used. */
  preference?: Preference | null;
  situation?: Situation;
}

export interface RankedOption {
  channel: Channel;
  rank: number;
  /** Message key below journey.reasons, e.g. "preference.personal", "step.help-needed". */
  reasonKey: string;
  reasonParams: Record<string, string>;
  /** The situation step that moved this channel, when one did. */
  movedBy?: string;
}

export interface Recommendation {
  recommended: Channel;
  options: RankedOption[];
  /** True when the emergency information must be shown before anything else. */
  emergency: boolean;
  /** Keys of the situation steps whose conditions held, in order. */
  appliedSteps: string[];
}

/** In-person contact is always offered (the research: digital must not restrict personal contact). */
const ALWAYS_OFFERED: Channel = "in_person";

export function recommendChannels(rules: RecommendationRules, input: RecommendationInput): Recommendation {
  const { requestType } = rules;
  const situation: Situation = { ...input.situation, ...(requestType.isEmergency ? { emergency: true } : {}) };
  const allowed = unique([...requestType.allowedChannels, ALWAYS_OFFERED]);

  const base = input.preference
    ? (rules.baseOrders[input.preference] ?? rules.baseOrders.mixed)
    : rules.baseOrders.mixed;
  // Only allowed channels are candidates; an allowed channel the stored order forgot is kept, at the end.
  let order = unique([...(base ?? []).filter((channel) => allowed.includes(channel)), ...allowed]);

  const movedBy = new Map<Channel, string>();
  const appliedSteps: string[] = [];
  let locked = 0;
  for (const step of rules.situationSteps) {
    if (!applies(step.params, situation, requestType.key)) continue;
    appliedSteps.push(step.key);
    const head = order.slice(0, locked);
    const tail = order.slice(locked);
    const moved = move(tail, step.params);
    const next = [...head, ...moved];
    for (const channel of step.params.channels) {
      if (movedBy.has(channel) || !tail.includes(channel)) continue;
      // A channel a "first" or "last" step puts in place is placed by that step even where it already
      // stood there (an emergency names the emergency); a "before" step only names what it lifted.
      const placed = step.params.move === "before" ? next.indexOf(channel) !== order.indexOf(channel) : true;
      if (placed) movedBy.set(channel, step.key);
    }
    order = next;
    if (step.params.move === "first" && step.params.lock) {
      locked = Math.max(locked, head.length + step.params.channels.filter((channel) => tail.includes(channel)).length);
    }
  }

  const options = order.map((channel, index): RankedOption => {
    const rank = index + 1;
    const step = movedBy.get(channel);
    if (step) return { channel, rank, reasonKey: `step.${step}`, reasonParams: { channel }, movedBy: step };
    if (rank === 1)
      return { channel, rank, reasonKey: `preference.${input.preference ?? "none"}`, reasonParams: { channel } };
    const external = channel === "online" && Boolean(requestType.externalUrl);
    return {
      channel,
      rank,
      reasonKey: external ? "channel.online-external" : `channel.${channel}`,
      reasonParams: { channel },
    };
  });
  return { recommended: options[0].channel, options, emergency: situation.emergency === true, appliedSteps };
}

function applies(params: SituationRuleParams, situation: Situation, requestTypeKey: string): boolean {
  if (params.requestTypes && !params.requestTypes.includes(requestTypeKey)) return false;
  const checks = (Object.keys(params.when) as (keyof SituationCondition)[]).map((field) =>
    holds(params.when, field, situation),
  );
  if (checks.length === 0) return false;
  return params.match === "any" ? checks.some(Boolean) : checks.every(Boolean);
}

function holds(when: SituationCondition, field: keyof SituationCondition, situation: Situation): boolean {
  const expected = when[field];
  const actual = situation[field];
  if (actual === undefined) return false;
  if (Array.isArray(expected)) return (expected as readonly string[]).includes(String(actual));
  return expected === actual;
}

function move(order: Channel[], params: SituationRuleParams): Channel[] {
  const targets = params.channels.filter((channel) => order.includes(channel));
  if (params.move === "first") return [...targets, ...order.filter((channel) => !targets.includes(channel))];
  if (params.move === "last") return [...order.filter((channel) => !targets.includes(channel)), ...targets];
  const anchor = order.findIndex((channel) => (params.before ?? []).includes(channel));
  if (anchor < 0) return order;
  // Channels below the anchor move up just above it, keeping their order among themselves.
  const rising = order.filter((channel, index) => index > anchor && targets.includes(channel));
  const rest = order.filter((channel) => !rising.includes(channel));
  const at = rest.indexOf(order[anchor]);
  return [...rest.slice(0, at), ...rising, ...rest.slice(at)];
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}
