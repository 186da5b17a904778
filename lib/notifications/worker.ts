// The worker: a pg-boss queue "outbox.deliver" whose jobs deliver due outbox messages, beside the
// scheduled jobs other parts of the portal hand it (the nightly retention run, see lib/worker).
// Delivery jobs come from a once-a-minute schedule (reminders falling due, retries, anything
// missed) and from PostgreSQL NOTIFY when a booking or submission commits a new message while the
// worker is idle (prompt confirmations; while it is busy, it looks again by itself, see deliver.ts).
import pg from "pg";
import { PgBoss, type Job } from "pg-boss";
import { createPrismaClient } from "@/lib/db";
import { log as logger, logJob } from "@/lib/log";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { deliverUntilIdle } from "./deliver";
import { OUTBOX_CHANNEL } from "./outbox";
import type { Transports } from "./transports";

export const DELIVER_QUEUE = "outbox.deliver";
/** application_name of the worker's LISTEN connection (visible in pg_stat_activity). */
export const LISTENER_NAME = "zugang-outbox-listener";
const LISTEN_RETRY_MS = 3_000;

/** Installs or upgrades pg-boss's schema and the delivery queue; part of preparing a database. */
export async function installJobQueue(connectionString: string): Promise<void> {
  const boss = new PgBoss({ connectionString, supervise: false, schedule: false, max: 2 });
  boss.on("error", () => undefined);
  await boss.start();
  try {
    await boss.createQueue(DELIVER_QUEUE, { retryLimit: 3, retryDelay: 30, retryBackoff: true });
  } finally {
    await boss.stop({ graceful: false });
  }
}

/** Runs a queue's job and writes its one log line (queue, id, outcome, duration); a failure is thrown on to pg-boss. */
function logged(queue: string, run: () => Promise<void>) {
  return async (jobs: Job[]): Promise<void> => {
    const started = performance.now();
    const jobId = jobs.map((job) => job.id).join(",");
    const durationMs = () => Math.round(performance.now() - started);
    try {
      await run();
      logJob({ job: queue, jobId, outcome: "done", durationMs: durationMs() });
    } catch (error) {
      logJob({
        job: queue,
        jobId,
        outcome: "failed",
        durationMs: durationMs(),
        error: error instanceof Error ? error.name : "unknown",
      });
      throw error;
    }
  };
}

export interface NotificationWorker {
  stop(): Promise<void>;
}

/** A job of another part of the portal that the worker runs on a schedule; its owner defines it. */
export interface ScheduledJob {
  /** Its key in WorkerSchedule. */
  name: string;
  /** The pg-boss queue its runs go through. */
  queue: string;
  /** When it runs, as a cron expression in Berlin time (WorkerSchedule can replace it). */
  cron: string;
  retryLimit: number;
  run(prisma: PrismaClient, log: (line: string) => void): Promise<void>;
}

/**
 * When the worker looks by itself, as cron expressions: `sweep` for due messages (reminders that
 * fall due, retries, anything missed while no worker ran), and a scheduled job by its name (else
 * the job's own cron). pg-boss keeps schedules in the database, shared by every worker on it: null
 * removes one, which only a test of the wake-up wants (so that nothing but NOTIFY can deliver).
 */
export interface WorkerSchedule {
  sweep: string | null;
  [jobName: string]: string | null;
}

export const WORKER_SCHEDULE: WorkerSchedule = { sweep: "* * * * *" };

export async function startNotificationWorker(
  connectionString: string,
  transports: Transports,
  log: (line: string) => void = (line) => logger().info(line),
  schedule: WorkerSchedule = WORKER_SCHEDULE,
  jobs: ScheduledJob[] = [],
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
  if (schedule.sweep) await boss.schedule(DELIVER_QUEUE, schedule.sweep);
  else await boss.unschedule(DELIVER_QUEUE);
  for (const job of jobs) {
    await boss.createQueue(job.queue, { retryLimit: job.retryLimit });
    const cron = job.name in schedule ? schedule[job.name] : job.cron;
    if (cron) await boss.schedule(job.queue, cron, {}, { tz: "Europe/Berlin" });
    else await boss.unschedule(job.queue);
    await boss.work(
      job.queue,
      logged(job.queue, () => job.run(prisma, log)),
    );
  }
  await boss.work(
    DELIVER_QUEUE,
    { pollingIntervalSeconds: 2 },
    logged(DELIVER_QUEUE, async () => {
      // Deliver until nothing due is left, so one wake-up empties a burst.
      await deliverUntilIdle(prisma, transports, (result) =>
        log(`worker: ${result.sent} sent, ${result.retried} to retry, ${result.failed} given up`),
      );
    }),
  );

  const wake = () =>
    void boss.send(DELIVER_QUEUE, {}, { singletonKey: "wake", singletonSeconds: 1 }).catch(() => undefined);
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
      // The job in hand gets up to 10 s to finish; pg-boss hands back what is still running then.
      await boss.stop({ graceful: true, timeout: 10_000 });
      await prisma.$disconnect();
    },
  };
}
