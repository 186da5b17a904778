// How many people wait in each location's queue today, for the metrics (people waiting per
// location): counted from the tickets at each scrape, so every app process reports the same figure.
import { db } from "@/lib/db";
import { berlinDate } from "@/lib/time";
import type { Client } from "./client";

export interface WaitingCount {
  /** the location's slug: a name for the dashboard, not a person */
  location: string;
  waiting: number;
}

/** Every location with a waiting room or a ticket today, with those still waiting (0 included). */
export async function waitingPerLocation(now = new Date(), client: Client = db): Promise<WaitingCount[]> {
  const day = berlinDate(now);
  const rows = await client.$queryRaw<{ slug: string; waiting: number }[]>`
    SELECT l.slug, count(t.id)::int AS waiting
    FROM location l
    LEFT JOIN queue_ticket t ON t.location_id = l.id AND t.day = ${day}::date AND t.status = 'waiting'
    WHERE l.kind = 'physical'
    GROUP BY l.slug
    ORDER BY l.slug`;
  return rows.map((row) => ({ location: row.slug, waiting: row.waiting }));
}
