// What a desk sees: who waits and for how long (in the order "call next" takes them), the ticket it
// has called, the parked ones, and the expected wait for a new walk-in. Two queries however long
// the queue is.
import { db } from "@/lib/db";
import type { Client } from "./client";
import { queueFacts, type LocationQueueFacts } from "./facts";

export interface QueueEntry {
  id: string;
  number: string;
  kind: "walk_in" | "appointment";
  status: "waiting" | "called" | "parked";
  requestTypeTitle: string | null;
  readyAt: Date;
  /** whole minutes since it joined the queue */
  waitedMinutes: number;
  targetDesk: string | null;
  desk: string | null;
  callCount: number;
  /** for a checked-in appointment: its reference and the person's name (staff only) */
  appointment: { reference: string; name: string; citizenId: string } | null;
}

export interface DeskView {
  waiting: QueueEntry[];
  /** tickets called to this desk and not done yet */
  mine: QueueEntry[];
  /** tickets called to other desks */
  elsewhere: QueueEntry[];
  parked: QueueEntry[];
  /** waiting but not ready yet: appointments checked in before their time */
  later: QueueEntry[];
  facts: LocationQueueFacts;
}

interface Row {
  id: string;
  number: string;
  kind: "walk_in" | "appointment";
  status: "waiting" | "called" | "parked";
  title: string | null;
  ready_at: Date;
  target_desk: string | null;
  desk: string | null;
  call_count: number;
  reference: string | null;
  name: string | null;
  citizen_id: string | null;
}

export async function deskView(
  locationId: string,
  desk: string,
  client: Client = db,
  now: Date = new Date(),
): Promise<DeskView> {
  const [rows, facts] = await Promise.all([
    client.$queryRaw<Row[]>`
      SELECT t.id::text, t.number, t.kind::text, t.status::text, r.title ->> 'de' AS title, t.ready_at, t.target_desk, t.desk, t.call_count,
             a.reference, c.name, c.id::text AS citizen_id
        FROM queue_ticket t
        LEFT JOIN request_type r ON r.key = t.request_type_key
        LEFT JOIN appointment a ON a.id = t.appointment_id
        LEFT JOIN citizen c ON c.id = a.citizen_id
       WHERE t.location_id = ${locationId}::uuid AND t.status IN ('waiting', 'called', 'parked')
       ORDER BY (t.target_desk IS NOT NULL AND t.target_desk = ${desk}) DESC, t.ready_at, t.number`,
    queueFacts(client, locationId, now),
  ]);
  const view: DeskView = { waiting: [], mine: [], elsewhere: [], parked: [], later: [], facts };
  for (const row of rows) {
    const entry: QueueEntry = {
      id: row.id,
      number: row.number,
      kind: row.kind,
      status: row.status,
      requestTypeTitle: row.title,
      readyAt: row.ready_at,
      waitedMinutes: Math.max(0, Math.floor((now.getTime() - row.ready_at.getTime()) / 60_000)),
      targetDesk: row.target_desk,
      desk: row.desk,
      callCount: row.call_count,
      appointment:
        row.reference && row.name && row.citizen_id
          ? { reference: row.reference, name: row.name, citizenId: row.citizen_id }
          : null,
    };
    if (row.status === "parked") view.parked.push(entry);
    else if (row.status === "called") (row.desk === desk ? view.mine : view.elsewhere).push(entry);
    else if (row.ready_at.getTime() > now.getTime()) view.later.push(entry);
    else view.waiting.push(entry);
  }
  return view;
}
