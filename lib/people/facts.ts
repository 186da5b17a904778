// Facts staff record or correct for a person (the person page's form): each is a new statement,
// marked with the staff member and the time, that wins over the earlier ones; nothing is
// overwritten, so the page can say who said what when. The values and their German labels.
import { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";
import { text } from "@/lib/validation";
import { isTableLanguage, languageCode, languageName } from "@/lib/languages";
import { FACT_KINDS, type FactKind } from "./person-view";

export const FACT_CHOICES = {
  preference: {
    personal: "überwiegend persönlich (Typ 1)",
    mixed: "persönlich und digital (Typ 2)",
    digital: "eher digital (Typ 3)",
  },
  help_need: { never: "nie", sometimes: "manchmal", often: "oft", always: "immer" },
  devices: {
    "smartphone-only": "nur Smartphone",
    "smartphone-plus": "Smartphone und weitere Geräte",
    none: "kein Gerät",
  },
  helper: {
    someone: "jemand anderes (ohne nähere Angabe)",
    relative: "Angehörige",
    friend: "Freundin oder Freund",
    "social-worker": "Sozialarbeit oder Betreuung",
    none: "niemand",
  },
} as const;

export const FACT_LABELS: Record<FactKind, string> = {
  preference: "Bevorzugter Weg",
  help_need: "Braucht Hilfe bei Digitalem",
  devices: "Geräte",
  language: "Sprache",
  interpreter: "Dolmetschung",
  accessibility: "Barrierefreiheit",
  helper: "Unterstützung durch",
};

/** A fact's value in German for the page. */
export function factValueLabel(kind: FactKind, value: string): string {
  if (kind in FACT_CHOICES) {
    const choices = FACT_CHOICES[kind as keyof typeof FACT_CHOICES] as Record<string, string>;
    return choices[value] ?? value;
  }
  if (kind === "language") return languageName(value);
  if (kind === "interpreter")
    return value === "none" ? "nicht nötig" : value === "yes" ? "nötig" : `nötig: ${languageName(value)}`;
  if (kind === "accessibility")
    return value === "none" ? "keine Angabe nötig" : value === "mobility" ? "eingeschränkt mobil" : value;
  return value;
}

/**
 * A language of the one table (lib/languages.ts): picked by its German name from the page's list
 * (which posts the code), or typed by name ("Türkisch") where a form offers a text field.
 */
const languageValue = z.preprocess(
  (value) => (typeof value === "string" ? languageCode(value.trim()) : value),
  z.string().refine((code) => isTableLanguage(code), "Bitte eine Sprache aus der Liste wählen."),
);

const note = z.preprocess(
  (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
  text({
    max: 300,
    multiline: false,
    messages: {
      tooLong: "Die Notiz ist zu lang (höchstens 300 Zeichen).",
      characters: "Die Notiz enthält Steuerzeichen.",
    },
  }).optional(),
);

/** The posted form of a fact: kind, value (checked per kind), an optional note. */
export const factInput = z.discriminatedUnion(
  "kind",
  [
    z.object({
      kind: z.literal("preference"),
      value: z.enum(
        Object.keys(FACT_CHOICES.preference) as ["personal", "mixed", "digital"],
        "Bitte einen Weg wählen.",
      ),
      note,
    }),
    z.object({
      kind: z.literal("help_need"),
      value: z.enum(
        Object.keys(FACT_CHOICES.help_need) as ["never", "sometimes", "often", "always"],
        "Bitte wählen, wie oft Hilfe nötig ist.",
      ),
      note,
    }),
    z.object({
      kind: z.literal("devices"),
      value: z.enum(
        Object.keys(FACT_CHOICES.devices) as ["smartphone-only", "smartphone-plus", "none"],
        "Bitte die Geräte wählen.",
      ),
      note,
    }),
    z.object({
      kind: z.literal("helper"),
      value: z.enum(
        Object.keys(FACT_CHOICES.helper) as ["someone", "relative", "friend", "social-worker", "none"],
        "Bitte wählen, wer hilft.",
      ),
      note,
    }),
    z.object({ kind: z.literal("language"), value: languageValue, note }),
    z.object({ kind: z.literal("interpreter"), value: z.union([z.literal("none"), languageValue]), note }),
    z.object({
      kind: z.literal("accessibility"),
      value: text({
        max: 200,
        min: 1,
        messages: {
          required: "Bitte die Bedürfnisse beschreiben.",
          tooShort: "Bitte die Bedürfnisse beschreiben.",
          tooLong: "Höchstens 200 Zeichen.",
        },
      }),
      note,
    }),
  ],
  { error: "Unbekannte Angabe." },
);

export type FactInput = z.output<typeof factInput>;

export { FACT_KINDS };

/** Stores the statement in the door's transaction, recorded by the staff member. */
export async function recordFact(
  tx: Prisma.TransactionClient,
  citizenId: string,
  staffId: string,
  fact: FactInput,
): Promise<void> {
  await tx.personFact.create({
    data: {
      citizenId,
      kind: fact.kind,
      value: fact.value,
      note: fact.note ?? null,
      source: "staff",
      recordedByStaffId: staffId,
    },
  });
}
