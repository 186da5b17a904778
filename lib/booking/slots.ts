// Slot search against the database: loads the rules of a location and the places booked in the
// range, then runs the pure calculation (availability.ts).
import { db } from "@/lib/db";
import { NotFoundError, ValidationError } from "@/lib/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Channel } from "@/lib/generated/prisma/enums";
import { addDays, berlinDate } from "@/lib/time";
import { candidateSlots, freeSlots, type Slot } from "./availability";
import { releaseDueHolds } from "./holds";

export type BookingChannel = Extract<Channel, "video" | "in_person">;

export interface SlotQuery {
  requestType: string;
  channel: BookingChannel;
  locationId?: string;
  from: string;
  to: string;
}

const MAX_RANGE_DAYS = 62;

/** The request type and the locations that serve it on this channel; bad combinations are 422. */
export async function bookingContext(client: PrismaClient, requestTypeKey: string, channel: BookingChannel, locationId?: string) {
  const requestType = await client.requestType.findFirst({ where: { key: requestTypeKey, active: true } });
  if (!requestType) throw new ValidationError({ requestType: ["Unknown request type."] });
  if (!requestType.allowedChannels.includes(channel)) throw new ValidationError({ channel: ["This request type cannot be booked on this channel."] });
  const kind = channel === "video" ? "virtual" : "physical";
  const locations = await client.location.findMany({
    where: { active: true, kind, ...(locationId ? { id: locationId } : {}) },
    include: { openingHours: true },
    orderBy: { name: "asc" },
  });
  if (locationId && locations.length === 0) throw new ValidationError({ locationId: ["Unknown location for this channel."] });
  return { requestType, locations };
}

export async function searchSlots(query: SlotQuery, options: { client?: PrismaClient; now?: Date; limit?: number } = {}): Promise<Slot[]> {
  const client = options.client ?? db;
  const now = options.now ?? new Date();
  if (query.to < query.from) throw new ValidationError({ to: ["'to' is before 'from'."] });
  if (addDays(query.from, MAX_RANGE_DAYS) < query.to) throw new ValidationError({ to: [`At most ${MAX_RANGE_DAYS} days at once.`] });
  await releaseDueHolds(client, now);
  const { requestType, locations } = await bookingContext(client, query.requestType, query.channel, query.locationId);
  const slots: Slot[] = [];
  for (const location of locations) {
    slots.push(...(await locationSlots(client, location, requestType.slotMinutes, query.from, query.to, now)));
  }
  slots.sort((a, b) => a.start.getTime() - b.start.getTime() || a.locationId.localeCompare(b.locationId));
  return options.limit ? slots.slice(0, options.limit) : slots;
}

type LocationWithHours = Awaited<ReturnType<typeof bookingContext>>["locations"][number];

async function locationSlots(client: PrismaClient, location: LocationWithHours, slotMinutes: number, from: string, to: string, now: Date, onlyCandidates = false) {
  const rangeStart = new Date(`${addDays(from, -1)}T00:00:00Z`);
  const rangeEnd = new Date(`${addDays(to, 2)}T00:00:00Z`);
  const closures = await client.closure.findMany({
    where: { OR: [{ locationId: location.id }, { locationId: null }], startsOn: { lte: rangeEnd }, endsOn: { gte: rangeStart } },
    select: { startsOn: true, endsOn: true },
  });
  const base = {
    location,
    hours: location.openingHours,
    closures: closures.map((closure) => ({ startsOn: closure.startsOn.toISOString().slice(0, 10), endsOn: closure.endsOn.toISOString().slice(0, 10) })),
    slotMinutes,
    from,
    to,
    now,
  };
  if (onlyCandidates) return candidateSlots(base);
  const rows = await client.slotCapacity.findMany({
    where: { locationId: location.id, startsAt: { gte: rangeStart, lt: rangeEnd }, booked: { gt: 0 } },
    select: { startsAt: true, booked: true },
  });
  return freeSlots({ ...base, booked: new Map(rows.map((row) => [row.startsAt.getTime(), row.booked])) });
}

// The rules of a location change rarely (admins edit hours and closures); booking checks them on
// every request, so they are kept for a few seconds per process.
const RULES_TTL_MS = 15_000;
const rulesCache = new Map<string, { until: number; value: Promise<{ context: Awaited<ReturnType<typeof bookingContext>>; candidates: Slot[] }> }>();

function cachedRules(client: PrismaClient, requestTypeKey: string, channel: BookingChannel, locationId: string, day: string) {
  const key = `${requestTypeKey}|${channel}|${locationId}|${day}`;
  const hit = rulesCache.get(key);
  if (hit && hit.until > Date.now()) return hit.value;
  // Candidates are computed without minimum notice here (now = start of the Berlin day - 1 day);
  // the notice is applied per request below.
  const value = (async () => {
    const context = await bookingContext(client, requestTypeKey, channel, locationId);
    const location = { ...context.locations[0], minNoticeMinutes: 0 };
    const candidates = await locationSlots(client, location, context.requestType.slotMinutes, day, day, new Date(`${addDays(day, -1)}T00:00:00Z`), true);
    return { context, candidates };
  })();
  value.catch(() => rulesCache.delete(key));
  if (rulesCache.size > 5_000) rulesCache.clear();
  rulesCache.set(key, { until: Date.now() + RULES_TTL_MS, value });
  return value;
}

/** The bookable slot at exactly this start (by the rules, ignoring what is booked), or a 422. */
export async function ruleSlot(client: PrismaClient, requestTypeKey: string, channel: BookingChannel, locationId: string, start: Date, now: Date) {
  const day = berlinDate(start);
  const { context, candidates } = await cachedRules(client, requestTypeKey, channel, locationId, day);
  const { requestType, locations } = context;
  const location = locations[0];
  const earliest = now.getTime() + location.minNoticeMinutes * 60_000;
  const lastDay = addDays(berlinDate(now), location.horizonDays);
  const slots = day > lastDay ? [] : candidates.filter((candidate) => candidate.start.getTime() >= earliest);
  const slot = slots.find((candidate) => candidate.start.getTime() === start.getTime());
  if (!slot) throw new ValidationError({ start: ["This time cannot be booked (outside opening hours, too soon, too far ahead or not on the slot grid)."] });
  return { slot, requestType, location };
}

/** The next free slots after a time, for "this slot was just taken" answers. */
export async function nextFreeSlots(client: PrismaClient, query: Omit<SlotQuery, "from" | "to">, after: Date, now: Date, count = 5): Promise<Slot[]> {
  const from = berlinDate(after);
  const slots = await searchSlots({ ...query, from, to: addDays(from, 28) }, { client, now });
  return slots.filter((slot) => slot.start.getTime() > after.getTime()).slice(0, count);
}

export async function findLocation(client: PrismaClient, id: string) {
  const location = await client.location.findUnique({ where: { id }, include: { openingHours: true } });
  if (!location) throw new NotFoundError("location");
  return location;
}
