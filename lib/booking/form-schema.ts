// The web booking form: the one booking request (request.ts) with the start as the page sends it,
// and the gate's field errors as the details page shows them (codes, keys in booking.errors).
import { fieldErrors } from "@/lib/api/http";
import type { FieldErrors } from "@/lib/errors";
import type { Locale } from "@/i18n/routing";
import { hasControlCharacters } from "@/lib/validation";
import type { DraftData, DraftErrors } from "./drafts";
import { bookingRequestFields, isBookingErrorCode, startAsSent, withBookingRules } from "./request";

export const detailsForm = withBookingRules(bookingRequestFields.extend({ start: startAsSent }));

const VISIBLE_FIELDS = new Set([
  "name",
  "email",
  "phone",
  "customerNumber",
  "interpreter",
  "accessibilityNeeds",
  "note",
  "videoConsent",
]);

/**
 * The gate's errors by path ("person.email") as the details page shows them, by form field. Hidden
 * fields (time, place) only go wrong when tampered with or stale: one message for the form.
 */
export function pageErrors(fields: FieldErrors): DraftErrors {
  const errors: DraftErrors = {};
  for (const [path, [code]] of Object.entries(fields)) {
    const field = path.split(".").at(-1) ?? "form";
    if (VISIBLE_FIELDS.has(field) && isBookingErrorCode(code)) errors[field] ??= code;
    else errors.form ??= "notBookable";
  }
  return errors;
}

/** Control characters taken out: the form shows the answer again, and PostgreSQL cannot store a NUL. */
function storable(value: string, multiline = false): string {
  return Array.from(value)
    .filter((character) => !hasControlCharacters(character, { multiline }))
    .join("");
}

const MULTILINE = new Set(["accessibilityNeeds", "note"]);

/** The form's answers, each read by `read` (the request's shape with the start as sent). */
function detailsFrom(read: (name: string) => string, formData: FormData, language: Locale) {
  return {
    requestType: read("requestType"),
    channel: read("channel"),
    locationId: read("locationId"),
    start: read("start"),
    journeyId: read("journeyId") || undefined,
    language,
    person: { name: read("name"), email: read("email"), phone: read("phone"), customerNumber: read("customerNumber") },
    interpreter: read("interpreter"),
    accessibilityNeeds: read("accessibilityNeeds"),
    note: read("note"),
    videoConsent: formData.get("videoConsent") === "yes",
  };
}

/** The posted details in the page's language (the language of the booking's messages): checked, and as the draft keeps them. */
export function readDetails(formData: FormData, language: Locale): { data: DraftData; errors: DraftErrors } {
  const field = (name: string) => {
    const value = formData.get(name);
    return typeof value === "string" ? value.trim() : "";
  };
  const parsed = detailsForm.safeParse(detailsFrom(field, formData, language));
  const kept = detailsFrom((name) => storable(field(name), MULTILINE.has(name)), formData, language);
  const data: DraftData = { ...kept, channel: kept.channel === "video" ? "video" : "in_person" };
  return { data, errors: parsed.success ? {} : pageErrors(fieldErrors(parsed.error)) };
}
