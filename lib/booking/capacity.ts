// Takes places in slot_capacity inside a transaction. One statement for all units of the slot, in
// ascending order (no deadlocks between overlapping bookings); a unit that is full is simply not
// returned, and the CHECK constraint is the last line of defence.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Slot } from "./availability";

export class SlotTakenError extends Error {
  constructor() {
    super("slot-taken");
    this.name = "SlotTakenError";
  }
}

export async function takePlaces(tx: Prisma.TransactionClient, slot: Slot): Promise<void> {
  const starts = slot.units.map((unit) => unit.start.toISOString()).sort();
  const capacity = slot.units[0]?.capacity ?? 0;
  const rows = await tx.$queryRaw<{ booked: number }[]>`
    INSERT INTO slot_capacity (location_id, starts_at, capacity, booked)
    SELECT ${slot.locationId}::uuid, unit, ${capacity}, 1 FROM unnest(${starts}::text[]::timestamptz[]) AS unit ORDER BY unit
    ON CONFLICT (location_id, starts_at) DO UPDATE
      SET booked = slot_capacity.booked + 1, capacity = EXCLUDED.capacity
      WHERE slot_capacity.booked < EXCLUDED.capacity
    RETURNING booked`;
  if (rows.length !== starts.length) throw new SlotTakenError();
}

/** True for the database's own refusal (CHECK violation), which also means "taken". */
export function isCapacityViolation(error: unknown): boolean {
  return error instanceof Error && /slot_capacity_booked_within_capacity|23514/.test(error.message);
}
