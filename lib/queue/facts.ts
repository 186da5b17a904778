// The figures the wait estimate needs, read from the queue at a location: who waits now, which desks
// are serving, how long the recent ones took.
import { estimateWaitMinutes, HANDLING_WINDOW_MINUTES, SERVING_WINDOW_MINUTES, type QueueFacts } from "./estimate";
import type { Client } from "./client";

export interface LocationQueueFacts extends QueueFacts {
  /** the estimate for someone joining now, after everyone waiting */
  estimatedWaitMinutes: number;
}

/** Everyone waiting and ready at `now` counts as ahead of a new walk-in. */
export async function queueFacts(
  client: Client,
  locationId: string,
  now: Date = new Date(),
): Promise<LocationQueueFacts> {
  const servingSince = new Date(now.getTime() - SERVING_WINDOW_MINUTES * 60_000);
  const handledSince = new Date(now.getTime() - HANDLING_WINDOW_MINUTES * 60_000);
  const [row] = await client.$queryRaw<{ ahead: number; desks: number; handling: number[] | null }[]>`
    SELECT
      (SELECT count(*)::int FROM queue_ticket WHERE location_id = ${locationId}::uuid AND status = 'waiting' AND ready_at <= ${now}) AS ahead,
      (SELECT count(DISTINCT desk)::int FROM queue_call
        WHERE location_id = ${locationId}::uuid AND called_at > ${servingSince} AND called_at <= ${now}) AS desks,
      (SELECT array_agg(extract(epoch FROM finished_at - first_called_at)::float8 / 60)
         FROM queue_ticket
        WHERE location_id = ${locationId}::uuid AND status = 'finished' AND finished_at > ${handledSince}
          AND finished_at <= ${now} AND first_called_at IS NOT NULL) AS handling`;
  const facts: QueueFacts = { ahead: row.ahead, desks: row.desks, handlingMinutes: row.handling ?? [] };
  return { ...facts, estimatedWaitMinutes: estimateWaitMinutes(facts) };
}
