// A location's details as the admin edits them: address, accessibility, walk-in notes and the
// booking window, with what changed for the audit event.
import { z } from "zod";
import { text } from "@/lib/validation";
import {
  isState,
  problemsOf,
  single,
  whole,
  type FieldProblems,
  type LocationForm,
  type Tx,
} from "./location-settings";

export const detailsSchema = z.object({
  street: text({
    min: 1,
    max: 200,
    messages: {
      required: "Bitte geben Sie Straße und Hausnummer an.",
      tooShort: "Bitte geben Sie Straße und Hausnummer an.",
      tooLong: "Höchstens 200 Zeichen.",
      characters: "Unzulässige Zeichen.",
    },
  }),
  postalCode: z
    .string()
    .trim()
    .regex(/^\d{5}$/, "Die Postleitzahl hat fünf Ziffern."),
  city: text({
    min: 1,
    max: 100,
    messages: {
      required: "Bitte geben Sie den Ort an.",
      tooShort: "Bitte geben Sie den Ort an.",
      tooLong: "Höchstens 100 Zeichen.",
      characters: "Unzulässige Zeichen.",
    },
  }),
  state: z
    .string()
    .refine((value) => value === "" || isState(value), "Bitte wählen Sie ein Bundesland.")
    .transform((value) => (value === "" ? null : value)),
  stepFree: z.boolean(),
  accessibilityNotes: text({
    max: 1000,
    multiline: true,
    messages: { tooLong: "Höchstens 1.000 Zeichen.", characters: "Unzulässige Zeichen." },
  }).transform((value) => value || null),
  walkInNotes: text({
    max: 500,
    multiline: true,
    messages: { tooLong: "Höchstens 500 Zeichen.", characters: "Unzulässige Zeichen." },
  }).transform((value) => value || null),
  minNoticeMinutes: whole("Mindestvorlauf", 0, 20160),
  horizonDays: whole("Buchungszeitraum", 1, 365),
});
export type LocationDetails = z.output<typeof detailsSchema>;

/** The fields of the details form as posted (for the form to keep them after a refusal). */
export const DETAIL_FIELDS = [
  "street",
  "postalCode",
  "city",
  "state",
  "accessibilityNotes",
  "walkInNotes",
  "minNoticeMinutes",
  "horizonDays",
] as const;

/** A setting's value as it is stored and recorded. */
type SettingValue = string | number | boolean | null;

export type DetailsOutcome =
  | { ok: true; changed: Record<string, { from: SettingValue; to: SettingValue }> }
  | { ok: false; problems: FieldProblems }
  | { ok: false; problems: null };

/** Address, accessibility, walk-in notes and booking window; what changed (for the audit event). */
export async function updateLocationDetails(tx: Tx, locationId: string, form: LocationForm): Promise<DetailsOutcome> {
  // A field the form always sends, missing: not the form as the admin saw it; an absent note must
  // not be read as one emptied.
  const missing = DETAIL_FIELDS.find((field) => !(field in form));
  if (missing)
    return {
      ok: false,
      problems: { [missing]: "Das Formular ist unvollständig angekommen; es wurde nichts geändert." },
    };
  const raw = Object.fromEntries(DETAIL_FIELDS.map((field) => [field, single(form, field)]));
  const parsed = detailsSchema.safeParse({ ...raw, stepFree: single(form, "stepFree") === "1" });
  if (!parsed.success) return { ok: false, problems: problemsOf(parsed.error) };
  const before = await tx.location.findUnique({ where: { id: locationId } });
  if (!before) return { ok: false, problems: null };
  const changed: Record<string, { from: SettingValue; to: SettingValue }> = {};
  for (const [field, value] of Object.entries(parsed.data)) {
    const previous = before[field as keyof typeof parsed.data];
    if (previous !== value) changed[field] = { from: previous, to: value };
  }
  if (Object.keys(changed).length > 0) await tx.location.update({ where: { id: locationId }, data: parsed.data });
  return { ok: true, changed };
}
