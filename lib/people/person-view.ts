// The person page (/staff/people/{id}): how this person wants to be reached and how they can be
// reached — each fact with who recorded it and when —, the channel ladder derived from it, the
// channels they chose per request type, and one timeline across every channel. Four queries, each
// on an index of the person's rows.
import { db } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { isUuid } from "@/lib/validation";
import { channelLadder, ladderLine, type Ladder, type LadderInput } from "./ladder";
import { PERSON_COLUMNS, toPerson, type Person, type PersonColumns } from "./people";

/**
 * A callback's wished day and hours as the form stores them ("2026-12-08 10-12") in words
 * ("08.12.2026, 10–12"); anything else as it is.
 */
export function callbackWindowText(stored: string | null): string | null {
  if (!stored) return null;
  const match = /^(?:(\d{4})-(\d{2})-(\d{2}))? ?(?:(\d{2})-(\d{2}))?$/.exec(stored.trim());
  if (!match) return stored;
  const [, year, month, day, from, until] = match;
  const date = year ? `${day}.${month}.${year}` : null;
  const hours = from ? `${from}–${until}` : null;
  return [date, hours].filter(Boolean).join(", ") || null;
}

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

export type TimelineEntry =
  | {
      kind: "journey";
      id: string;
      at: Date;
      requestType: string;
      requestTypeTitle: string;
      recommended: string | null;
      chosen: string | null;
      outcome: string;
      assistance: string;
      forSomeoneElse: boolean;
    }
  | {
      kind: "appointment";
      id: string;
      at: Date;
      reference: string;
      requestType: string;
      requestTypeTitle: string;
      channel: string;
      status: string;
      startsAt: Date;
      location: string;
      assistance: string;
    }
  | {
      kind: "submission";
      id: string;
      at: Date;
      reference: string;
      requestType: string;
      requestTypeTitle: string;
      status: string;
      assistance: string;
    }
  | {
      kind: "callback";
      id: string;
      at: Date;
      reference: string;
      requestType: string;
      requestTypeTitle: string;
      status: string;
      window: string | null;
    }
  /** a step of a callback request: claimed, reached, not reached, given up, turned into an appointment */
  | {
      kind: "callback_step";
      id: string;
      at: Date;
      reference: string;
      requestType: string;
      requestTypeTitle: string;
      outcome: string;
      note: string | null;
      staff: string | null;
    }
  /** a number of the waiting room: a walk-in drawn at the front desk for this person, or an appointment's after its check-in */
  | {
      kind: "queue_ticket";
      id: string;
      at: Date;
      number: string;
      requestType: string;
      requestTypeTitle: string;
      walkIn: boolean;
      status: string;
      location: string;
      desk: string | null;
      calls: number;
      firstCalledAt: Date | null;
      outcome: string | null;
    };

export interface ChannelUse {
  requestType: string;
  requestTypeTitle: string;
  /** oldest first */
  uses: { at: Date; channel: string }[];
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

type TimelineRow = {
  kind: TimelineEntry["kind"];
  id: string;
  at: Date;
  reference: string | null;
  request_type: string;
  title: string | null;
  channel: string | null;
  recommended: string | null;
  status: string | null;
  starts_at: Date | null;
  location: string | null;
  assistance: string | null;
  for_someone_else: boolean | null;
  callback_window: string | null;
};

/** Everything the person page shows, or null for an id that names nobody. */
export async function loadPersonView(id: string, client: PrismaClient = db): Promise<PersonView | null> {
  if (!isUuid(id)) return null;
  const [person, factRows, timelineRows] = await Promise.all([
    client.$queryRaw<(PersonColumns & { created_at: Date })[]>`
      SELECT ${PERSON_COLUMNS}, c.created_at FROM citizen c WHERE c.id = ${id}::uuid`.then((rows) => rows[0]),
    client.$queryRaw<FactRow[]>`
      SELECT DISTINCT ON (f.kind) f.kind, f.value, f.note, f.source, f.recorded_at, s.id::text AS staff_id, s.name AS staff_name,
             (count(*) OVER (PARTITION BY f.kind))::int AS statements
        FROM person_fact f LEFT JOIN staff_user s ON s.id = f.recorded_by_staff_id
       WHERE f.citizen_id = ${id}::uuid
       ORDER BY f.kind, f.recorded_at DESC, f.id`,
    client.$queryRaw<TimelineRow[]>`
      SELECT * FROM (
        SELECT 'journey' AS kind, j.id::text, j.created_at AS at, NULL AS reference, j.request_type_key AS request_type, rt.title ->> 'de' AS title,
               j.chosen_channel::text AS channel, j.recommended_channel::text AS recommended, j.outcome AS status, NULL::timestamptz AS starts_at,
               NULL AS location, j.assistance::text AS assistance, j.for_someone_else, NULL AS callback_window
          FROM journey j JOIN request_type rt ON rt.key = j.request_type_key
         WHERE j.citizen_id = ${id}::uuid
        UNION ALL
        SELECT 'appointment', a.id::text, a.created_at, a.reference, a.request_type_key, rt.title ->> 'de',
               a.channel::text, NULL, a.status::text, a.starts_at, l.name, a.assistance::text, NULL, NULL
          FROM appointment a JOIN request_type rt ON rt.key = a.request_type_key JOIN location l ON l.id = a.location_id
         WHERE a.citizen_id = ${id}::uuid
        UNION ALL
        SELECT CASE WHEN s.form_key = 'callback' THEN 'callback' ELSE 'submission' END, s.id::text, s.created_at, s.reference,
               CASE WHEN s.form_key = 'callback' THEN COALESCE(s.answers ->> 'requestType', '') ELSE s.form_key END,
               rt.title ->> 'de', CASE WHEN s.form_key = 'callback' THEN 'phone' ELSE 'online' END, NULL, s.status::text, NULL, NULL,
               s.assistance::text, NULL, CASE WHEN s.form_key = 'callback' THEN concat_ws(' ', s.answers ->> 'callbackDate', s.answers ->> 'callbackWindow') END
          FROM form_submission s LEFT JOIN request_type rt ON rt.key = CASE WHEN s.form_key = 'callback' THEN s.answers ->> 'requestType' ELSE s.form_key END
         WHERE s.citizen_id = ${id}::uuid
        UNION ALL
        -- a step's note and its staff member's name ride in the location and assistance columns
        SELECT 'callback_step', c.id::text, c.created_at, s.reference, COALESCE(s.answers ->> 'requestType', ''), rt.title ->> 'de',
               NULL, NULL, c.outcome, NULL, c.note, st.name, NULL, NULL
          FROM callback_attempt c JOIN form_submission s ON s.id = c.submission_id
               LEFT JOIN request_type rt ON rt.key = s.answers ->> 'requestType' LEFT JOIN staff_user st ON st.id = c.staff_user_id
         WHERE s.citizen_id = ${id}::uuid
        UNION ALL
        -- a ticket's kind, desk, outcome and number of calls ride in the channel, recommended, assistance and callback_window columns
        SELECT 'queue_ticket', t.id::text, t.created_at, t.number, COALESCE(t.request_type_key, ''), rt.title ->> 'de',
               t.kind::text, t.desk, t.status::text, t.first_called_at, l.name, t.outcome, NULL, t.call_count::text
          FROM queue_ticket t JOIN location l ON l.id = t.location_id LEFT JOIN request_type rt ON rt.key = t.request_type_key
         WHERE t.citizen_id = ${id}::uuid
        UNION ALL
        SELECT 'queue_ticket', t.id::text, t.created_at, t.number, a.request_type_key, rt.title ->> 'de',
               t.kind::text, t.desk, t.status::text, t.first_called_at, l.name, t.outcome, NULL, t.call_count::text
          FROM appointment a JOIN queue_ticket t ON t.appointment_id = a.id JOIN location l ON l.id = t.location_id
               JOIN request_type rt ON rt.key = a.request_type_key
         WHERE a.citizen_id = ${id}::uuid
      ) entries
      ORDER BY at DESC, kind, id`,
  ]);
  if (!person) return null;

  const shaped = toPerson(person);
  const { facts, contacts } = factsOf(factRows);
  const timeline = timelineRows.map(toEntry);
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

function toEntry(row: TimelineRow): TimelineEntry {
  const title = row.title ?? (row.request_type || "ohne Anliegen");
  switch (row.kind) {
    case "journey":
      return {
        kind: "journey",
        id: row.id,
        at: row.at,
        requestType: row.request_type,
        requestTypeTitle: title,
        recommended: row.recommended,
        chosen: row.channel,
        outcome: row.status ?? "",
        assistance: row.assistance ?? "self_service",
        forSomeoneElse: row.for_someone_else === true,
      };
    case "appointment":
      return {
        kind: "appointment",
        id: row.id,
        at: row.at,
        reference: row.reference ?? "",
        requestType: row.request_type,
        requestTypeTitle: title,
        channel: row.channel ?? "",
        status: row.status ?? "",
        startsAt: row.starts_at ?? row.at,
        location: row.location ?? "",
        assistance: row.assistance ?? "self_service",
      };
    case "submission":
      return {
        kind: "submission",
        id: row.id,
        at: row.at,
        reference: row.reference ?? "",
        requestType: row.request_type,
        requestTypeTitle: title,
        status: row.status ?? "",
        assistance: row.assistance ?? "self_service",
      };
    case "callback_step":
      return {
        kind: "callback_step",
        id: row.id,
        at: row.at,
        reference: row.reference ?? "",
        requestType: row.request_type,
        requestTypeTitle: title,
        outcome: row.status ?? "",
        note: row.location,
        staff: row.assistance,
      };
    case "callback":
      return {
        kind: "callback",
        id: row.id,
        at: row.at,
        reference: row.reference ?? "",
        requestType: row.request_type,
        requestTypeTitle: title,
        status: row.status ?? "",
        window: callbackWindowText(row.callback_window),
      };
    case "queue_ticket":
      return {
        kind: "queue_ticket",
        id: row.id,
        at: row.at,
        number: row.reference ?? "",
        requestType: row.request_type,
        requestTypeTitle: title,
        walkIn: row.channel === "walk_in",
        status: row.status ?? "",
        location: row.location ?? "",
        desk: row.recommended,
        calls: Number(row.callback_window ?? 0),
        firstCalledAt: row.starts_at,
        outcome: row.assistance,
      };
  }
}

/** The channel chosen per request type over time: a journey's choice, or the booking or filing itself where no journey led to it. */
function channelUses(timeline: TimelineEntry[]): ChannelUse[] {
  const byType = new Map<string, ChannelUse>();
  const add = (requestType: string, title: string, at: Date, channel: string) => {
    if (!requestType) return;
    const use = byType.get(requestType) ?? { requestType, requestTypeTitle: title, uses: [] };
    use.uses.push({ at, channel });
    byType.set(requestType, use);
  };
  for (const entry of [...timeline].reverse()) {
    if (entry.kind === "journey") {
      if (entry.chosen) add(entry.requestType, entry.requestTypeTitle, entry.at, entry.chosen);
    } else if (entry.kind === "appointment") {
      add(entry.requestType, entry.requestTypeTitle, entry.at, entry.channel);
    } else if (entry.kind === "submission") {
      add(entry.requestType, entry.requestTypeTitle, entry.at, "online");
    } else if (entry.kind === "callback") {
      add(entry.requestType, entry.requestTypeTitle, entry.at, "phone");
    } else if (entry.kind === "queue_ticket" && entry.walkIn) {
      // came without an appointment (an appointment's ticket is the appointment's choice, counted above)
      add(entry.requestType, entry.requestTypeTitle, entry.at, "in_person");
    }
  }
  // A journey and the booking it led to are one choice: the same channel twice within a minute counts once.
  for (const use of byType.values()) {
    use.uses = use.uses.filter(
      (item, index, all) =>
        index === 0 ||
        all[index - 1].channel !== item.channel ||
        item.at.getTime() - all[index - 1].at.getTime() > 60_000,
    );
  }
  return [...byType.values()].sort((a, b) => a.requestTypeTitle.localeCompare(b.requestTypeTitle, "de"));
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
