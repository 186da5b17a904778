// Waking the worker: a NOTIFY serialises commits, so messages notify only when a worker may be
// idle; yet no committed message may be left for the once-a-minute sweep. The worker under test
// runs without the sweep, so that only the wake-up can deliver in time.
import pg from "pg";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { deliverDueMessages, deliverUntilIdle } from "@/lib/notifications/deliver";
import { OUTBOX_CHANNEL, queueMessage } from "@/lib/notifications/outbox";
import { LocalOutboxTransport } from "@/lib/notifications/transports";
import { startNotificationWorker } from "@/lib/notifications/worker";
import { createTestDatabase, installJobQueueFor, type TestDatabase } from "@/tests/database";

const local = new LocalOutboxTransport();
const transports = { email: local, sms: local };
const message = (subject: string) => ({
  kind: "confirmation" as const,
  to: { email: "person@example.org" },
  subject,
  text: "Ihr Termin.",
});

let database: TestDatabase;
let listener: pg.Client;
let heard = 0;

beforeAll(async () => {
  database = await createTestDatabase("wakeup");
  listener = new pg.Client({ connectionString: database.url });
  await listener.connect();
  listener.on("notification", () => (heard += 1));
  await listener.query(`LISTEN ${OUTBOX_CHANNEL}`);
});

afterAll(async () => {
  await listener.end();
  await database.drop();
});

beforeEach(async () => {
  await database.prisma.notificationOutbox.deleteMany();
  await database.prisma.$executeRaw`SELECT notification_worker_idle()`;
  heard = 0;
});

/** Notifications arrive on the listener's connection shortly after the commit. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 300));
const queue = (subject: string) => database.prisma.$transaction((tx) => queueMessage(tx, message(subject)));
const workerIdle = async () =>
  (await database.prisma.notificationWakeup.findUniqueOrThrow({ where: { id: 1 } })).workerIdle;

describe("waking the worker", () => {
  it("notifies an idle worker once, a busy one not at all, and again once it has declared itself idle", async () => {
    await queue("first");
    await queue("second");
    await queue("third");
    await settle();
    expect(heard).toBe(1);
    expect(await workerIdle()).toBe(false);
    await deliverUntilIdle(database.prisma, transports);
    expect(await workerIdle()).toBe(true);
    await queue("fourth");
    await settle();
    expect(heard).toBe(2);
  });

  it("a worker declares itself idle only after the transactions queueing right now have ended, so its last look sees their messages", async () => {
    await queue("clears the flag");
    await deliverDueMessages(database.prisma, transports);
    let release!: () => void;
    let queued!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const inside = new Promise<void>((resolve) => (queued = resolve));
    const open = database.prisma.$transaction(
      async (tx) => {
        await queueMessage(tx, message("in flight"));
        queued();
        await held;
      },
      { timeout: 30_000 },
    );
    await inside;
    let declared = false;
    const idle = database.prisma.$executeRaw`SELECT notification_worker_idle()`.then(() => (declared = true));
    await settle();
    expect(declared).toBe(false);
    release();
    await open;
    await idle;
    // The message committed without a NOTIFY (the worker was busy), and the last look finds it.
    expect(heard).toBe(1);
    expect(await deliverDueMessages(database.prisma, transports)).toEqual({ sent: 1, retried: 0, failed: 0 });
  });

  it("a transaction that finds another one waking the worker notifies too, since the other may still roll back", async () => {
    let release!: () => void;
    let queued!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const inside = new Promise<void>((resolve) => (queued = resolve));
    const rolledBack = database.prisma
      .$transaction(async (tx) => {
        await queueMessage(tx, message("rolled back"));
        queued();
        await held;
        throw new Error("booking failed");
      })
      .catch((error: Error) => error.message);
    await inside;
    await queue("committed");
    await settle();
    expect(heard).toBe(1);
    release();
    expect(await rolledBack).toBe("booking failed");
    expect(await workerIdle()).toBe(true);
    expect((await database.prisma.notificationOutbox.findMany()).map((row) => row.subject)).toEqual(["committed"]);
  });
});

describe("the worker", () => {
  it("delivers a message committed while it is idle within seconds, woken by NOTIFY alone (no sweep scheduled)", async () => {
    await installJobQueueFor(database);
    // Not idle yet: the flag turns true once the worker's first look has found nothing to do.
    await database.prisma.notificationWakeup.update({ where: { id: 1 }, data: { workerIdle: false } });
    const worker = await startNotificationWorker(database.url, transports, () => undefined, {
      sweep: null,
      retention: null,
    });
    const waitFor = async (check: () => Promise<boolean>, ms: number) => {
      const deadline = Date.now() + ms;
      while (!(await check()) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
      return check();
    };
    try {
      expect(await waitFor(workerIdle, 10_000)).toBe(true);
      await queue("while idle");
      const sent = async () =>
        (await database.prisma.notificationOutbox.findFirstOrThrow({ where: { subject: "while idle" } })).status ===
        "sent";
      expect(await waitFor(sent, 10_000)).toBe(true);
    } finally {
      await worker.stop();
    }
  });
});
