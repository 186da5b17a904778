// What the booking pages need from the database: the request type, the locations of a channel, and
// the free slots of the coming weeks grouped by day.
import { isUuid } from "@/lib/validation";
import { isBookingChannel } from "@/lib/channels";
import { db } from "@/lib/db";
import { ValidationError } from "@/lib/errors";
import type { Channel } from "@/lib/generated/prisma/enums";
import { addDays, berlinDate } from "@/lib/time";
import type { Slot } from "./availability";
import { requestTypeKey } from "./request";
import { searchSlots, type BookingChannel } from "./slots";

export const BROWSE_DAYS = 28;

/** A journey id from a URL, if it is one (it only travels on to the booking, which may drop it). */
export function journeyFromUrl(value: string | undefined): string | undefined {
  return isUuid(value) ? value : undefined;
}

/** The active request type of a key from a URL; a key that cannot be one (too long, control characters) finds none. */
export async function requestTypeFor(key: string | undefined) {
  const parsed = requestTypeKey.safeParse(key);
  if (!parsed.success) return null;
  return db.requestType.findFirst({ where: { key: parsed.data, active: true } });
}

/** A location by an id from a URL; anything that is not an id finds none. */
export async function locationFor(id: string | undefined) {
  return isUuid(id) ? db.location.findUnique({ where: { id } }) : null;
}

export function bookableChannels(allowed: Channel[]): BookingChannel[] {
  return allowed.filter(isBookingChannel);
}

export async function locationsFor(channel: BookingChannel) {
  return db.location.findMany({
    where: { active: true, kind: channel === "video" ? "virtual" : "physical" },
    include: { openingHours: { orderBy: [{ weekday: "asc" }, { opensAt: "asc" }] } },
    orderBy: [{ isDemo: "asc" }, { name: "asc" }],
  });
}

/** Free slots of the next weeks by Berlin day (only days with at least one free slot). */
export async function slotsByDay(
  requestType: string,
  channel: BookingChannel,
  locationId: string,
  now = new Date(),
): Promise<Map<string, Slot[]>> {
  const from = berlinDate(now);
  let slots: Slot[] = [];
  try {
    slots = await searchSlots({ requestType, channel, locationId, from, to: addDays(from, BROWSE_DAYS) }, { now });
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
  }
  const days = new Map<string, Slot[]>();
  for (const slot of slots) {
    const day = berlinDate(slot.start);
    days.set(day, [...(days.get(day) ?? []), slot]);
  }
  return days;
}

const CITY_CENTRE = { latitude: 49.4875, longitude: 8.466 };

/** Straight-line distance from the city centre in km, one decimal (a hint, not a route). */
export function distanceFromCentre(location: { latitude: number | null; longitude: number | null }): number | null {
  if (location.latitude === null || location.longitude === null) return null;
  const rad = (degrees: number) => (degrees * Math.PI) / 180;
  const dLat = rad(location.latitude - CITY_CENTRE.latitude);
  const dLon = rad(location.longitude - CITY_CENTRE.longitude);
  const a =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(rad(CITY_CENTRE.latitude)) * Math.cos(rad(location.latitude)) * Math.sin(dLon / 2) ** 2;
  return Math.round(6371 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a)) * 10) / 10;
}
