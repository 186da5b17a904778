// The worker: a pg-boss queue "outbox.deliver" whose jobs deliver due outbox messages, and a nightly
// job that applies the retention limits (lib/retention.ts).
// Jobs come from a once-a-minute schedule (reminders falling due, retries, anything missed) and from
// PostgreSQL NOTIFY when a booking or submission commits a new message while the worker is idle
// (prompt confirmations; while it is busy, it looks again by itself, see deliver.ts).
import pg from "pg";
import { PgBoss } from "pg-boss";
import { createPrismaClient } from "@/lib/db";
import { collectOrphanFiles } from "@/lib/forms/cleanup";
import { purgeExpiredData } from "@/lib/retention";
import { deliverUntilIdle } from "./deliver";
import { OUTBOX_CHANNEL } from "./outbox";
import type { Transports } from "./transports";

export const DELIVER_QUEUE = "outbox.deliver";
export const RETENTION_QUEUE = "retention.purge";
/** application_name of the worker's LISTEN connection (visible in pg_stat_activity). */
export const LISTENER_NAME = "zugang-outbox-listener";
const LISTEN_RETRY_MS = 3_000;

/** Installs or upgrades pg-boss's schema and the queue; part of preparing a database. */
export async function installJobQueue(connectionString: string): Promise<void> {
  const boss = new PgBoss({ connectionString, supervise: false, schedule: false, max: 2 });
  boss.on("error", () => undefined);
  await boss.start();
  try {
    await boss.createQueue(DELIVER_QUEUE, { retryLimit: 3, retryDelay: 30, retryBackoff: true });
    await boss.createQueue(RETENTION_QUEUE, { retryLimit: 2 });
  } finally {
    await boss.stop({ graceful: false });
  }
}

export interface NotificationWorker {
  stop(): Promise<void>;
}

/**
 * When the worker looks by itself, as cron expressions: the sweep for due messages (reminders that
 * fall due, retries, anything missed while no worker ran) and the retention run (Berlin time).
 * pg-boss keeps schedules in the database, shared by every worker on it: null removes one, which
 * only a test of the wake-up wants (so that nothing but NOTIFY can deliver).
 */
export interface WorkerSchedule {
  sweep: string | null;
  retention: string | null;
}

export const WORKER_SCHEDULE: WorkerSchedule = { sweep: "* * * * *", retention: "15 3 * * *" };

export async function startNotificationWorker(
  connectionString: string,
  transports: Transports,
  log: (line: string) => void = console.log,
  schedule: WorkerSchedule = WORKER_SCHEDULE,
): Promise<NotificationWorker> {
  const prisma = createPrismaClient(connectionString);
  const boss = new PgBoss({ connectionString, max: 4 });
  // Ctrl+C reaches every process of `npm start` at once, the embedded database too, which then ends
  // every connection (57P01, one error per pooled connection): that is said once, calmly.
  let stopping = false;
  let shutdownSaid = false;
  const report = (what: string) => (error: Error & { code?: string }) => {
    if (stopping) return;
    if (error.code === "57P01") {
      if (!shutdownSaid) log("worker: the database is shutting down; queued messages wait in the outbox");
      shutdownSaid = true;
      return;
    }
    log(`worker: ${what}: ${error.message}`);
  };
  boss.on("error", report("job queue error"));
  await boss.start();
  await boss.createQueue(DELIVER_QUEUE, { retryLimit: 3, retryDelay: 30, retryBackoff: true });
  await boss.createQueue(RETENTION_QUEUE, { retryLimit: 2 });
  if (schedule.sweep) await boss.schedule(DELIVER_QUEUE, schedule.sweep);
  else await boss.unschedule(DELIVER_QUEUE);
  if (schedule.retention) await boss.schedule(RETENTION_QUEUE, schedule.retention, {}, { tz: "Europe/Berlin" });
  else await boss.unschedule(RETENTION_QUEUE);
  await boss.work(RETENTION_QUEUE, async () => {
    const counts = await purgeExpiredData(prisma);
    // Uploaded files whose submission never committed (a crash between storing and the transaction).
    counts.orphanFiles = await collectOrphanFiles();
    log(`worker: retention: ${Object.entries(counts).map(([what, count]) => `${count} ${what}`).join(", ")} deleted`);
  });
  await boss.work(DELIVER_QUEUE, { pollingIntervalSeconds: 2 }, async () => {
    // Deliver until nothing due is left, so one wake-up empties a burst.
    await deliverUntilIdle(prisma, transports, (result) => log(`worker: ${result.sent} sent, ${result.retried} to retry, ${result.failed} given up`));
  });

  const wake = () => void boss.send(DELIVER_QUEUE, {}, { singletonKey: "wake", singletonSeconds: 1 }).catch(() => undefined);
  let listener: pg.Client | undefined;
  let retry: NodeJS.Timeout | undefined;
  // The LISTEN connection ends when the database restarts or ends it: listen again after a pause,
  // and look once for what was committed while nobody listened (the minute schedule stays the net).
  const listen = async (): Promise<void> => {
    const client = new pg.Client({ connectionString, application_name: LISTENER_NAME });
    client.on("notification", wake);
    client.on("error", report("listener error"));
    try {
      await client.connect();
      await client.query(`LISTEN ${OUTBOX_CHANNEL}`);
    } catch (error) {
      await client.end().catch(() => undefined);
      throw error;
    }
    listener = client;
    client.on("end", () => {
      listener = undefined;
      if (!stopping) listenLater();
    });
    wake();
  };
  const listenLater = () => {
    retry = setTimeout(() => {
      listen().catch((error: Error & { code?: string }) => {
        report("listener error")(error);
        if (!stopping) listenLater();
      });
    }, LISTEN_RETRY_MS);
  };
  await listen();

  return {
    async stop() {
      stopping = true;
      clearTimeout(retry);
      await listener?.end().catch(() => undefined);
      await boss.stop({ graceful: true, timeout: 5_000 });
      await prisma.$disconnect();
    },
  };
}
