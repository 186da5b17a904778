// The preference and situation form of the pages: plain form fields in, the engine's input out.
// The same field names travel back in the query string to show the form again (no personal data).
import { z } from "zod";
import { hasControlCharacters, text } from "@/lib/validation";
import {
  deviceProfiles,
  distances,
  helpNeeds,
  languageTag,
  preferences,
  type Preference,
  type Situation,
} from "./situation";

export const forWhomValues = ["self", "other"] as const;
export const preferenceChoices = [...preferences, "none"] as const;
export const needValues = ["interpreter", "mobility", "emergency"] as const;

export interface PreferenceFormValues {
  forWhom?: string;
  preference?: string;
  helpNeed?: string;
  devices?: string;
  language?: string;
  needs: string[];
  distance?: string;
}

export type PreferenceFormField = "forWhom" | "preference" | "helpNeed" | "devices" | "language" | "needs" | "distance";
export type PreferenceFormError = "required" | "invalid" | "invalidCharacters";
export type PreferenceFormErrors = Partial<Record<PreferenceFormField, PreferenceFormError>>;

/** The message of each error, below journey.preference. */
export const preferenceErrorMessages: Record<PreferenceFormError, string> = {
  required: "errorRequired",
  invalid: "errorInvalid",
  invalidCharacters: "errorInvalidCharacters",
};

export interface PreferenceFormResult {
  preference: Preference | null;
  situation: Situation;
  forSomeoneElse: boolean;
}

const fields = ["forWhom", "preference", "helpNeed", "devices", "language", "distance"] as const;

/** Reads the fields from a posted form or a query string; empty strings count as not answered. */
export function readPreferenceForm(data: {
  get(name: string): unknown;
  getAll(name: string): unknown[];
}): PreferenceFormValues {
  const text = (name: string) => {
    const value = data.get(name);
    return typeof value === "string" && value.trim() !== "" ? value.trim().slice(0, 40) : undefined;
  };
  const values: PreferenceFormValues = {
    needs: data
      .getAll("needs")
      .filter((v): v is string => typeof v === "string")
      .slice(0, 10),
  };
  for (const field of fields) values[field] = text(field);
  return values;
}

const oneOf = <T extends readonly string[]>(options: T) => z.enum(options).optional();
/** Every answer is a short text: one with a control character is named as such, before its value is checked. */
const answerText = text({ max: 40, messages: { tooLong: "invalid" } });

/**
 * Checks the answers. The stated preference is required on the page, with "none" ("I don't know")
 * as a real answer: the engine then uses the request type's usual way. Everything else may be skipped.
 */
export function parsePreferenceForm(
  values: PreferenceFormValues,
  options: { requirePreference: boolean },
): { ok: true; value: PreferenceFormResult } | { ok: false; errors: PreferenceFormErrors } {
  const errors: PreferenceFormErrors = {};
  const check = (field: PreferenceFormField, schema: z.ZodType) => {
    const value = field === "needs" ? values.needs : values[field];
    const refused = (Array.isArray(value) ? value : value === undefined ? [] : [value])
      .map((item) => answerText.safeParse(item))
      .find((result) => !result.success);
    if (refused) errors[field] = refused.error.issues[0].message as PreferenceFormError;
    else if (!schema.safeParse(value).success) errors[field] = "invalid";
  };
  check("forWhom", oneOf(forWhomValues));
  check("preference", oneOf(preferenceChoices));
  check("helpNeed", oneOf(helpNeeds));
  check("devices", oneOf(deviceProfiles));
  check("language", languageTag.optional());
  check("needs", z.array(z.enum(needValues)));
  check("distance", oneOf(distances));
  if (options.requirePreference && !values.preference) errors.preference = "required";
  if (Object.keys(errors).length > 0) return { ok: false, errors };

  const needs = new Set(values.needs);
  const situation: Situation = {
    ...(needs.has("emergency") ? { emergency: true } : {}),
    ...(values.helpNeed ? { helpNeed: values.helpNeed as Situation["helpNeed"] } : {}),
    ...(values.devices ? { devices: values.devices as Situation["devices"] } : {}),
    ...(values.language ? { language: values.language } : {}),
    ...(needs.has("interpreter") ? { interpreter: true } : {}),
    ...(needs.has("mobility") ? { mobility: true } : {}),
    ...(values.distance ? { distance: values.distance as Situation["distance"] } : {}),
  };
  const preference = values.preference && values.preference !== "none" ? (values.preference as Preference) : null;
  return { ok: true, value: { preference, situation, forSomeoneElse: values.forWhom === "other" } };
}

/**
 * The answers as a query string, to show the form again (after an error, or to change them). A
 * value with a control character is left out: its error says so, and the question is asked again.
 */
export function preferenceFormQuery(values: PreferenceFormValues, errors: PreferenceFormErrors = {}): string {
  const query = new URLSearchParams();
  const shown = (value: string | undefined): value is string => Boolean(value) && !hasControlCharacters(value!);
  for (const field of fields) if (shown(values[field])) query.set(field, values[field]!);
  for (const need of values.needs.filter(shown)) query.append("needs", need);
  const errorFields = Object.keys(errors);
  if (errorFields.length > 0)
    query.set("errors", errorFields.map((field) => `${field}:${errors[field as PreferenceFormField]}`).join(","));
  return query.toString();
}

/** The stored answers of a journey as form values (for "change your answers"). */
export function valuesFromJourney(journey: {
  preference: Preference | null;
  situation: Situation;
  forSomeoneElse: boolean;
}): PreferenceFormValues {
  const { situation } = journey;
  return {
    forWhom: journey.forSomeoneElse ? "other" : "self",
    preference: journey.preference ?? "none",
    helpNeed: situation.helpNeed,
    devices: situation.devices,
    language: situation.language,
    distance: situation.distance,
    needs: needValues.filter((need) => situation[need] === true),
  };
}

/** Reads "errors=preference:required,helpNeed:invalid" back (unknown parts are ignored). */
export function errorsFromQuery(raw: string | undefined): PreferenceFormErrors {
  const errors: PreferenceFormErrors = {};
  for (const part of (raw ?? "").split(",").slice(0, 10)) {
    const [field, kind] = part.split(":");
    if ([...fields, "needs"].includes(field as PreferenceFormField) && Object.hasOwn(preferenceErrorMessages, kind))
      errors[field as PreferenceFormField] = kind as PreferenceFormError;
  }
  return errors;
}
