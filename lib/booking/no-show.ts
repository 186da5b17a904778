// No-shows: a booked in-person appointment nobody checked in for, once its start plus the grace
// time (NO_SHOW_GRACE_MINUTES, 15 by default) has passed. Compared as instants, so the days the
// clocks change count the real minutes, not the wall clock's. Staff mark one by hand from the day
// view (markNoShow); the worker marks the rest at the end of the day (markNoShows, lib/worker).
import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isUuid } from "@/lib/validation";
import type { Client } from "./client";

interface NoShowOptions {
  client?: Client;
  graceMinutes?: number;
}

/** The grace time after an appointment's start before nobody checked in makes it a no-show. */
export function noShowGraceMinutes(): number {
  return getEnv().NO_SHOW_GRACE_MINUTES;
}

/** The one rule, for one appointment or all: booked, in person, nobody checked in, started before `latestStart`. */
function noShowWhere(now: Date, graceMinutes: number): Prisma.AppointmentWhereInput {
  const latestStart = new Date(now.getTime() - graceMinutes * 60_000);
  return { status: "booked", channel: "in_person", checkedInAt: null, startsAt: { lt: latestStart } };
}

/** Marks every booked in-person appointment whose start + grace lies before `now`; returns how many. */
export async function markNoShows(now: Date = new Date(), options: NoShowOptions = {}): Promise<number> {
  const client = options.client ?? db;
  const { count } = await client.appointment.updateMany({
    where: noShowWhere(now, options.graceMinutes ?? noShowGraceMinutes()),
    data: { status: "no_show" },
  });
  return count;
}

/** marked: now a no-show; too-early: booked, but start + grace has not passed yet; not-possible: not booked (checked in, cancelled…) or not in person. */
export type NoShowOutcome = "marked" | "too-early" | "not-possible";

export interface NoShowResult {
  outcome: NoShowOutcome;
  appointment: { id: string; citizenId: string; reference: string };
}

/** Marks one appointment as a no-show by the same rule as markNoShows; null when no appointment has the id. */
export async function markNoShow(
  appointmentId: string,
  now: Date = new Date(),
  options: NoShowOptions = {},
): Promise<NoShowResult | null> {
  const client = options.client ?? db;
  if (!isUuid(appointmentId)) return null;
  const { count } = await client.appointment.updateMany({
    where: { id: appointmentId, ...noShowWhere(now, options.graceMinutes ?? noShowGraceMinutes()) },
    data: { status: "no_show" },
  });
  const appointment = await client.appointment.findUnique({
    where: { id: appointmentId },
    select: { id: true, citizenId: true, reference: true, status: true, channel: true },
  });
  if (!appointment) return null;
  const found = { id: appointment.id, citizenId: appointment.citizenId, reference: appointment.reference };
  if (count === 1) return { outcome: "marked", appointment: found };
  const tooEarly = appointment.status === "booked" && appointment.channel === "in_person";
  return { outcome: tooEarly ? "too-early" : "not-possible", appointment: found };
}
