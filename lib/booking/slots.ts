// Slot search against the database: loads the rules of a location and the places booked in the
// range, then runs the pure calculation (availability.ts).
import { db } from "@/lib/db";
import { NotFoundError, ValidationError } from "@/lib/errors";
import type { BookingChannel } from "@/lib/channels";
import { addDays, berlinDate } from "@/lib/time";
import { candidateSlots, freeSlots, type ClosureRule, type Slot } from "./availability";
import type { Client } from "./client";
import { releaseDueHolds } from "./holds";

export type { BookingChannel };

export interface SlotQuery {
  requestType: string;
  channel: BookingChannel;
  locationId?: string;
  from: string;
  to: string;
  /** staff at the front desk: the places held back for it count as free (never set for citizens) */
  frontDesk?: boolean;
}

const MAX_RANGE_DAYS = 62;

/** The request type and the locations that serve it on this channel; bad combinations are 422. */
export async function bookingContext(
  client: Client,
  requestTypeKey: string,
  channel: BookingChannel,
  locationId?: string,
) {
  const requestType = await client.requestType.findFirst({ where: { key: requestTypeKey, active: true } });
  if (!requestType) throw new ValidationError({ requestType: ["Unknown request type."] });
  if (!requestType.allowedChannels.includes(channel))
    throw new ValidationError({ channel: ["This request type cannot be booked on this channel."] });
  const kind = channel === "video" ? "virtual" : "physical";
  const locations = await client.location.findMany({
    where: { active: true, kind, ...(locationId ? { id: locationId } : {}) },
    include: { openingHours: true },
    orderBy: { name: "asc" },
  });
  if (locationId && locations.length === 0)
    throw new ValidationError({ locationId: ["Unknown location for this channel."] });
  return { requestType, locations };
}

export async function searchSlots(
  query: SlotQuery,
  options: { client?: Client; now?: Date; limit?: number } = {},
): Promise<Slot[]> {
  const client = options.client ?? db;
  const now = options.now ?? new Date();
  if (query.to < query.from) throw new ValidationError({ to: ["'to' is before 'from'."] });
  if (addDays(query.from, MAX_RANGE_DAYS) < query.to)
    throw new ValidationError({ to: [`At most ${MAX_RANGE_DAYS} days at once.`] });
  await releaseDueHolds(client, now);
  const { requestType, locations } = await bookingContext(client, query.requestType, query.channel, query.locationId);
  const slots: Slot[] = [];
  for (const location of locations) {
    slots.push(
      ...(await locationSlots(
        client,
        location,
        requestType.slotMinutes,
        query.from,
        query.to,
        now,
        query.frontDesk ?? false,
      )),
    );
  }
  slots.sort((a, b) => a.start.getTime() - b.start.getTime() || a.locationId.localeCompare(b.locationId));
  return options.limit ? slots.slice(0, options.limit) : slots;
}

type LocationWithHours = Awaited<ReturnType<typeof bookingContext>>["locations"][number];

/** Closures of this location and of all locations that end on or after `from` (and start by `to`). */
async function loadClosures(client: Client, locationId: string, from: Date, to?: Date): Promise<ClosureRule[]> {
  const closures = await client.closure.findMany({
    where: {
      OR: [{ locationId }, { locationId: null }],
      endsOn: { gte: from },
      ...(to ? { startsOn: { lte: to } } : {}),
    },
    select: { startsOn: true, endsOn: true },
  });
  return closures.map((closure) => ({
    startsOn: closure.startsOn.toISOString().slice(0, 10),
    endsOn: closure.endsOn.toISOString().slice(0, 10),
  }));
}

async function locationSlots(
  client: Client,
  location: LocationWithHours,
  slotMinutes: number,
  from: string,
  to: string,
  now: Date,
  frontDesk: boolean,
) {
  const rangeStart = new Date(`${addDays(from, -1)}T00:00:00Z`);
  const rangeEnd = new Date(`${addDays(to, 2)}T00:00:00Z`);
  const closures = await loadClosures(client, location.id, rangeStart, rangeEnd);
  const rows = await client.slotCapacity.findMany({
    where: { locationId: location.id, startsAt: { gte: rangeStart, lt: rangeEnd }, booked: { gt: 0 } },
    select: { startsAt: true, booked: true },
  });
  const booked = new Map(rows.map((row) => [row.startsAt.getTime(), row.booked]));
  // The front desk is the office itself: the minimum notice (time to prepare for an online booking) does not apply.
  const noticed = frontDesk ? { ...location, minNoticeMinutes: 0 } : location;
  return freeSlots({
    location: noticed,
    hours: location.openingHours,
    closures,
    slotMinutes,
    from,
    to,
    now,
    booked,
    frontDesk,
  });
}

// The rules of a location change rarely (admins edit hours and closures); booking checks them on
// every request, so they are kept per process, per location, not per day: bookings spread over the
// whole horizon, and entries per day would mostly miss (each miss costs several queries). A day's
// candidate slots are computed from them once per entry. Every use first asks the database for the
// location's rules version (raised by triggers on any change of the location, its hours or its
// closures) and the request type's last change: one query by primary keys, and a closure added a
// moment ago already refuses the next booking, in every process.
interface LocationRules {
  /** what the rules were read at: the location's rules version and the request type's last change */
  version: string;
  context: Awaited<ReturnType<typeof bookingContext>>;
  /** closures that have not ended before yesterday (all a booking can run into) */
  closures: ClosureRule[];
  /** candidate slots per Berlin day (with the front desk's places: the day followed by "+front-desk"), filled on demand */
  days: Map<string, Slot[]>;
  /** the Berlin day the closures were loaded from */
  loadedOn: string;
}
const rulesCache = new Map<string, Promise<LocationRules>>();

/** The version of the rules a booking at this location for this request type depends on; null when either is unknown. */
async function rulesVersion(client: Client, requestTypeKey: string, locationId: string): Promise<string | null> {
  const [location, requestType] = await Promise.all([
    client.location.findUnique({ where: { id: locationId }, select: { rulesVersion: true } }),
    client.requestType.findUnique({ where: { key: requestTypeKey }, select: { updatedAt: true } }),
  ]);
  return location && requestType ? `${location.rulesVersion}|${requestType.updatedAt.getTime()}` : null;
}

async function cachedRules(
  client: Client,
  requestTypeKey: string,
  channel: BookingChannel,
  locationId: string,
): Promise<LocationRules> {
  const key = `${requestTypeKey}|${channel}|${locationId}`;
  const version = await rulesVersion(client, requestTypeKey, locationId);
  const today = berlinDate(new Date());
  const hit = rulesCache.get(key);
  if (hit && version !== null) {
    const rules = await hit.catch(() => null);
    if (rules && rules.version === version && rules.loadedOn === today) return rules;
  }
  const value = (async () => {
    const context = await bookingContext(client, requestTypeKey, channel, locationId);
    const closures = await loadClosures(client, locationId, new Date(`${addDays(today, -1)}T00:00:00Z`));
    return { version: version ?? "", context, closures, days: new Map<string, Slot[]>(), loadedOn: today };
  })();
  value.catch(() => rulesCache.delete(key));
  if (rulesCache.size > 5_000) rulesCache.clear();
  if (version !== null) rulesCache.set(key, value);
  return value;
}

/** The day's slots by the rules alone: computed as of the day before (no minimum notice, inside the horizon). */
function dayCandidates(rules: LocationRules, day: string, frontDesk: boolean): Slot[] {
  const key = frontDesk ? `${day}+front-desk` : day;
  let slots = rules.days.get(key);
  if (!slots) {
    const location = rules.context.locations[0];
    slots = candidateSlots({
      location: { ...location, minNoticeMinutes: 0 },
      hours: location.openingHours,
      closures: rules.closures,
      slotMinutes: rules.context.requestType.slotMinutes,
      from: day,
      to: day,
      now: new Date(`${addDays(day, -1)}T00:00:00Z`),
      frontDesk,
    });
    rules.days.set(key, slots);
  }
  return slots;
}

/**
 * The bookable slot at exactly this start (by the rules, ignoring what is booked), or a 422. At the
 * front desk (staff only) the places held back for it count, and the minimum notice does not apply.
 */
export async function ruleSlot(
  client: Client,
  requestTypeKey: string,
  channel: BookingChannel,
  locationId: string,
  start: Date,
  now: Date,
  frontDesk = false,
) {
  const day = berlinDate(start);
  const rules = await cachedRules(client, requestTypeKey, channel, locationId);
  const { requestType, locations } = rules.context;
  const location = locations[0];
  // The request's own minimum notice and horizon.
  const earliest = now.getTime() + (frontDesk ? 0 : location.minNoticeMinutes) * 60_000;
  const lastDay = addDays(berlinDate(now), location.horizonDays);
  const slot =
    day > lastDay
      ? undefined
      : dayCandidates(rules, day, frontDesk).find(
          (candidate) => candidate.start.getTime() === start.getTime() && candidate.start.getTime() >= earliest,
        );
  if (!slot)
    throw new ValidationError({
      start: ["This time cannot be booked (outside opening hours, too soon, too far ahead or not on the slot grid)."],
    });
  return { slot, requestType, location };
}

/** The next free slots after a time, for "this slot was just taken" answers. */
export async function nextFreeSlots(
  client: Client,
  query: Omit<SlotQuery, "from" | "to">,
  after: Date,
  now: Date,
  count = 5,
): Promise<Slot[]> {
  const from = berlinDate(after);
  const slots = await searchSlots({ ...query, from, to: addDays(from, 28) }, { client, now });
  return slots.filter((slot) => slot.start.getTime() > after.getTime()).slice(0, count);
}

/** A location with its opening hours, or NotFoundError (the front desk's next free slot starts here). */
export async function findLocation(client: Client, id: string) {
  const location = await client.location.findUnique({ where: { id }, include: { openingHours: true } });
  if (!location) throw new NotFoundError("location");
  return location;
}
