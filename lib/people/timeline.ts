// A person's timeline across every channel, newest first: journeys through the portal, appointments,
// submitted forms, callback requests and each step of them, and numbers of the waiting room. One
// query, each part on an index of the person's rows; and the channel the person chose per request
// type over time, read off the timeline.
import type { PrismaClient } from "@/lib/generated/prisma/client";

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

/** Every entry of the person's timeline, newest first. */
export async function timelineOf(id: string, client: PrismaClient): Promise<TimelineEntry[]> {
  const rows = await client.$queryRaw<TimelineRow[]>`
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
    ORDER BY at DESC, kind, id`;
  return rows.map(toEntry);
}

function toEntry(row: TimelineRow): TimelineEntry {
  // What every entry has: its id, when, and the request type by key and title.
  const common = {
    id: row.id,
    at: row.at,
    requestType: row.request_type,
    requestTypeTitle: row.title ?? (row.request_type || "ohne Anliegen"),
  };
  switch (row.kind) {
    case "journey":
      return {
        kind: "journey",
        ...common,
        recommended: row.recommended,
        chosen: row.channel,
        outcome: row.status ?? "",
        assistance: row.assistance ?? "self_service",
        forSomeoneElse: row.for_someone_else === true,
      };
    case "appointment":
      return {
        kind: "appointment",
        ...common,
        reference: row.reference ?? "",
        channel: row.channel ?? "",
        status: row.status ?? "",
        startsAt: row.starts_at ?? row.at,
        location: row.location ?? "",
        assistance: row.assistance ?? "self_service",
      };
    case "submission":
      return {
        kind: "submission",
        ...common,
        reference: row.reference ?? "",
        status: row.status ?? "",
        assistance: row.assistance ?? "self_service",
      };
    case "callback_step":
      return {
        kind: "callback_step",
        ...common,
        reference: row.reference ?? "",
        outcome: row.status ?? "",
        note: row.location,
        staff: row.assistance,
      };
    case "callback":
      return {
        kind: "callback",
        ...common,
        reference: row.reference ?? "",
        status: row.status ?? "",
        window: callbackWindowText(row.callback_window),
      };
    case "queue_ticket":
      return {
        kind: "queue_ticket",
        ...common,
        number: row.reference ?? "",
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
export function channelUses(timeline: TimelineEntry[]): ChannelUse[] {
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
