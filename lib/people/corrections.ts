// Phone, e-mail and language corrected by staff on the person page. The person's record changes (so
// bookings, messages and the search use the corrected values at once), and each changed value is
// also a statement in person_fact (contact_phone, contact_email, language) with the staff member and
// the time, so the page can say "von Mitarbeitenden erfasst am …" and the earlier values stay as
// history. A phone number is stored as E.164 (lib/phone.ts) whatever its spelling; an empty field
// removes a phone number or an e-mail address; an address is stored in lower case, as every booking stores it. Languages are codes of the one table (lib/languages.ts).
import { z } from "zod";
import { isLocale } from "@/i18n/locales";
import { normalizeEmail } from "@/lib/booking";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { isTableLanguage } from "@/lib/languages";
import { toE164 } from "@/lib/phone";
import { isUuid } from "@/lib/validation";

export const CONTACT_FIELDS = ["phone", "email", "language"] as const;
export type ContactField = (typeof CONTACT_FIELDS)[number];

/** The German name of each field, for the page's messages and the audit log's details. */
export const CONTACT_FIELD_NAMES: Record<ContactField, string> = {
  phone: "Telefon",
  email: "E-Mail",
  language: "Sprache",
};

/** Why a field was refused, in German, at the field. */
export const CONTACT_PROBLEMS: Record<ContactField, string> = {
  phone:
    "Diese Telefonnummer ist nicht lesbar. Bitte nur Ziffern, Leerzeichen und + ( ) / - eingeben, zum Beispiel 0621 5550101 oder +90 212 5550101.",
  email: "Diese E-Mail-Adresse ist nicht gültig. Bitte so eingeben: name@beispiel.de",
  language: "Bitte eine Sprache aus der Liste wählen.",
};

/** The corrections form as posted: plain strings, checked by correctionOf (a refusal names its field). */
export const contactForm = z.object({
  phone: z.string().optional(),
  email: z.string().optional(),
  language: z.string().optional(),
});
export type ContactForm = z.output<typeof contactForm>;

/** The values as they are stored: phone E.164 or null, e-mail or null, a language code of the table. */
export interface ContactValues {
  phone: string | null;
  email: string | null;
  language: string;
}

type Client = Prisma.TransactionClient | PrismaClient;

/** The person's values as the page shows them (the language they speak: the latest statement, else their messages'), or null. */
export async function storedContact(client: Client, citizenId: string): Promise<ContactValues | null> {
  if (!isUuid(citizenId)) return null;
  const [person, language] = await Promise.all([
    client.citizen.findUnique({ where: { id: citizenId }, select: { phone: true, email: true, language: true } }),
    client.personFact.findFirst({
      where: { citizenId, kind: "language" },
      orderBy: [{ recordedAt: "desc" }, { id: "asc" }],
      select: { value: true },
    }),
  ]);
  return person ? { phone: person.phone, email: person.email, language: language?.value ?? person.language } : null;
}

const EMAIL_MAX = 254;
const email = z.email();

/** The posted values checked and normalised, or the fields refused. A field not posted keeps its stored value. */
export function correctionOf(
  posted: ContactForm,
  stored: ContactValues,
): { ok: true; values: ContactValues } | { ok: false; problems: ContactField[] } {
  const problems: ContactField[] = [];
  let phone = stored.phone;
  if (posted.phone !== undefined) {
    const typed = posted.phone.trim();
    if (typed === "") phone = null;
    else {
      const e164 = toE164(typed);
      if (e164) phone = e164;
      else problems.push("phone");
    }
  }
  let address = stored.email;
  if (posted.email !== undefined) {
    const typed = posted.email.trim();
    if (typed === "") address = null;
    else if (typed.length <= EMAIL_MAX && email.safeParse(typed).success) address = normalizeEmail(typed);
    else problems.push("email");
  }
  let language = stored.language;
  if (posted.language !== undefined) {
    if (isTableLanguage(posted.language)) language = posted.language;
    else problems.push("language");
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, values: { phone, email: address, language } };
}

/** The fields whose stored value differs (e-mail addresses compared without case, as older rows may have it). */
export function changedFields(before: ContactValues, after: ContactValues): ContactField[] {
  return CONTACT_FIELDS.filter((field) =>
    field === "email"
      ? (before.email?.toLowerCase() ?? null) !== (after.email?.toLowerCase() ?? null)
      : before[field] !== after[field],
  );
}

const FACT_KIND: Record<ContactField, string> = {
  phone: "contact_phone",
  email: "contact_email",
  language: "language",
};

/**
 * Stores the changed values in the door's transaction: the person's record (the language of their
 * messages only when the portal speaks it), and one statement per field, recorded by the staff member.
 */
export async function correctContact(
  tx: Prisma.TransactionClient,
  citizenId: string,
  staffId: string,
  values: ContactValues,
  fields: ContactField[],
): Promise<void> {
  if (fields.length === 0) return;
  await tx.citizen.update({
    where: { id: citizenId },
    data: {
      ...(fields.includes("phone") ? { phone: values.phone } : {}),
      ...(fields.includes("email") ? { email: values.email } : {}),
      ...(fields.includes("language") && isLocale(values.language) ? { language: values.language } : {}),
    },
  });
  await tx.personFact.createMany({
    data: fields.map((field) => ({
      citizenId,
      kind: FACT_KIND[field],
      // a removed phone number or address is a statement too: the empty value
      value: values[field] ?? "",
      source: "staff",
      recordedByStaffId: staffId,
    })),
  });
}
