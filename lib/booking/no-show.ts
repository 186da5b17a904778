// No-shows: a booked in-person appointment nobody checked in for, once its start plus the grace
// time (NO_SHOW_GRACE_MINUTES, 15 by default) has passed. Compared as instants, so the days the
// clocks change count the real minutes, not the wall clock's. Staff can mark one earlier by hand;
// the worker marks the rest at the end of the day (lib/worker).
import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/** Marks every booked in-person appointment whose start + grace lies before `now`; returns how many. */
export async function markNoShows(now: Date = new Date(), options: { client?: PrismaClient; graceMinutes?: number } = {}): Promise<number> {
  const client = options.client ?? db;
  const graceMinutes = options.graceMinutes ?? getEnv().NO_SHOW_GRACE_MINUTES;
  const latestStart = new Date(now.getTime() - graceMinutes * 60_000);
  const { count } = await client.appointment.updateMany({
    where: { status: "booked", channel: "in_person", checkedInAt: null, startsAt: { lt: latestStart } },
    data: { status: "no_show" },
  });
  return count;
}
