// The day's walk-ins at a location, for the front desk's day view: number, when drawn, service,
// where they are now.
import { db } from "@/lib/db";
import { berlinDate } from "@/lib/time";
import type { Client } from "./client";

export interface WalkIn {
  id: string;
  number: string;
  drawnAt: Date;
  requestTypeTitle: string | null;
  status: "waiting" | "called" | "parked" | "finished" | "no_show";
  desk: string | null;
  outcome: string | null;
  /** drawn by a staff member (front desk) or at a kiosk */
  atCounter: boolean;
}

export async function walkInsOfDay(locationId: string, day: string, client: Client = db): Promise<WalkIn[]> {
  const rows = await client.$queryRaw<
    {
      id: string;
      number: string;
      created_at: Date;
      title: string | null;
      status: WalkIn["status"];
      desk: string | null;
      outcome: string | null;
      staff: boolean;
    }[]
  >`
    SELECT t.id::text, t.number, t.created_at, r.title ->> 'de' AS title, t.status::text, t.desk, t.outcome, t.drawn_by_staff_id IS NOT NULL AS staff
      FROM queue_ticket t LEFT JOIN request_type r ON r.key = t.request_type_key
     WHERE t.location_id = ${locationId}::uuid AND t.day = ${day}::date AND t.kind = 'walk_in'
     ORDER BY t.created_at, t.number`;
  return rows.map((row) => ({
    id: row.id,
    number: row.number,
    drawnAt: row.created_at,
    requestTypeTitle: row.title,
    status: row.status,
    desk: row.desk,
    outcome: row.outcome,
    atCounter: row.staff,
  }));
}

/**
 * Walk-ins waiting now at these locations (the staff member's, as the staff room's location scoping
 * names them; null: every location), for the staff header's count; today's tickets only.
 */
export async function waitingWalkInCount(
  locationIds: readonly string[] | null,
  now: Date,
  client: Client = db,
): Promise<number> {
  const [row] = await client.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n
      FROM queue_ticket t
     WHERE t.status = 'waiting' AND t.kind = 'walk_in' AND t.day = ${berlinDate(now)}::date
       AND (${locationIds === null} OR t.location_id::text = ANY(${[...(locationIds ?? [])]}::text[]))`;
  return row?.n ?? 0;
}
