// The staff search for a person (/staff/people?q=): one box, as staff type at a desk. What was typed
// is split into criteria: an e-mail address, a date of birth (02.04.1971 or 1971-04-02), a number
// (customer number or phone, spaces allowed) and the words of a name; every criterion given must
// match. Names are compared folded (search_name(): lower case, ß → ss, no accents, ae/oe/ue → a/o/u, so
// "Mueller" finds "Müller" and "Yilmaz" "Yılmaz") and by pg_trgm's word similarity, so a typo still
// finds the person; the trigram index on search_name(name) serves it (migrations
// 20261204300000_people_search and 20261204610000_people_name_matches). The closest names come first.
import { z } from "zod";
import { db } from "@/lib/db";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { toE164 } from "@/lib/phone";
import { isCalendarDay, text, typedDay } from "@/lib/validation";
import type { PersonSummary } from "./people";

/** The criteria a query was split into (the audit records which kinds were used, never the values). */
export interface SearchCriteria {
  name: string | null;
  /** YYYY-MM-DD */
  dateOfBirth: string | null;
  email: string | null;
  /** digits and letters without spaces: a customer number or a phone number */
  number: string | null;
}

export const MAX_SEARCH_RESULTS = 25;

export const peopleQuery = text({
  max: 200,
  min: 2,
  messages: {
    required: "Bitte geben Sie einen Suchbegriff ein.",
    tooShort: "Bitte geben Sie mindestens zwei Zeichen ein.",
    tooLong: "Der Suchbegriff ist zu lang (höchstens 200 Zeichen).",
    characters: "Der Suchbegriff enthält Steuerzeichen.",
  },
});

/** What a query means, or the German message for one that means nothing searchable. */
export function parsePeopleQuery(
  raw: unknown,
): { ok: true; criteria: SearchCriteria } | { ok: false; message: string } {
  const parsed = peopleQuery.safeParse(raw);
  if (!parsed.success)
    return { ok: false, message: parsed.error.issues[0]?.message ?? "Bitte geben Sie einen Suchbegriff ein." };
  const criteria: SearchCriteria = { name: null, dateOfBirth: null, email: null, number: null };
  const nameWords: string[] = [];
  const numberParts: string[] = [];
  for (const token of parsed.data.split(/\s+/)) {
    if (token.includes("@")) {
      criteria.email = token.toLowerCase();
      continue;
    }
    const day = typedDay(token);
    if (/^\d{4}-\d{2}-\d{2}$/.test(day) || /^\d{1,2}\.\d{1,2}\.\d{4}$/.test(token)) {
      if (!isCalendarDay(day)) return { ok: false, message: `„${token}“ ist kein gültiges Datum.` };
      criteria.dateOfBirth = day;
      continue;
    }
    if (/\d/.test(token)) numberParts.push(token.replace(/[()./-]/g, ""));
    else nameWords.push(token);
  }
  if (numberParts.length > 0) criteria.number = numberParts.join("").toUpperCase();
  const name = nameWords.join(" ").replace(/[,;]/g, " ").trim();
  if (name.length >= 2) criteria.name = name;
  else if (name.length === 1 && !criteria.number && !criteria.dateOfBirth && !criteria.email)
    return { ok: false, message: "Bitte geben Sie mindestens zwei Buchstaben des Namens ein." };
  return { ok: true, criteria };
}

/** The kinds of criteria used, for the audit log. */
export function criteriaKinds(criteria: SearchCriteria): string[] {
  return (Object.keys(criteria) as (keyof SearchCriteria)[]).filter((key) => criteria[key] !== null);
}

export interface PersonHit extends PersonSummary {
  /** word similarity of the name typed (1 for a name that contains it exactly); null without a name */
  score: number | null;
}

type Client = PrismaClient | Prisma.TransactionClient;

/** The people matching every criterion, the closest names first; at most MAX_SEARCH_RESULTS. */
export async function searchPeople(criteria: SearchCriteria, client: Client = db): Promise<PersonHit[]> {
  const conditions: Prisma.Sql[] = [];
  if (criteria.number) {
    const digits = criteria.number;
    // Phones are stored as E.164: the number typed in any spelling ("0621/555 01 01", "0049 621 …") is read the same way.
    const phone = toE164(digits) ?? digits;
    conditions.push(Prisma.sql`(upper(replace(c.customer_number, ' ', '')) = ${digits} OR c.phone = ${phone})`);
  }
  if (criteria.dateOfBirth) conditions.push(Prisma.sql`c.date_of_birth = ${criteria.dateOfBirth}::date`);
  if (criteria.email) conditions.push(Prisma.sql`lower(c.email) = ${criteria.email}`);
  if (conditions.length === 0 && !criteria.name) return [];
  // The names matching what was typed come from citizen_name_matches() (migration
  // 20261204610000_people_name_matches: a typo is tolerated, a word typed is not left out), with their
  // word similarity as the score and, among names that contain what was typed equally well, the one
  // closest as a whole first ("Ali Kaya" before "Ali Kayabaşı").
  const source = criteria.name
    ? Prisma.sql`citizen_name_matches(${criteria.name}) m JOIN citizen c ON c.id = m.citizen_id`
    : Prisma.sql`citizen c CROSS JOIN (SELECT NULL::real AS score, NULL::real AS closeness) m`;
  const where = conditions.length > 0 ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty;
  const rows = await client.$queryRaw<
    {
      id: string;
      name: string;
      customer_number: string | null;
      date_of_birth: string | null;
      phone: string | null;
      email: string | null;
      language: string;
      score: number | null;
    }[]
  >`
    SELECT c.id::text, c.name, c.customer_number, to_char(c.date_of_birth, 'YYYY-MM-DD') AS date_of_birth, c.phone, c.email, c.language, m.score
      FROM ${source}
      ${where}
     ORDER BY m.score DESC NULLS LAST, m.closeness DESC NULLS LAST, c.name, c.date_of_birth NULLS LAST, c.id
     LIMIT ${MAX_SEARCH_RESULTS}`;
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    customerNumber: row.customer_number,
    dateOfBirth: row.date_of_birth,
    phone: row.phone,
    email: row.email,
    language: row.language,
    score: row.score === null ? null : Number(row.score),
  }));
}

/** The query box's value as the page gets it (a repeated parameter: the first). */
export const peopleSearchParams = z
  .object({ q: z.union([z.string(), z.array(z.string())]).optional() })
  .transform(({ q }) => (Array.isArray(q) ? q[0] : q));
