// The worker process put together: notifications' delivery, with booking's calendar files made at
// delivery, the nightly retention run (lib/retention.ts) with forms' clean-up of uploaded files, and
// booking's no-shows at the end of the day.
// The one module that knows all of them, so that none of them needs to know another: nothing in
// lib/ imports it (scripts/worker.ts starts it).
import { markNoShows, registerCalendarRenderer } from "@/lib/booking";
import { collectOrphanFiles } from "@/lib/forms";
import {
  type Transports,
  startNotificationWorker,
  WORKER_SCHEDULE,
  type NotificationWorker,
  type ScheduledJob,
  type WorkerSchedule,
} from "@/lib/notifications";
import { log as logger } from "@/lib/log";
import { purgeExpiredData } from "@/lib/retention";

/** Every retention rule, each night at 03:15 Berlin time (docs/notifications.md). */
export const RETENTION_JOB: ScheduledJob = {
  name: "retention",
  queue: "retention.purge",
  cron: "15 3 * * *",
  retryLimit: 2,
  async run(prisma, log) {
    const counts = await purgeExpiredData(prisma);
    // Uploaded files whose submission never committed (a crash between storing and the transaction).
    counts.orphanFiles = await collectOrphanFiles();
    log(
      `worker: retention: ${Object.entries(counts)
        .map(([what, count]) => `${count} ${what}`)
        .join(", ")} deleted`,
    );
  },
};

/**
 * The day's no-shows, at the end of each day (23:50 Berlin time): every booked in-person appointment
 * nobody checked in for whose start + grace time has passed (staff mark them earlier by hand).
 */
export const NO_SHOW_JOB: ScheduledJob = {
  name: "noShows",
  queue: "booking.no-shows",
  cron: "50 23 * * *",
  retryLimit: 2,
  async run(prisma, log) {
    const count = await markNoShows(new Date(), { client: prisma });
    log(`worker: no-shows: ${count} marked`);
  },
};

export function startWorker(
  connectionString: string,
  transports: Transports,
  log: (line: string) => void = (line) => logger().info(line),
  schedule: WorkerSchedule = WORKER_SCHEDULE,
): Promise<NotificationWorker> {
  registerCalendarRenderer();
  return startNotificationWorker(connectionString, transports, log, schedule, [RETENTION_JOB, NO_SHOW_JOB]);
}
