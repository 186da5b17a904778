// The day's walk-ins at a location, for the front desk's day view: number, when drawn, service,
// where they are now, a page at a time.
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { finishPage, keysetPlan, PAGE_SIZE, type ListPage, type PageRequest } from "@/lib/list-query";
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

type WalkInRecord = {
  id: string;
  number: string;
  created_at: Date;
  title: string | null;
  status: WalkIn["status"];
  desk: string | null;
  outcome: string | null;
  staff: boolean;
};

/**
 * One page of the day's walk-ins at a location, in the order they were drawn, with the day's total:
 * keyset on (created_at, id), as every staff list pages (a busy counter draws hundreds a day).
 */
export async function walkInsOfDay(
  locationId: string,
  day: string,
  page: PageRequest = {},
  client: Client = db,
  size = PAGE_SIZE,
): Promise<ListPage<WalkIn>> {
  const plan = keysetPlan(page, "asc", size);
  const cursor = plan.cursor;
  const past = !cursor
    ? Prisma.sql`TRUE`
    : plan.operator === "gt"
      ? Prisma.sql`(t.created_at, t.id) > (${cursor.at}, ${cursor.id}::uuid)`
      : Prisma.sql`(t.created_at, t.id) < (${cursor.at}, ${cursor.id}::uuid)`;
  const order = plan.scan === "asc" ? Prisma.sql`t.created_at, t.id` : Prisma.sql`t.created_at DESC, t.id DESC`;
  const ofDay = Prisma.sql`t.location_id = ${locationId}::uuid AND t.day = ${day}::date AND t.kind = 'walk_in'`;
  const [[counted], fetched] = await Promise.all([
    client.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM queue_ticket t WHERE ${ofDay}`,
    client.$queryRaw<WalkInRecord[]>`
      SELECT t.id::text, t.number, t.created_at, r.title ->> 'de' AS title, t.status::text, t.desk, t.outcome,
             t.drawn_by_staff_id IS NOT NULL AS staff
        FROM queue_ticket t LEFT JOIN request_type r ON r.key = t.request_type_key
       WHERE ${ofDay} AND ${past}
       ORDER BY ${order}
       LIMIT ${plan.take}`,
  ]);
  const shown = finishPage(fetched, plan, (row) => ({ at: row.created_at, id: row.id }));
  return {
    ...shown,
    total: counted?.n ?? 0,
    rows: shown.rows.map((row) => ({
      id: row.id,
      number: row.number,
      drawnAt: row.created_at,
      requestTypeTitle: row.title,
      status: row.status,
      desk: row.desk,
      outcome: row.outcome,
      atCounter: row.staff,
    })),
  };
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
