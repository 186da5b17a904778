// Places of cancelled or moved appointments are held for a while (so that nobody can cancel and
// re-book a popular slot for someone else), then given back in one statement.
import { isTransactionConflict } from "@/lib/db/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isTransaction, type Client } from "./client";

export const RELEASE_DELAY_MINUTES = 15;

export async function holdPlaces(
  tx: Prisma.TransactionClient,
  hold: { locationId: string; startsAt: Date; endsAt: Date },
  now: Date,
): Promise<void> {
  await tx.slotHold.create({ data: { ...hold, releaseAt: new Date(now.getTime() + RELEASE_DELAY_MINUTES * 60_000) } });
}

/**
 * Gives back the places of due holds. Safe to run from many processes: each hold is deleted once.
 * Inside a caller's transaction it runs under a savepoint, so that losing a race to another process
 * does not abort the caller's transaction.
 */
export async function releaseDueHolds(client: Client, now: Date): Promise<number> {
  try {
    return isTransaction(client) ? await client.$transaction((tx) => release(tx, now)) : await release(client, now);
  } catch (error) {
    // Another process releasing the same rows at the same moment (deadlock/serialisation): it does the work.
    if (isTransactionConflict(error)) return 0;
    throw error;
  }
}

function release(client: Client, now: Date): Promise<number> {
  return client.$executeRaw`
      WITH due AS (
        DELETE FROM slot_hold WHERE release_at <= ${now} RETURNING location_id, starts_at, ends_at
      ), units AS (
        SELECT s.location_id, s.starts_at, count(*)::int AS n
        FROM slot_capacity s JOIN due d ON s.location_id = d.location_id AND s.starts_at >= d.starts_at AND s.starts_at < d.ends_at
        GROUP BY s.location_id, s.starts_at
      )
      UPDATE slot_capacity s SET booked = greatest(s.booked - units.n, 0)
      FROM units WHERE s.location_id = units.location_id AND s.starts_at = units.starts_at`;
}
