// The worker as `npm start` runs it: the parts put together in lib/worker work together. Booking's
// calendar file is made at delivery (its renderer is registered when the worker starts), and the
// retention run gets its queue.
import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bookSlot } from "@/lib/booking/book";
import type { OutboxMessage, Transport } from "@/lib/notifications/transports";
import { NO_SHOW_JOB, RETENTION_JOB, startWorker } from "@/lib/worker";
import { bookingRequest, createTestLocation, slotStart } from "@/tests/booking";
import { createTestDatabase, installJobQueueFor, type TestDatabase } from "@/tests/database";

class RecordingTransport implements Transport {
  readonly deliveredTo = "test";
  readonly sent: OutboxMessage[] = [];
  async send(message: OutboxMessage) {
    this.sent.push(message);
  }
}

describe("worker", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase("worker");
    await installJobQueueFor(database);
  });
  afterAll(() => database.drop());

  it("delivers a booking's confirmation with the calendar file made from its entry", async () => {
    const transport = new RecordingTransport();
    // No retention schedule: a test must never run the clean-up of uploaded files.
    const worker = await startWorker(database.url, { email: transport, sms: transport }, () => undefined, {
      sweep: "* * * * *",
      retention: null,
    });
    try {
      const location = await createTestLocation(database.prisma, { capacity: 1 });
      const start = slotStart(4);
      const booked = await bookSlot(bookingRequest(location.id, start, 1), { client: database.prisma });
      const status = async () =>
        (
          await database.prisma.notificationOutbox.findFirstOrThrow({
            where: { appointmentId: booked.id, kind: "confirmation" },
          })
        ).status;
      const deadline = Date.now() + 15_000;
      while ((await status()) === "pending" && Date.now() < deadline)
        await new Promise((resolve) => setTimeout(resolve, 200));
      expect(await status()).toBe("sent");

      const [file] = transport.sent.find((message) => message.kind === "confirmation")!.attachments;
      expect(file.filename).toBe(`termin-${booked.reference}.ics`);
      const event = new ICAL.Event(new ICAL.Component(ICAL.parse(file.content)).getFirstSubcomponent("vevent")!);
      expect(event.uid).toBe(`${booked.reference}@zugang`);
      expect(event.startDate.toJSDate().toISOString()).toBe(start.toISOString());

      const queues = await database.prisma.$queryRaw<
        { name: string }[]
      >`SELECT name FROM pgboss.queue WHERE name = ${RETENTION_JOB.queue}`;
      expect(queues).toHaveLength(1);
      const noShows = await database.prisma.$queryRaw<
        { cron: string }[]
      >`SELECT cron FROM pgboss.schedule WHERE name = ${NO_SHOW_JOB.queue}`;
      expect(noShows).toEqual([{ cron: NO_SHOW_JOB.cron }]);
    } finally {
      await worker.stop();
    }
  });
});
