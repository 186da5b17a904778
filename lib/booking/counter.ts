// The front desk's slots: the next free one at a location for a request type, and the next free
// ones to move an appointment to, the places held back for the front desk included (citizens'
// listings, pages and API, never count them) and without the online minimum notice. The channel
// follows the location: a physical one in person, the virtual one by video.
import { z } from "zod";
import { db } from "@/lib/db";
import { addDays, berlinDate } from "@/lib/time";
import { calendarDay } from "@/lib/validation";
import type { Slot } from "./availability";
import type { Client } from "./client";
import { parseWith, requestTypeKey } from "./request";
import { findLocation, searchSlots, type BookingChannel } from "./slots";

/** The slot search's longest range (searchSlots refuses more at once). */
const MAX_DAYS_AHEAD = 62;

const counterQuery = z.object({
  locationId: z.uuid("notBookable"),
  requestType: requestTypeKey,
  fromDay: calendarDay().optional(),
});

/** The next free slot for staff (reserve included) from `now` up to the location's horizon, or null. */
export async function nextFreeSlotForCounter(
  locationId: string,
  requestType: string,
  now: Date = new Date(),
  client: Client = db,
): Promise<Slot | null> {
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
  client: Client = db,
): Promise<Slot[]> {
  const now = options.now ?? new Date();
  const query = parseWith(counterQuery, { locationId, requestType, fromDay: options.fromDay });
  const location = await findLocation(client, query.locationId);
  const today = berlinDate(now);
  const to = addDays(today, Math.min(location.horizonDays, MAX_DAYS_AHEAD));
  const from = query.fromDay && query.fromDay > today ? query.fromDay : today;
  if (from > to) return [];
  const channel = location.kind === "virtual" ? "video" : "in_person";
  return searchSlots(
    { requestType: query.requestType, channel, locationId: location.id, from, to, frontDesk: true },
    { client, now, limit: options.count },
  );
}

export interface RebookingSlot extends Slot {
  /** free only for staff: a place held back for the front desk, or too soon for an online booking */
  frontDeskOnly: boolean;
}

/**
 * Where the front desk can move an appointment: the next free slots of its request type at its
 * location (other than its own time) from a day on (today by default), each marked when a citizen
 * could not take it online.
 */
export async function slotsForRebooking(
  appointment: { locationId: string; requestTypeKey: string; channel: string; startsAt: Date },
  options: { now?: Date; limit?: number; client?: Client; from?: string } = {},
): Promise<RebookingSlot[]> {
  const client = options.client ?? db;
  const now = options.now ?? new Date();
  const location = await findLocation(client, appointment.locationId);
  const today = berlinDate(now);
  const from = options.from && options.from > today ? options.from : today;
  const to = addDays(today, Math.min(location.horizonDays, MAX_DAYS_AHEAD));
  if (from > to) return [];
  const query = {
    requestType: appointment.requestTypeKey,
    channel: appointment.channel as BookingChannel,
    locationId: location.id,
    from,
    to,
  };
  const limit = options.limit ?? 12;
  const staff = (await searchSlots({ ...query, frontDesk: true }, { client, now }))
    .filter((slot) => slot.start.getTime() !== appointment.startsAt.getTime())
    .slice(0, limit);
  if (staff.length === 0) return [];
  const online = await searchSlots({ ...query, to: berlinDate(staff[staff.length - 1].start) }, { client, now });
  const onlineStarts = new Set(online.map((slot) => slot.start.getTime()));
  return staff.map((slot) => ({ ...slot, frontDeskOnly: !onlineStarts.has(slot.start.getTime()) }));
}
