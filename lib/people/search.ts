// The one search for a person, for the front desk's booking page and for /staff/people. Staff type
// either into one box (/staff/people: split into criteria by parsePeopleQuery) or into the front
// desk's fields (criteriaFromFields, search-form.ts); both become the same SearchCriteria and go
// through searchPeople. Every criterion given must match. Names are compared folded (search_name():
// lower case, ß → ss, no accents, ae/oe/ue → a/o/u, so "Mueller" finds "Müller" and "Yilmaz"
// "Yılmaz") and by pg_trgm's word similarity, so a typo still finds the person; the trigram index on
// search_name(name) serves it (migrations 20261204300000_people_search and
// 20261204610000_people_name_matches). Phones are compared as E.164, whatever the spelling typed.
// The closest names come first; the hits are paged (PEOPLE_PAGE_SIZE) by keyset with their total.
import { z } from "zod";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { toE164 } from "@/lib/phone";
import { isCalendarDay, isUuid, text, typedDay } from "@/lib/validation";
import { PERSON_COLUMNS, toPerson, type Client, type Person, type PersonColumns } from "./people";

/** The criteria a query was split into (the audit records which kinds were used, never the values). */
export interface SearchCriteria {
  name: string | null;
  /** YYYY-MM-DD */
  dateOfBirth: string | null;
  /** lower case */
  email: string | null;
  /** typed in the one box: digits and letters without spaces, a customer number or a phone number */
  number: string | null;
  /** from the front desk's field: upper case, without spaces */
  customerNumber: string | null;
  /** from the front desk's field: E.164 */
  phone: string | null;
}

const NO_CRITERIA: SearchCriteria = {
  name: null,
  dateOfBirth: null,
  email: null,
  number: null,
  customerNumber: null,
  phone: null,
};

/** Hits shown on one page of either search. */
export const PEOPLE_PAGE_SIZE = 25;

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

/**
 * What the one box means: an e-mail address, a date of birth (02.04.1971 or 1971-04-02), a number
 * (customer number or phone, spaces allowed) and the words of a name; or the German message for a
 * query that means nothing searchable.
 */
export function parsePeopleQuery(
  raw: unknown,
): { ok: true; criteria: SearchCriteria } | { ok: false; message: string } {
  const parsed = peopleQuery.safeParse(raw);
  if (!parsed.success)
    return { ok: false, message: parsed.error.issues[0]?.message ?? "Bitte geben Sie einen Suchbegriff ein." };
  const criteria: SearchCriteria = { ...NO_CRITERIA };
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

/** Where a page of hits starts: after a hit, before a hit (their ids), or at the end. */
export interface PeoplePageRequest {
  after?: string;
  before?: string;
  end?: boolean;
}

/** The paging parameters of a page of hits as they come in the query string (anything else is ignored). */
export function peoplePageRequest(query: { after?: unknown; before?: unknown; end?: unknown }): PeoplePageRequest {
  const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);
  const after = first(query.after);
  const before = first(query.before);
  if (isUuid(after)) return { after: after.toLowerCase() };
  if (isUuid(before)) return { before: before.toLowerCase() };
  return first(query.end) === "1" ? { end: true } : {};
}

/** One page of hits with the total over all pages. */
export interface PeoplePage {
  rows: Person[];
  total: number;
  /** the ids the neighbouring pages start after / end before; undefined where there is none */
  next?: string;
  previous?: string;
  atStart: boolean;
  atEnd: boolean;
}

/**
 * The people matching every criterion, the closest names first, one page of them with the total.
 * The order is a key of the row: (word similarity, similarity as a whole — both best first —, name,
 * date of birth, id); a page starts after (or ends before) a hit named by its id only, whose key is
 * read anew, so no name travels in a link. No criterion at all finds nobody.
 */
export async function searchPeople(
  criteria: SearchCriteria,
  page: PeoplePageRequest = {},
  client: Client = db,
): Promise<PeoplePage> {
  const conditions: Prisma.Sql[] = [];
  if (criteria.number) {
    // A number typed in the box is a customer number or a phone number in any spelling.
    const phone = toE164(criteria.number) ?? criteria.number;
    conditions.push(
      Prisma.sql`(upper(replace(c.customer_number, ' ', '')) = ${criteria.number} OR c.phone = ${phone})`,
    );
  }
  if (criteria.customerNumber)
    conditions.push(Prisma.sql`upper(replace(c.customer_number, ' ', '')) = ${criteria.customerNumber}`);
  if (criteria.phone) conditions.push(Prisma.sql`c.phone = ${criteria.phone}`);
  if (criteria.dateOfBirth) conditions.push(Prisma.sql`c.date_of_birth = ${criteria.dateOfBirth}::date`);
  if (criteria.email) conditions.push(Prisma.sql`lower(c.email) = ${criteria.email}`);
  if (conditions.length === 0 && !criteria.name) return { rows: [], total: 0, atStart: true, atEnd: true };
  // The names matching what was typed come from citizen_name_matches() (migration
  // 20261204610000_people_name_matches: a typo is tolerated, a word typed is not left out), with their
  // word similarity as the score and, among names that contain what was typed equally well, the one
  // closest as a whole first ("Ali Kaya" before "Ali Kayabaşı").
  const source = criteria.name
    ? Prisma.sql`citizen_name_matches(${criteria.name}) m JOIN citizen c ON c.id = m.citizen_id`
    : Prisma.sql`citizen c CROSS JOIN (SELECT NULL::real AS score, NULL::real AS closeness) m`;
  const where = conditions.length > 0 ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty;
  const backwards = Boolean(page.before || page.end);
  const cursor = page.after ?? page.before ?? null;
  const direction = backwards ? Prisma.sql`DESC` : Prisma.sql`ASC`;
  const beyond = cursor
    ? Prisma.sql`WHERE (c.k_score, c.k_closeness, c.name, c.k_born, c.id) ${backwards ? Prisma.sql`<` : Prisma.sql`>`}
        (SELECT a.k_score, a.k_closeness, a.name, a.k_born, a.id FROM hits a WHERE a.id = ${cursor}::uuid)`
    : Prisma.empty;
  // The matches are found once (MATERIALIZED): the total counts them, the page is the next rows past
  // the cursor in the key's order.
  const fetched = await client.$queryRaw<(PersonColumns & { total: number })[]>`
    WITH hits AS MATERIALIZED (
      SELECT c.id, c.name, c.customer_number, c.date_of_birth, c.phone, c.email, c.language,
             coalesce(-m.score, 0) AS k_score, coalesce(-m.closeness, 0) AS k_closeness,
             coalesce(c.date_of_birth, 'infinity'::date) AS k_born
        FROM ${source}
        ${where}
    )
    SELECT ${PERSON_COLUMNS}, (SELECT count(*) FROM hits)::int AS total
      FROM hits c
      ${beyond}
     ORDER BY c.k_score ${direction}, c.k_closeness ${direction}, c.name ${direction}, c.k_born ${direction}, c.id ${direction}
     LIMIT ${PEOPLE_PAGE_SIZE + 1}`;
  // A hit named by a link that no longer matches (renamed, deleted): the first page instead.
  if (cursor && fetched.length === 0) return searchPeople(criteria, {}, client);
  const more = fetched.length > PEOPLE_PAGE_SIZE;
  const shown = fetched.slice(0, PEOPLE_PAGE_SIZE);
  if (backwards) shown.reverse();
  const atStart = backwards ? !more : cursor === null;
  const atEnd = backwards ? cursor === null : !more;
  return {
    rows: shown.map(toPerson),
    total: fetched[0]?.total ?? 0,
    previous: atStart ? undefined : shown[0]?.id,
    next: atEnd ? undefined : shown[shown.length - 1]?.id,
    atStart,
    atEnd,
  };
}

/** The query box's value as the page gets it (a repeated parameter: the first). */
export const peopleSearchParams = z
  .object({ q: z.union([z.string(), z.array(z.string())]).optional() })
  .transform(({ q }) => (Array.isArray(q) ? q[0] : q));
