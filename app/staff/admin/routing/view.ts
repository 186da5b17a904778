// What the routing page shows, worked out from the form and the rule set in force: the editor's
// values, the problems linked to their fields, the preview with the citizen's reasons, the summary.
import type { RoutingEditorProps } from "@/components/staff/routing-editor";
import type { RoutingPreviewProps } from "@/components/staff/routing-preview";
import type { SummaryError } from "@/components/ui/error-summary";
import { textsFor } from "@/i18n/translator";
import { languageName } from "@/lib/languages";
import {
  CHANNEL_LABELS,
  changeText,
  deviceProfiles,
  distances,
  describeRuleChanges,
  helpNeeds,
  orderField,
  PERSON_FIELDS,
  PREFERENCE_LABELS,
  preferences,
  previewFor,
  reasonText,
  stepLabel,
  summarizeChange,
  type Recommendation,
  type RoutingForm,
  type RuleProblem,
  type RuleSetContent,
} from "@/lib/journey";

export type RequestTypeForRules = {
  key: string;
  title: string;
  allowedChannels: (keyof typeof CHANNEL_LABELS)[];
  isEmergency: boolean;
  externalUrl: string | null;
};

const HELP_NEEDS: Record<(typeof helpNeeds)[number], string> = {
  never: "nie",
  sometimes: "manchmal",
  often: "oft",
  always: "immer",
};
const DEVICES: Record<(typeof deviceProfiles)[number], string> = {
  "smartphone-only": "nur Smartphone",
  "smartphone-plus": "Smartphone und mehr",
  none: "kein Gerät",
};
const DISTANCES: Record<(typeof distances)[number], string> = { near: "nah", medium: "mittel", far: "weit" };

const channelsText = (order: readonly (keyof typeof CHANNEL_LABELS)[]) =>
  order.map((channel) => CHANNEL_LABELS[channel]).join(" → ");

/** The query's values as single strings (a repeated parameter counts once). */
export function fieldsOf(query: Record<string, string | string[] | undefined>): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [name, value] of Object.entries(query)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (typeof first === "string" && name.length <= 100) fields[name] = first.slice(0, 200);
  }
  return fields;
}

/** The field a problem links to. */
export function problemField(problem: RuleProblem, steps: RuleSetContent["situationSteps"]): string {
  const target = problem.target;
  if ("preference" in target) return orderField(target.preference, 1);
  if ("step" in target) return `step-${target.step}`;
  if (target.form === "steps") return `position-${steps[0]?.key ?? ""}`;
  return target.form;
}

export function summaryErrors(problems: RuleProblem[], steps: RuleSetContent["situationSteps"]): SummaryError[] {
  return problems.map((problem) => ({ fieldId: problemField(problem, steps), message: problem.message }));
}

export function editorProps(
  form: RoutingForm,
  fields: Record<string, string>,
  types: RequestTypeForRules[],
  currentVersion: number,
  invalid: Set<string>,
  canSave: boolean,
): RoutingEditorProps {
  const type = types.find((candidate) => candidate.key === form.requestType) ?? types[0];
  const places = type.allowedChannels.length;
  const orders = preferences.map((preference) => {
    const order = form.draft.baseOrders[type.key]?.[preference] ?? [];
    return {
      preference,
      label: `Haltung: ${PREFERENCE_LABELS[preference]}`,
      places: Array.from({ length: places }, (_, index) => order[index] ?? ""),
    };
  });
  const person = Object.fromEntries(PERSON_FIELDS.map((name) => [name, fields[name] ?? ""]));
  person["person-type"] ||= type.key;
  person["person-preference"] ||= "digital";
  return {
    requestType: { key: type.key, title: type.title },
    basedOn: currentVersion,
    orders,
    channelOptions: type.allowedChannels.map((channel) => ({ value: channel, label: CHANNEL_LABELS[channel] })),
    steps: form.draft.situationSteps.map((step, index) => ({
      key: step.key,
      label: stepLabel(step.key),
      enabled: step.enabled,
      place: index + 1,
    })),
    person,
    personOptions: {
      requestTypes: types.map((candidate) => ({ value: candidate.key, label: candidate.title })),
      preferences: [
        ...preferences.map((preference) => ({ value: preference, label: PREFERENCE_LABELS[preference] })),
        { value: "none", label: "keine Angabe" },
      ],
      helpNeeds: helpNeeds.map((value) => ({ value, label: HELP_NEEDS[value] })),
      devices: deviceProfiles.map((value) => ({ value, label: DEVICES[value] })),
      distances: distances.map((value) => ({ value, label: DISTANCES[value] })),
    },
    invalid,
    canSave,
  };
}

function optionsOf(recommendation: Recommendation) {
  const t = textsFor("de", "journey");
  return recommendation.options.map((option) => ({
    channel: option.channel,
    label: CHANNEL_LABELS[option.channel],
    reason: reasonText(t, option),
  }));
}

export function previewProps(
  form: RoutingForm,
  types: RequestTypeForRules[],
  current: { version: number; content: RuleSetContent },
): RoutingPreviewProps {
  const type =
    types.find((candidate) => candidate.key === form.person.requestType) ??
    types.find((candidate) => candidate.key === form.requestType) ??
    types[0];
  const { preference, situation } = form.person;
  const preview = previewFor(type, current.content, form.draft, { preference, situation });
  const title = (key: string) => types.find((candidate) => candidate.key === key)?.title ?? key;
  const situationParts = [
    situation.emergency ? "Notlage" : null,
    situation.helpNeed ? `Hilfe bei Digitalem: ${HELP_NEEDS[situation.helpNeed]}` : null,
    situation.devices ? `Geräte: ${DEVICES[situation.devices]}` : null,
    situation.language ? `Sprache: ${languageName(situation.language)}` : null,
    situation.interpreter ? "Dolmetschen nötig" : null,
    situation.mobility ? "eingeschränkt mobil" : null,
    situation.distance ? `Entfernung: ${DISTANCES[situation.distance]}` : null,
  ].filter(Boolean);
  const summary = summarizeChange(types, current.content, form.draft, situation);
  return {
    personLine: `Für: ${type.title}, Haltung ${preference ? PREFERENCE_LABELS[preference] : "keine Angabe"}${situationParts.length ? `; ${situationParts.join(", ")}` : ""}.`,
    currentVersion: current.version,
    before: optionsOf(preview.before),
    after: optionsOf(preview.after),
    summary: {
      combinations: summary.combinations,
      changed: summary.changed.map((change) => ({
        label: `${title(change.requestType)}, ${PREFERENCE_LABELS[change.preference]}`,
        before: channelsText(change.before),
        after: channelsText(change.after),
        firstChanged: change.firstChanged,
      })),
    },
    changes: describeRuleChanges(current.content, form.draft).map((change) => changeText(change, title)),
  };
}
