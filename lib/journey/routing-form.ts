// The admin's routing form (/staff/admin/routing): one request type's base orders (a select per
// place), the situation steps (on/off and place), and the person of the preview. The same fields
// come as the preview's query string and as the save post; both are read here into a draft rule set.
import { z } from "zod";
import { languageCode } from "@/lib/languages";
import type { RuleProblem, RuleSetContent } from "./rule-sets";
import {
  channels,
  deviceProfiles,
  distances,
  helpNeeds,
  languageTag,
  preferences,
  situationSchema,
  type Channel,
  type Preference,
  type Situation,
} from "./situation";

/** The fields as they come: names and values are short texts (a repeated field is not part of this form). */
export const routingFormSchema = z.record(z.string().max(100), z.string().max(200));
export type RoutingFormFields = z.infer<typeof routingFormSchema>;

/** The select of one place of an order: `personal-1`, `digital-3`. */
export const orderField = (preference: Preference, place: number) => `${preference}-${place}`;
export const stepField = (key: string) => `step-${key}`;
export const stepPlaceField = (key: string) => `position-${key}`;

export const PERSON_FIELDS = [
  "person-type",
  "person-preference",
  "person-helpNeed",
  "person-devices",
  "person-language",
  "person-distance",
  "person-emergency",
  "person-interpreter",
  "person-mobility",
] as const;

export interface PreviewPerson {
  requestType: string;
  preference: Preference | null;
  situation: Situation;
}

export interface RoutingForm {
  /** the request type whose orders the form edits */
  requestType: string;
  /** the version the admin started from; a save refuses when another was saved since */
  basedOn: number | null;
  /** true when the fields carry a draft (the preview was asked for), false for the page as it first opens */
  hasDraft: boolean;
  draft: RuleSetContent;
  person: PreviewPerson;
  /** fields that could not be read (an empty place, a place number that is not one) */
  problems: RuleProblem[];
}

const isChannel = (value: string): value is Channel => (channels as readonly string[]).includes(value);
const isPreference = (value: string): value is Preference => (preferences as readonly string[]).includes(value);
const oneOf = <T extends readonly string[]>(options: T, value: string | undefined): T[number] | undefined =>
  value && options.includes(value) ? value : undefined;

/**
 * Reads the form against the rule set in force. Without `draft=1` the form shows that rule set as
 * it is. The edited request type must be one of `requestTypes` (the first one otherwise).
 */
export function readRoutingForm(
  fields: RoutingFormFields,
  current: RuleSetContent,
  requestTypes: readonly { key: string; allowedChannels: readonly Channel[] }[],
): RoutingForm {
  const value = (name: string) => fields[name]?.trim() ?? "";
  const type = requestTypes.find((candidate) => candidate.key === value("type")) ?? requestTypes[0];
  const basedOn = /^\d{1,9}$/.test(value("basedOn")) ? Number(value("basedOn")) : null;
  const hasDraft = value("draft") === "1";
  const person = readPerson(value, type?.key ?? "");
  if (!hasDraft || !type)
    return {
      requestType: type?.key ?? "",
      basedOn,
      hasDraft: false,
      draft: current,
      person: person.person,
      problems: person.problems,
    };

  const problems: RuleProblem[] = [...person.problems];
  const places = Math.max(type.allowedChannels.length, (current.baseOrders[type.key]?.personal ?? []).length, 1);
  const orders: RuleSetContent["baseOrders"][string] = {};
  for (const preference of preferences) {
    const order: Channel[] = [];
    for (let place = 1; place <= places; place += 1) {
      const chosen = value(orderField(preference, place));
      if (isChannel(chosen)) order.push(chosen);
      else if (chosen !== "")
        problems.push({
          target: { requestType: type.key, preference },
          message: `Unbekannter Weg an der ${place}. Stelle.`,
        });
    }
    orders[preference] = order;
  }

  const steps = current.situationSteps.map((step, index) => {
    const text = value(stepPlaceField(step.key));
    const place = /^\d{1,2}$/.test(text) ? Number(text) : NaN;
    if (!Number.isInteger(place) || place < 1)
      problems.push({
        target: { step: step.key },
        message: `Die Stelle eines Schritts ist eine Zahl ab 1 (Schritt „${step.key}“).`,
      });
    return {
      step: { ...step, enabled: value(stepField(step.key)) === "on" },
      place: Number.isInteger(place) ? place : index + 1,
      index,
    };
  });
  const stepPlaces = steps.map((entry) => entry.place);
  if (new Set(stepPlaces).size !== stepPlaces.length)
    problems.push({ target: { form: "steps" }, message: "Jede Stelle der Schritte darf nur einmal vergeben sein." });
  const situationSteps = [...steps].sort((a, b) => a.place - b.place || a.index - b.index).map((entry) => entry.step);

  return {
    requestType: type.key,
    basedOn,
    hasDraft,
    draft: { baseOrders: { ...current.baseOrders, [type.key]: orders }, situationSteps },
    person: person.person,
    problems,
  };
}

function readPerson(
  value: (name: string) => string,
  defaultType: string,
): { person: PreviewPerson; problems: RuleProblem[] } {
  const problems: RuleProblem[] = [];
  const preference = value("person-preference");
  const language = value("person-language");
  let languageValue: string | undefined;
  if (language !== "") {
    const parsed = languageTag.safeParse(languageCode(language));
    if (parsed.success) languageValue = parsed.data;
    else
      problems.push({
        target: { form: "person-language" },
        message: "Sprache: bitte eine Sprache mit ihrem Namen angeben, z. B. Türkisch oder Arabisch.",
      });
  }
  const situation = situationSchema.parse({
    emergency: value("person-emergency") === "on" ? true : undefined,
    helpNeed: oneOf(helpNeeds, value("person-helpNeed")),
    devices: oneOf(deviceProfiles, value("person-devices")),
    language: languageValue,
    interpreter: value("person-interpreter") === "on" ? true : undefined,
    mobility: value("person-mobility") === "on" ? true : undefined,
    distance: oneOf(distances, value("person-distance")),
  });
  return {
    person: {
      requestType: value("person-type") || defaultType,
      preference: isPreference(preference) ? preference : null,
      situation,
    },
    problems,
  };
}

/** The fields of a form as a query string, to show the same draft again (after a refused save). */
export function routingFormQuery(fields: RoutingFormFields): string {
  return new URLSearchParams(Object.entries(fields).filter(([name]) => name !== "result")).toString();
}
