// What waits in the outbox and what the job queue gave up on, for the metrics: read from the
// database at each scrape, so every app process reports the same figures and the worker needs no
// port of its own.
import { db } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";

export interface OutboxCounts {
  /** pending and due: the worker should be sending them now */
  pendingDue: number;
  /** pending for later (reminders, retries after a pause) */
  pendingLater: number;
  /** given up after the last attempt; kept until the retention run */
  failed: number;
}

export async function outboxCounts(now = new Date(), client: PrismaClient = db): Promise<OutboxCounts> {
  const [row] = await client.$queryRaw<OutboxCounts[]>`
    SELECT
      count(*) FILTER (WHERE status = 'pending' AND send_after <= ${now})::int AS "pendingDue",
      count(*) FILTER (WHERE status = 'pending' AND send_after > ${now})::int AS "pendingLater",
      count(*) FILTER (WHERE status = 'failed')::int AS failed
    FROM notification_outbox
    WHERE status IN ('pending', 'failed')`;
  return row ?? { pendingDue: 0, pendingLater: 0, failed: 0 };
}

export interface JobCount {
  /** the pg-boss queue (outbox.deliver, retention.purge, booking.no-shows) */
  queue: string;
  /** failed: retries used up; retry: failed at least once, waiting for its next try */
  state: "failed" | "retry";
  jobs: number;
}

/** Jobs in pg-boss's failed and retry states, per queue (pg-boss keeps failed jobs for its retention time). */
export async function failedJobCounts(client: PrismaClient = db): Promise<JobCount[]> {
  const rows = await client.$queryRaw<{ queue: string; state: "failed" | "retry"; jobs: number }[]>`
    SELECT name AS queue, state::text AS state, count(*)::int AS jobs
    FROM pgboss.job
    WHERE state IN ('failed', 'retry')
    GROUP BY name, state
    ORDER BY name, state`;
  return rows;
}
