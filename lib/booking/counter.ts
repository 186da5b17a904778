// The front desk's slot: the next free one at a location for a request type, the places held back
// for the front desk included (citizens' listings, pages and API, never count them) and without the
// online minimum notice. The channel follows the location: a physical one in person, the virtual
// one by video.
import { z } from "zod";
import { db } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { addDays, berlinDate } from "@/lib/time";
import { calendarDay } from "@/lib/validation";
import type { Slot } from "./availability";
import { parseWith, requestTypeKey } from "./request";
import { findLocation, searchSlots } from "./slots";

/** The slot search's longest range (searchSlots refuses more at once). */
const MAX_DAYS_AHEAD = 62;

const counterQuery = z.object({ locationId: z.uuid("notBookable"), requestType: requestTypeKey, fromDay: calendarDay().optional() });

/** The next free slot for staff (reserve included) from `now` up to the location's horizon, or null. */
export async function nextFreeSlotForCounter(locationId: string, requestType: string, now: Date = new Date(), client: PrismaClient = db): Promise<Slot | null> {
  const [slot] = await freeSlotsForCounter(locationId, requestType, { now, count: 1 }, client);
  return slot ?? null;
}

/**
 * The next free slots for staff (reserve included), the first of them the one
 * nextFreeSlotForCounter names; from a later day when `fromDay` (YYYY-MM-DD) is given.
 */
export async function freeSlotsForCounter(
  locationId: string,
  requestType: string,
  options: { now?: Date; count: number; fromDay?: string },
  client: PrismaClient = db,
): Promise<Slot[]> {
  const now = options.now ?? new Date();
  const query = parseWith(counterQuery, { locationId, requestType, fromDay: options.fromDay });
  const location = await findLocation(client, query.locationId);
  const today = berlinDate(now);
  const to = addDays(today, Math.min(location.horizonDays, MAX_DAYS_AHEAD));
  const from = query.fromDay && query.fromDay > today ? query.fromDay : today;
  if (from > to) return [];
  const channel = location.kind === "virtual" ? "video" : "in_person";
  return searchSlots({ requestType: query.requestType, channel, locationId: location.id, from, to, frontDesk: true }, { client, now, limit: options.count });
}
