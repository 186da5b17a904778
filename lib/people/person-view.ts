// The person page (/staff/people/{id}): how this person wants to be reached and how they can be
// reached — each fact with who recorded it and when —, the channel ladder derived from it, the
// channels they chose per request type, and one timeline across every channel (timeline.ts). Three
// queries, each on an index of the person's rows.
import { db } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { isUuid } from "@/lib/validation";
import { channelLadder, ladderLine, type Ladder, type LadderInput } from "./ladder";
import { PERSON_COLUMNS, toPerson, type Person, type PersonColumns } from "./people";
import { channelUses, timelineOf, type ChannelUse, type TimelineEntry } from "./timeline";

export type { ChannelUse, TimelineEntry } from "./timeline";

export const FACT_KINDS = [
  "preference",
  "help_need",
  "devices",
  "language",
  "interpreter",
  "accessibility",
  "helper",
] as const;
export type FactKind = (typeof FACT_KINDS)[number];

export interface RecordedFact<K extends string = FactKind> {
  kind: K;
  value: string;
  note: string | null;
  /** null: the person (or their helper) in the portal */
  recordedBy: { id: string; name: string } | null;
  recordedAt: Date;
  source: string;
  /** how many statements of this kind there are, this one included */
  statements: number;
}

/** Who recorded a contact detail or the language last, when staff did: the page says "von Mitarbeitenden erfasst am …". */
export interface StaffRecord {
  staff: string;
  at: Date;
}

/**
 * The person's phone, e-mail and language as one answer each. The language is the one they speak:
 * the latest statement of it, else the language of their messages; messages go in that language
 * when the portal speaks it, else in `messages`.
 */
export interface ContactView {
  phone: { value: string | null; byStaff: StaffRecord | null };
  email: { value: string | null; byStaff: StaffRecord | null };
  language: { value: string; byStaff: StaffRecord | null; byPerson: Date | null; messages: string };
}

export interface PersonView {
  contact: ContactView;
  person: Person & { createdAt: Date };
  facts: Partial<Record<FactKind, RecordedFact>>;
  ladder: Ladder;
  channels: ChannelUse[];
  timeline: TimelineEntry[];
}

/** The kinds of statement that are contact details, corrected with the person's record (corrections.ts). */
export const CONTACT_KINDS = ["contact_phone", "contact_email"] as const;

type ContactKind = (typeof CONTACT_KINDS)[number];
type StoredFactKind = FactKind | ContactKind;

/** A stored statement as the queries read it; only kind and value are certain. */
type FactRow = {
  kind: StoredFactKind;
  value: string;
  note?: string | null;
  source?: string;
  recorded_at?: Date;
  staff_id?: string | null;
  staff_name?: string | null;
  statements?: number;
};

const isFactKind = (kind: string): kind is FactKind => (FACT_KINDS as readonly string[]).includes(kind);

/** A stored statement as the page and the ladder read it. */
function recordedFact<K extends StoredFactKind>(row: FactRow & { kind: K }): RecordedFact<K> {
  return {
    kind: row.kind,
    value: row.value,
    note: row.note ?? null,
    recordedBy: row.staff_id ? { id: row.staff_id, name: row.staff_name ?? "" } : null,
    recordedAt: row.recorded_at ?? new Date(0),
    source: row.source ?? "",
    statements: row.statements ?? 1,
  };
}

/** The latest statement of each kind (the rows hold one per kind), facts apart from contact details. */
function factsOf(rows: FactRow[]): {
  facts: Partial<Record<FactKind, RecordedFact>>;
  contacts: Partial<Record<ContactKind, RecordedFact<ContactKind>>>;
} {
  const facts: Partial<Record<FactKind, RecordedFact>> = {};
  const contacts: Partial<Record<ContactKind, RecordedFact<ContactKind>>> = {};
  for (const row of rows) {
    const { kind } = row;
    if (isFactKind(kind)) facts[kind] = recordedFact({ ...row, kind });
    else contacts[kind] = recordedFact({ ...row, kind });
  }
  return { facts, contacts };
}

/** Everything the person page shows, or null for an id that names nobody. */
export async function loadPersonView(id: string, client: PrismaClient = db): Promise<PersonView | null> {
  if (!isUuid(id)) return null;
  const [person, factRows, timeline] = await Promise.all([
    client.$queryRaw<(PersonColumns & { created_at: Date })[]>`
      SELECT ${PERSON_COLUMNS}, c.created_at FROM citizen c WHERE c.id = ${id}::uuid`.then((rows) => rows[0]),
    client.$queryRaw<FactRow[]>`
      SELECT DISTINCT ON (f.kind) f.kind, f.value, f.note, f.source, f.recorded_at, s.id::text AS staff_id, s.name AS staff_name,
             (count(*) OVER (PARTITION BY f.kind))::int AS statements
        FROM person_fact f LEFT JOIN staff_user s ON s.id = f.recorded_by_staff_id
       WHERE f.citizen_id = ${id}::uuid
       ORDER BY f.kind, f.recorded_at DESC, f.id`,
    timelineOf(id, client),
  ]);
  if (!person) return null;

  const shaped = toPerson(person);
  const { facts, contacts } = factsOf(factRows);
  const ladder = channelLadder(ladderInput(shaped, facts, timeline));
  return {
    contact: contactOf(shaped, facts.language, contacts),
    person: { ...shaped, createdAt: person.created_at },
    facts,
    ladder,
    channels: channelUses(timeline),
    timeline,
  };
}

/** A staff statement that still holds: the stored value is the one the staff member recorded. */
function staffRecord(fact: RecordedFact<string> | undefined, stored: string | null): StaffRecord | null {
  if (!fact?.recordedBy || fact.source !== "staff") return null;
  const recorded = fact.value === "" ? null : fact.value;
  return recorded?.toLowerCase() === stored?.toLowerCase()
    ? { staff: fact.recordedBy.name, at: fact.recordedAt }
    : null;
}

function contactOf(
  person: { phone: string | null; email: string | null; language: string },
  language: RecordedFact | undefined,
  contacts: Partial<Record<ContactKind, RecordedFact<ContactKind>>>,
): ContactView {
  const spoken = language?.value ?? person.language;
  return {
    phone: { value: person.phone, byStaff: staffRecord(contacts.contact_phone, person.phone) },
    email: { value: person.email, byStaff: staffRecord(contacts.contact_email, person.email) },
    language: {
      value: spoken,
      byStaff: staffRecord(language, spoken),
      byPerson: language && !language.recordedBy ? language.recordedAt : null,
      messages: person.language,
    },
  };
}

const oneOf = <T extends string>(values: readonly T[], value: string | undefined): T | null =>
  value !== undefined && (values as readonly string[]).includes(value) ? (value as T) : null;

function ladderInput(
  person: { email: string | null; phone: string | null },
  facts: Partial<Record<FactKind, RecordedFact>>,
  timeline: TimelineEntry[],
): LadderInput {
  const interpreter = facts.interpreter?.value;
  return {
    preference: oneOf(["personal", "mixed", "digital"] as const, facts.preference?.value),
    helpNeed: oneOf(["never", "sometimes", "often", "always"] as const, facts.help_need?.value),
    devices: oneOf(["smartphone-only", "smartphone-plus", "none"] as const, facts.devices?.value),
    language: facts.language?.value ?? null,
    interpreter: interpreter && interpreter !== "none" ? interpreter : null,
    accessibility: facts.accessibility && facts.accessibility.value !== "none" ? facts.accessibility.value : null,
    helper: facts.helper && facts.helper.value !== "none" ? facts.helper.value : null,
    hasEmail: Boolean(person.email),
    hasPhone: Boolean(person.phone),
    unreachedCallbacks: timeline.filter((entry) => entry.kind === "callback_step" && entry.outcome === "not_reached")
      .length,
    noShows: timeline.filter((entry) => entry.kind === "appointment" && entry.status === "no_show").length,
  };
}

/** The channel ladder of several people at once, in one line each (the callback queue's column). */
export async function ladderLinesFor(ids: string[], client: PrismaClient = db): Promise<Map<string, string>> {
  const people = ids.filter((id, index) => isUuid(id) && ids.indexOf(id) === index);
  if (people.length === 0) return new Map();
  const [citizens, factRows, counts] = await Promise.all([
    client.citizen.findMany({ where: { id: { in: people } }, select: { id: true, email: true, phone: true } }),
    client.$queryRaw<(FactRow & { citizen_id: string })[]>`
      SELECT DISTINCT ON (citizen_id, kind) citizen_id::text, kind, value
        FROM person_fact WHERE citizen_id = ANY(${people}::uuid[])
       ORDER BY citizen_id, kind, recorded_at DESC, id`,
    client.$queryRaw<{ citizen_id: string; no_shows: number; unreached: number }[]>`
      SELECT p.id::text AS citizen_id,
             (SELECT count(*)::int FROM appointment a WHERE a.citizen_id = p.id AND a.status = 'no_show') AS no_shows,
             (SELECT count(*)::int FROM callback_attempt c JOIN form_submission s ON s.id = c.submission_id
               WHERE s.citizen_id = p.id AND c.outcome = 'not_reached') AS unreached
        FROM unnest(${people}::uuid[]) AS p(id)`,
  ]);
  const lines = new Map<string, string>();
  for (const citizen of citizens) {
    const { facts } = factsOf(factRows.filter((fact) => fact.citizen_id === citizen.id));
    const count = counts.find((row) => row.citizen_id === citizen.id);
    const input = ladderInput(citizen, facts, []);
    lines.set(
      citizen.id,
      ladderLine(channelLadder({ ...input, noShows: count?.no_shows ?? 0, unreachedCallbacks: count?.unreached ?? 0 })),
    );
  }
  return lines;
}
