// Helpers for the booking specs: the e2e database (for the outbox check) and calendar parsing.
import ICAL from "ical.js";
import pg from "pg";
import { e2eDatabaseUrl } from "@/tests/e2e-database";

export async function outboxKinds(reference: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await client.connect();
  try {
    const { rows } = await client.query<{ kind: string; status: string }>(
      "SELECT o.kind, o.status FROM notification_outbox o JOIN appointment a ON a.id = o.appointment_id WHERE a.reference = $1 ORDER BY o.created_at",
      [reference],
    );
    return rows.map((row) => `${row.kind}:${row.status}`);
  } finally {
    await client.end();
  }
}

/** Parses a calendar file with ical.js; returns the first event's summary and start. */
export function parseIcs(text: string): { summary: string; start: Date; uid: string } {
  const component = new ICAL.Component(ICAL.parse(text));
  const event = new ICAL.Event(component.getFirstSubcomponent("vevent")!);
  return { summary: event.summary, start: event.startDate.toJSDate(), uid: event.uid };
}
