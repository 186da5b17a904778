// Takes places in slot_capacity. The rule lives in the database function take_places() (migration
// 20261130100000_book_appointment_function), so that booking (one statement, book_appointment())
// and rescheduling (a Prisma transaction, takePlaces below) enforce it the same way: all units of
// the slot in ascending order (no deadlocks between overlapping bookings), a full unit refuses the
// whole take, and the CHECK constraint is the last line of defence.
import { hasErrorCode, SQLSTATE } from "@/lib/db/errors";
import { ConflictError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Slot } from "./availability";

/**
 * The slot is full. take-or-offer.ts catches it to try once more and then offers the next free
 * slots (a ConflictError "slot-taken" with nextSlots); should it ever escape, it is the same conflict.
 */
export class SlotTakenError extends ConflictError {
  constructor() {
    super("slot-taken");
    this.name = "SlotTakenError";
  }
}

/** The arguments of take_places(): the slot's 15-minute units (ISO instants, ascending) and their capacity. */
export function slotUnits(slot: Slot): { units: string[]; capacity: number } {
  return { units: slot.units.map((unit) => unit.start.toISOString()).sort(), capacity: slot.units[0]?.capacity ?? 0 };
}

/** Inside a transaction: takes the slot's places or throws SlotTakenError (the transaction must then roll back). */
export async function takePlaces(tx: Prisma.TransactionClient, slot: Slot): Promise<void> {
  const { units, capacity } = slotUnits(slot);
  try {
    await tx.$executeRaw`SELECT take_places(${slot.locationId}::uuid, ${units}::text[]::timestamptz[], ${capacity}::int)`;
  } catch (error) {
    if (isCapacityViolation(error)) throw new SlotTakenError();
    throw error;
  }
}

/** take_places()'s own SQLSTATE for "slot-taken" (migration 20261130100000_book_appointment_function). */
const SLOT_TAKEN_SQLSTATE = "ZB409";

/**
 * True for the database's refusal: take_places()'s 'slot-taken' (SQLSTATE ZB409) or the CHECK on
 * slot_capacity (23514, the only CHECK a take can hit), which both mean "taken".
 */
export function isCapacityViolation(error: unknown): boolean {
  return hasErrorCode(error, SLOT_TAKEN_SQLSTATE, SQLSTATE.checkViolation);
}
