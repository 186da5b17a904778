// Versioned routing rules (docs/journey.md, "Rule sets"): the content of one version, the checks a
// version must pass before it is saved, what changed between two versions, and how many of the
// request type × preference combinations a change moves. Pure: the store (rule-store.ts) reads and
// writes the rows, the admin page and the unit tests call these with plain data.
import { z } from "zod";
import { recommendChannels, type Recommendation } from "./engine";
import { REQUEST_TYPES, SITUATION_RULES, channels as channelCodes } from "./reference-data";
import { buildRules, type RequestTypeRow } from "./rules";
import { channels, preferences, type Channel, type Preference, type Situation } from "./situation";

const channelList = z.array(z.enum(channels));
export const ruleSetContentSchema = z.object({
  /** Per request type key, the channel order for each stated preference. */
  baseOrders: z.record(
    z.string(),
    z.object({ personal: channelList.optional(), mixed: channelList.optional(), digital: channelList.optional() }),
  ),
  /** The situation steps in the order they apply; params are checked by situationRuleParamsSchema when the rules are built. */
  situationSteps: z.array(z.object({ key: z.string().min(1).max(64), enabled: z.boolean(), params: z.unknown() })),
});
export type RuleSetContent = z.infer<typeof ruleSetContentSchema>;
export type SituationStepEntry = RuleSetContent["situationSteps"][number];

/** The rules every installation starts with: version 1. */
export function defaultRuleSet(): RuleSetContent {
  const baseOrders: RuleSetContent["baseOrders"] = {};
  for (const type of REQUEST_TYPES) {
    baseOrders[type.key] = {
      personal: channelCodes(type.orders.personal),
      mixed: channelCodes(type.orders.mixed),
      digital: channelCodes(type.orders.digital),
    };
  }
  return {
    baseOrders,
    situationSteps: SITUATION_RULES.map((rule) => ({ key: rule.key, enabled: true, params: rule.params })),
  };
}

/** The engine's rules for one request type under a rule set. */
export function rulesFromSet(requestType: RequestTypeRow, content: RuleSetContent) {
  const orders = content.baseOrders[requestType.key] ?? {};
  const routingRows = preferences.flatMap((preference) =>
    orders[preference] ? [{ preference, channelOrder: orders[preference] }] : [],
  );
  const stepRows = content.situationSteps.map((step, position) => ({
    key: step.key,
    position,
    enabled: step.enabled,
    params: step.params,
  }));
  return buildRules(requestType, routingRows, stepRows);
}

/** German names for the staff pages. */
export const CHANNEL_LABELS: Record<Channel, string> = {
  online: "Online-Formular",
  video: "Video",
  in_person: "Vor Ort",
  phone: "Rückruf",
};
export const PREFERENCE_LABELS: Record<Preference, string> = {
  personal: "überwiegend persönlich",
  mixed: "persönlich und digital",
  digital: "eher digital",
};
export const STEP_LABELS: Record<string, string> = {
  emergency: "Notlage: Vor Ort und Rückruf zuerst",
  "help-needed": "Oft Hilfe nötig: Formular zuletzt",
  "long-form-on-small-device": "Langer Antrag nur mit Smartphone: Formular zuletzt",
  "no-device": "Kein Gerät: Formular zuletzt",
  interpreter: "Dolmetschen nötig: Vor Ort und Video vor dem Formular",
  "mobility-or-distance": "Eingeschränkt mobil oder weit weg: Video vor Vor Ort",
};
export const stepLabel = (key: string) => STEP_LABELS[key] ?? key;

/** The step that must stay on: an emergency is always met in person the same day (or by phone). */
export const EMERGENCY_STEP = "emergency";

export interface RuleProblem {
  /** what the problem is about, for the page to link the field */
  target: { requestType: string; preference: Preference } | { step: string } | { form: string };
  message: string;
}

/**
 * What stops a rule set from being saved. Each base order lists every channel the request type
 * allows exactly once, and nothing else; in person must be in every order (the research: digital
 * must never close the door to personal contact); the emergency step stays on.
 */
export function validateRuleSet(
  content: RuleSetContent,
  requestTypes: readonly { key: string; title: string; allowedChannels: readonly Channel[] }[],
): RuleProblem[] {
  const problems: RuleProblem[] = [];
  for (const type of requestTypes) {
    const orders = content.baseOrders[type.key] ?? {};
    for (const preference of preferences) {
      const order = orders[preference];
      if (!order) continue;
      const target = { requestType: type.key, preference };
      const where = `${type.title}, ${PREFERENCE_LABELS[preference]}`;
      const twice = order.filter((channel, index) => order.indexOf(channel) !== index);
      for (const channel of new Set(twice))
        problems.push({ target, message: `${where}: „${CHANNEL_LABELS[channel]}“ steht mehrmals in der Reihenfolge.` });
      for (const channel of order.filter(
        (channel) => !type.allowedChannels.includes(channel) && channel !== "in_person",
      )) {
        problems.push({
          target,
          message: `${where}: „${CHANNEL_LABELS[channel]}“ ist für dieses Anliegen nicht erlaubt.`,
        });
      }
      if (!order.includes("in_person")) {
        problems.push({
          target,
          message: `${where}: „Vor Ort“ fehlt. Der persönliche Kontakt muss immer angeboten werden.`,
        });
      }
      for (const channel of type.allowedChannels.filter(
        (channel) => channel !== "in_person" && !order.includes(channel),
      )) {
        problems.push({ target, message: `${where}: „${CHANNEL_LABELS[channel]}“ fehlt in der Reihenfolge.` });
      }
    }
  }
  const emergency = content.situationSteps.find((step) => step.key === EMERGENCY_STEP);
  if (!emergency || !emergency.enabled) {
    problems.push({
      target: { step: EMERGENCY_STEP },
      message: `Der Schritt „${stepLabel(EMERGENCY_STEP)}“ muss eingeschaltet bleiben: In einer Notlage hilft das Jobcenter noch am selben Tag persönlich.`,
    });
  }
  return problems;
}

export type RuleChange =
  | { kind: "order"; requestType: string; preference: Preference; from: Channel[]; to: Channel[] }
  | { kind: "step-enabled"; step: string; enabled: boolean }
  | { kind: "step-order"; from: string[]; to: string[] }
  | { kind: "step-params"; step: string };

const sameList = (a: readonly unknown[] | undefined, b: readonly unknown[] | undefined) =>
  JSON.stringify(a ?? []) === JSON.stringify(b ?? []);

/**
 * JSON with the keys of every object sorted: PostgreSQL's jsonb keeps its own key order, so a value
 * read back differs from the one written only in that order.
 */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, entry]) => entry !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, entry]) => `${JSON.stringify(key)}:${canonical(entry)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

/** What differs between two rule sets, in a stable order (request types by key, then the steps). */
export function describeChanges(before: RuleSetContent, after: RuleSetContent): RuleChange[] {
  const changes: RuleChange[] = [];
  const keys = [...new Set([...Object.keys(before.baseOrders), ...Object.keys(after.baseOrders)])].sort();
  for (const requestType of keys) {
    for (const preference of preferences) {
      const from = before.baseOrders[requestType]?.[preference] ?? [];
      const to = after.baseOrders[requestType]?.[preference] ?? [];
      if (!sameList(from, to)) changes.push({ kind: "order", requestType, preference, from, to });
    }
  }
  const beforeSteps = new Map(before.situationSteps.map((step) => [step.key, step]));
  for (const step of after.situationSteps) {
    const earlier = beforeSteps.get(step.key);
    if (earlier && earlier.enabled !== step.enabled)
      changes.push({ kind: "step-enabled", step: step.key, enabled: step.enabled });
    if (!earlier || canonical(earlier.params) !== canonical(step.params))
      changes.push({ kind: "step-params", step: step.key });
  }
  const fromKeys = before.situationSteps.map((step) => step.key);
  const toKeys = after.situationSteps.map((step) => step.key);
  if (!sameList(fromKeys, toKeys)) changes.push({ kind: "step-order", from: fromKeys, to: toKeys });
  return changes;
}

const channelsText = (order: readonly Channel[]) =>
  order.length ? order.map((channel) => CHANNEL_LABELS[channel]).join(" → ") : "keine";

/** One change as a German sentence; `title` names a request type. */
export function changeText(change: RuleChange, title: (key: string) => string): string {
  switch (change.kind) {
    case "order":
      return `${title(change.requestType)}, ${PREFERENCE_LABELS[change.preference]}: ${channelsText(change.from)} wird ${channelsText(change.to)}`;
    case "step-enabled":
      return `Schritt „${stepLabel(change.step)}“ ${change.enabled ? "eingeschaltet" : "ausgeschaltet"}`;
    case "step-order":
      return `Reihenfolge der Schritte: ${change.to.map(stepLabel).join(", ")}`;
    case "step-params":
      return `Einstellungen des Schritts „${stepLabel(change.step)}“ geändert`;
  }
}

export interface CombinationChange {
  requestType: string;
  preference: Preference;
  before: Channel[];
  after: Channel[];
  /** the recommended (first) channel is another one */
  firstChanged: boolean;
}

export interface ChangeSummary {
  /** request types × preferences looked at */
  combinations: number;
  changed: CombinationChange[];
}

/**
 * Runs the engine for every request type × preference under both rule sets, for one situation (the
 * person of the preview, or none), and lists the combinations whose ranking differs.
 */
export function summarizeChange(
  requestTypes: readonly RequestTypeRow[],
  before: RuleSetContent,
  after: RuleSetContent,
  situation: Situation = {},
): ChangeSummary {
  const changed: CombinationChange[] = [];
  for (const type of requestTypes) {
    const rulesBefore = rulesFromSet(type, before).rules;
    const rulesAfter = rulesFromSet(type, after).rules;
    for (const preference of preferences) {
      const a = recommendChannels(rulesBefore, { preference, situation }).options.map((option) => option.channel);
      const b = recommendChannels(rulesAfter, { preference, situation }).options.map((option) => option.channel);
      if (!sameList(a, b))
        changed.push({ requestType: type.key, preference, before: a, after: b, firstChanged: a[0] !== b[0] });
    }
  }
  return { combinations: requestTypes.length * preferences.length, changed };
}

/** The recommendation for one person under the rule set in force and under the draft. */
export function previewFor(
  requestType: RequestTypeRow,
  before: RuleSetContent,
  after: RuleSetContent,
  input: { preference: Preference | null; situation: Situation },
): { before: Recommendation; after: Recommendation } {
  return {
    before: recommendChannels(rulesFromSet(requestType, before).rules, input),
    after: recommendChannels(rulesFromSet(requestType, after).rules, input),
  };
}
