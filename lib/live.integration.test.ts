// Staff screens' live changes against a real PostgreSQL: a walk-in's ticket, an appointment's new
// status and a new submission are heard by a listener within a second, with the location they
// concern; a new booking is not announced (a NOTIFY would make bookings commit one by one).
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { drawTicket } from "@/lib/queue";
import { storeAppointment } from "@/tests/appointments";
import { createTestLocation } from "@/tests/booking";
import { createTestDatabase, type TestDatabase } from "@/tests/database";
import { listenForLiveChangesOn, parseLiveChange, subscribeToLiveChanges, type LiveChange } from "./live";

let database: TestDatabase;
let prisma: PrismaClient;

beforeAll(async () => {
  database = await createTestDatabase("live");
  prisma = database.prisma;
  listenForLiveChangesOn(database.url);
});
afterAll(async () => {
  await database.drop();
});

/** Collects what the listener hears, and waits for the first change that matches. */
async function listen() {
  const heard: { change: LiveChange; at: number }[] = [];
  const waiting: { match: (change: LiveChange) => boolean; resolve: (at: number) => void }[] = [];
  const unsubscribe = await subscribeToLiveChanges((change) => {
    const at = Date.now();
    heard.push({ change, at });
    for (const wait of waiting.filter((w) => w.match(change))) wait.resolve(at);
  });
  const next = (match: (change: LiveChange) => boolean) =>
    new Promise<number>((resolve, reject) => {
      waiting.push({ match, resolve });
      setTimeout(() => reject(new Error("nothing heard within 2 s")), 2_000);
    });
  return { heard, next, unsubscribe };
}

describe("live changes for staff screens", () => {
  it("announces a walk-in's ticket, an appointment's status and a submission, each within a second", async () => {
    const { id: locationId } = await createTestLocation(prisma, { capacity: 2 });
    const listener = await listen();
    try {
      const queueHeard = listener.next((c) => c.topic === "queue" && c.locationId === locationId);
      let before = Date.now();
      await drawTicket(prisma, { locationId });
      expect((await queueHeard) - before).toBeLessThan(1_000);

      const appointment = await storeAppointment(prisma, { locationId, startsAt: new Date(Date.now() + 3_600_000) });
      const dayHeard = listener.next((c) => c.topic === "day" && c.locationId === locationId);
      before = Date.now();
      await prisma.appointment.update({ where: { id: appointment.id }, data: { status: "cancelled" } });
      expect((await dayHeard) - before).toBeLessThan(1_000);

      const submissionHeard = listener.next((c) => c.topic === "submissions");
      before = Date.now();
      await prisma.formSubmission.create({
        data: {
          reference: `F-LIVE-${randomUUID().slice(0, 8)}`,
          formKey: "change-report",
          answers: {},
          statusTokenHash: randomUUID(),
          idempotencyKey: randomUUID(),
        },
      });
      expect((await submissionHeard) - before).toBeLessThan(1_000);
    } finally {
      listener.unsubscribe();
    }
  });

  it("does not announce a new booking: only changes of its status", async () => {
    const { id: locationId } = await createTestLocation(prisma, { capacity: 2 });
    const listener = await listen();
    try {
      await storeAppointment(prisma, { locationId, startsAt: new Date(Date.now() + 7_200_000) });
      // A ticket drawn after it: once that is heard, anything the booking announced would have been too.
      const queueHeard = listener.next((c) => c.topic === "queue" && c.locationId === locationId);
      await drawTicket(prisma, { locationId });
      await queueHeard;
      expect(listener.heard.filter(({ change }) => change.topic === "day")).toEqual([]);
    } finally {
      listener.unsubscribe();
    }
  });
});

describe("the shared listener's connection", () => {
  it("is made again after it was lost: every screen is told to read anew, and hears changes again", async () => {
    const { id: locationId } = await createTestLocation(prisma, { capacity: 2 });
    const listener = await listen();
    try {
      const reconnected = listener.next((c) => c.topic === "reconnected");
      // The database ends the process's LISTEN connection (a restart, a network cut).
      const ended = await prisma.$queryRaw<{ ended: boolean }[]>`
        SELECT pg_terminate_backend(pid) AS ended FROM pg_stat_activity
        WHERE application_name = 'zugang-live' AND datname = current_database()`;
      expect(ended).toEqual([{ ended: true }]);
      await reconnected;
      const queueHeard = listener.next((c) => c.topic === "queue" && c.locationId === locationId);
      await drawTicket(prisma, { locationId });
      await queueHeard;
    } finally {
      listener.unsubscribe();
    }
  });
});

describe("parseLiveChange", () => {
  it("reads the trigger's payloads and ignores anything else", () => {
    expect(parseLiveChange("queue:abc")).toEqual({ topic: "queue", locationId: "abc" });
    expect(parseLiveChange("submissions:")).toEqual({ topic: "submissions", locationId: null });
    expect(parseLiveChange("reconnected:")).toBeNull();
    expect(parseLiveChange("nonsense")).toBeNull();
  });
});
