// The booked appointments a closure of a location falls on: listed for the admin before the closure
// is saved, and cancelled when the admin confirms exactly that list, each person told through the
// outbox in their language as after a cancellation at the front desk (manage.ts). Appointments that
// have begun are not touched. New opening hours are checked alike: appointments they leave outside
// the hours, or beyond the places of their start, are listed before the hours are saved.
import { db } from "@/lib/db";
import { ConflictError } from "@/lib/errors";
import { addDays, berlinDate, berlinTime, berlinToUtc, isoWeekday } from "@/lib/time";
import type { Client } from "./client";
import { cancelAtFrontDesk } from "./manage";

export interface AffectedAppointment {
  id: string;
  reference: string;
  startsAt: Date;
  citizenId: string;
  name: string;
  /** the person can be told by e-mail or SMS; else staff must call or write */
  reachable: boolean;
  language: string;
}

/** Still booked and not begun, at the location from the first day's start to the last day's end (Berlin). */
export async function bookedDuring(
  client: Client = db,
  locationId: string,
  days: { startsOn: string; endsOn: string },
  now: Date = new Date(),
): Promise<AffectedAppointment[]> {
  const from = berlinToUtc(days.startsOn, "00:00");
  const rows = await client.appointment.findMany({
    where: {
      locationId,
      status: "booked",
      startsAt: { gte: from.getTime() > now.getTime() ? from : now, lt: berlinToUtc(addDays(days.endsOn, 1), "00:00") },
    },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    include: { citizen: { select: { name: true, email: true, phone: true } } },
  });
  return rows.map((row) => ({
    id: row.id,
    reference: row.reference,
    startsAt: row.startsAt,
    citizenId: row.citizenId,
    name: row.citizen.name,
    reachable: Boolean(row.citizen.email || row.citizen.phone),
    language: row.language,
  }));
}

/** One period of the week as the opening hours table has it. */
export interface WeekPeriod {
  weekday: number;
  opensAt: string;
  closesAt: string;
  capacity: number;
}

const include = { citizen: { select: { name: true, email: true, phone: true } } } as const;

/**
 * The booked, not begun appointments at the location that new opening hours would drop: outside
 * every period of their weekday, or beyond the period's places at their start (the latest booked
 * go first).
 */
export async function bookedOutsideHours(
  client: Client = db,
  locationId: string,
  periods: WeekPeriod[],
  now: Date = new Date(),
): Promise<AffectedAppointment[]> {
  const rows = await client.appointment.findMany({
    where: { locationId, status: "booked", startsAt: { gt: now } },
    orderBy: [{ startsAt: "asc" }, { createdAt: "asc" }, { id: "asc" }],
    include,
  });
  const taken = new Map<number, number>();
  const dropped = rows.filter((row) => {
    const [start, end] = [berlinTime(row.startsAt), berlinTime(row.endsAt)];
    const period = periods.find(
      (candidate) =>
        candidate.weekday === isoWeekday(berlinDate(row.startsAt)) &&
        candidate.opensAt <= start &&
        (end === "00:00" ? "24:00" : end) <= candidate.closesAt,
    );
    if (!period) return true;
    const count = (taken.get(row.startsAt.getTime()) ?? 0) + 1;
    taken.set(row.startsAt.getTime(), count);
    return count > period.capacity;
  });
  return dropped.map(affected);
}

const affected = (row: {
  id: string;
  reference: string;
  startsAt: Date;
  citizenId: string;
  language: string;
  citizen: { name: string; email: string | null; phone: string | null };
}): AffectedAppointment => ({
  id: row.id,
  reference: row.reference,
  startsAt: row.startsAt,
  citizenId: row.citizenId,
  name: row.citizen.name,
  reachable: Boolean(row.citizen.email || row.citizen.phone),
  language: row.language,
});

/** Whether the appointments booked now are exactly those the admin was shown (ids in any order). */
export function sameAppointments(booked: AffectedAppointment[], shown: string[]): boolean {
  const ids = new Set(shown);
  return booked.length === ids.size && booked.every((appointment) => ids.has(appointment.id));
}

/** Cancels each (in the caller's transaction); those that began or changed meanwhile are left out. */
export async function cancelForClosure(
  client: Client,
  appointments: AffectedAppointment[],
  now: Date = new Date(),
): Promise<AffectedAppointment[]> {
  const cancelled: AffectedAppointment[] = [];
  for (const appointment of appointments) {
    try {
      const outcome = await cancelAtFrontDesk(appointment.id, { client, now });
      if (outcome.cancelled) cancelled.push(appointment);
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
    }
  }
  return cancelled;
}

/** After the closure: its cancelled appointments whose person has no e-mail or phone (to be called or written to). */
export async function cancelledWithoutContact(
  client: Client = db,
  locationId: string,
  days: { startsOn: string; endsOn: string },
): Promise<{ id: string; reference: string; startsAt: Date; name: string }[]> {
  const rows = await client.appointment.findMany({
    where: {
      locationId,
      status: "cancelled",
      startsAt: { gte: berlinToUtc(days.startsOn, "00:00"), lt: berlinToUtc(addDays(days.endsOn, 1), "00:00") },
      citizen: { email: null, phone: null },
    },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    include: { citizen: { select: { name: true } } },
  });
  return rows.map((row) => ({ id: row.id, reference: row.reference, startsAt: row.startsAt, name: row.citizen.name }));
}
