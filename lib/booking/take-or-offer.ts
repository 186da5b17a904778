// The shared end of booking and rescheduling: try to take the places; when the slot is full, give
// back places whose hold has run out and try once more; still full, answer "taken" with the next
// free slots instead of an error page.
import { ConflictError } from "@/lib/errors";
import { toBerlinIso } from "@/lib/time";
import { isCapacityViolation, SlotTakenError } from "./capacity";
import type { Client } from "./client";
import { releaseDueHolds } from "./holds";
import { nextFreeSlots } from "./slots";

type SlotSearch = Parameters<typeof nextFreeSlots>[1];

export async function takeOrOfferNextSlots<T>(
  client: Client,
  now: Date,
  attempt: () => Promise<T>,
  search: SlotSearch,
  slotStart: Date,
): Promise<T> {
  const tryOnce = async (): Promise<{ done: true; value: T } | { done: false }> => {
    try {
      return { done: true, value: await attempt() };
    } catch (error) {
      if (!(error instanceof SlotTakenError) && !isCapacityViolation(error)) throw error;
      return { done: false };
    }
  };
  const first = await tryOnce();
  if (first.done) return first.value;
  if ((await releaseDueHolds(client, now)) > 0) {
    const second = await tryOnce();
    if (second.done) return second.value;
  }
  const next = await nextFreeSlots(client, search, slotStart, now);
  throw new ConflictError("slot-taken", {
    message: "This time has just been taken. Please choose another one.",
    nextSlots: next.map((free) => ({
      start: toBerlinIso(free.start),
      end: toBerlinIso(free.end),
      locationId: free.locationId,
      remaining: free.remaining,
    })),
  });
}
