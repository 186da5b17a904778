// The outbox: messages are written with the transaction they belong to, delivered once by the
// worker, retried on failure, and never sent before they are due.
import ICAL from "ical.js";
import nodemailer from "nodemailer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bookSlot } from "@/lib/booking/book";
import { registerCalendarRenderer } from "@/lib/booking/calendar-attachment";
import { deliverDueMessages, MAX_ATTEMPTS } from "@/lib/notifications/deliver";
import { cancelPendingMessages, queueMessage } from "@/lib/notifications/outbox";
import {
  EmailTransport,
  LocalOutboxTransport,
  type OutboxMessage,
  type Transport,
  type Transports,
} from "@/lib/notifications/transports";
import { DELIVER_QUEUE, LISTENER_NAME, startNotificationWorker } from "@/lib/notifications/worker";
import { bookingRequest, createTestLocation, slotStart } from "@/tests/booking";
import { createTestDatabase, installJobQueueFor, type TestDatabase } from "@/tests/database";

class RecordingTransport implements Transport {
  readonly deliveredTo = "test";
  readonly sent: OutboxMessage[] = [];
  failuresLeft = 0;
  async send(message: OutboxMessage) {
    if (this.failuresLeft > 0) {
      this.failuresLeft -= 1;
      throw new Error("relay refused");
    }
    this.sent.push(message);
  }
}

const message = (overrides: Partial<Parameters<typeof queueMessage>[1]> = {}) => ({
  kind: "confirmation" as const,
  to: { email: "person@example.org" },
  subject: "Ihr Termin",
  text: "Ihr Termin ist am Montag.",
  ...overrides,
});

describe("notifications", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase("notify");
  });
  afterAll(() => database.drop());

  it("loses nothing and invents nothing: a rolled-back transaction leaves no message", async () => {
    await expect(
      database.prisma.$transaction(async (tx) => {
        await queueMessage(tx, message({ subject: "rolled back" }));
        throw new Error("booking failed");
      }),
    ).rejects.toThrow("booking failed");
    expect(await database.prisma.notificationOutbox.count({ where: { subject: "rolled back" } })).toBe(0);

    await database.prisma.$transaction((tx) =>
      queueMessage(tx, message({ subject: "committed", to: { email: "a@example.org", phone: "+49 621 1" } })),
    );
    const rows = await database.prisma.notificationOutbox.findMany({
      where: { subject: "committed" },
      orderBy: { transport: "asc" },
    });
    expect(rows.map((row) => [row.transport, row.recipient, row.status])).toEqual([
      ["email", "a@example.org", "pending"],
      ["sms", "+49 621 1", "pending"],
    ]);
  });

  it("sends due messages through nodemailer once, and keeps reminders until they are due", async () => {
    await database.prisma.notificationOutbox.deleteMany();
    const mailer = nodemailer.createTransport({ jsonTransport: true });
    const sentMail: string[] = [];
    const email = new EmailTransport(mailer, "Jobcenter <noreply@example.org>");
    const recordingEmail: Transport = {
      deliveredTo: "smtp",
      async send(outgoing) {
        await email.send(outgoing);
        sentMail.push(outgoing.subject);
      },
    };
    const transports: Transports = { email: recordingEmail, sms: new LocalOutboxTransport() };
    const queuedAt = new Date();
    await database.prisma.$transaction(async (tx) => {
      await queueMessage(
        tx,
        message({
          subject: "Bestätigung",
          attachments: [
            { filename: "termin.ics", contentType: "text/calendar", content: "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n" },
          ],
        }),
      );
      await queueMessage(
        tx,
        message({ kind: "reminder", subject: "Erinnerung", sendAfter: new Date(queuedAt.getTime() + 3_600_000) }),
      );
      await queueMessage(tx, message({ subject: "SMS", to: { phone: "+49 621 2" } }));
    });
    const now = new Date();

    expect(await deliverDueMessages(database.prisma, transports, { now })).toEqual({ sent: 2, retried: 0, failed: 0 });
    expect(sentMail).toEqual(["Bestätigung"]);
    expect(await deliverDueMessages(database.prisma, transports, { now })).toEqual({ sent: 0, retried: 0, failed: 0 });
    const sms = await database.prisma.notificationOutbox.findFirstOrThrow({ where: { subject: "SMS" } });
    expect([sms.status, sms.transport]).toEqual(["sent", "local"]);

    const later = new Date(queuedAt.getTime() + 3_700_000);
    expect(await deliverDueMessages(database.prisma, transports, { now: later })).toEqual({
      sent: 1,
      retried: 0,
      failed: 0,
    });
    expect(sentMail).toEqual(["Bestätigung", "Erinnerung"]);
  });

  it("a booking's confirmation keeps the calendar entry; the e-mail carries the .ics made from it when it is sent", async () => {
    await database.prisma.notificationOutbox.deleteMany();
    const location = await createTestLocation(database.prisma, { capacity: 1 });
    const start = slotStart(3);
    const booked = await bookSlot(bookingRequest(location.id, start, 1), { client: database.prisma });
    const row = await database.prisma.notificationOutbox.findFirstOrThrow({
      where: { appointmentId: booked.id, kind: "confirmation" },
    });
    expect(row.attachments).toEqual([
      {
        filename: `termin-${booked.reference}.ics`,
        contentType: "text/calendar; charset=utf-8",
        calendar: expect.objectContaining({ reference: booked.reference, startsAt: start.toISOString() }),
      },
    ]);

    registerCalendarRenderer(); // as the worker does when it starts (lib/worker)
    const email = new EmailTransport(
      nodemailer.createTransport({ jsonTransport: true }),
      "Jobcenter <noreply@example.org>",
    );
    const mails: OutboxMessage[] = [];
    const recordingEmail: Transport = {
      deliveredTo: "smtp",
      async send(outgoing) {
        await email.send(outgoing);
        mails.push(outgoing);
      },
    };
    await deliverDueMessages(database.prisma, { email: recordingEmail, sms: new LocalOutboxTransport() });
    const confirmation = mails.find((mail) => mail.kind === "confirmation")!;
    expect(confirmation.body).toContain(booked.reference);
    const [file] = confirmation.attachments;
    expect(file.filename).toBe(`termin-${booked.reference}.ics`);
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(file.content)).getFirstSubcomponent("vevent")!);
    expect(event.uid).toBe(`${booked.reference}@zugang`);
    expect(event.summary).toContain(booked.reference);
    expect(event.startDate.toJSDate().toISOString()).toBe(start.toISOString());
  });

  it("retries a failed send later and gives up after the last attempt", async () => {
    await database.prisma.notificationOutbox.deleteMany();
    const transport = new RecordingTransport();
    transport.failuresLeft = 1;
    const transports = { email: transport, sms: transport };
    await database.prisma.$transaction((tx) => queueMessage(tx, message({ subject: "flaky" })));
    const now = new Date(Date.now() + 1_000);
    expect(await deliverDueMessages(database.prisma, transports, { now })).toEqual({ sent: 0, retried: 1, failed: 0 });
    const waiting = await database.prisma.notificationOutbox.findFirstOrThrow({ where: { subject: "flaky" } });
    expect(waiting.lastError).toBe("relay refused");
    expect(waiting.sendAfter.getTime()).toBeGreaterThan(now.getTime());
    expect(await deliverDueMessages(database.prisma, transports, { now: new Date(now.getTime() + 61_000) })).toEqual({
      sent: 1,
      retried: 0,
      failed: 0,
    });

    transport.failuresLeft = MAX_ATTEMPTS;
    await database.prisma.$transaction((tx) => queueMessage(tx, message({ subject: "hopeless" })));
    let clock = now.getTime();
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt += 1) {
      clock += 5 * 3_600_000;
      await deliverDueMessages(database.prisma, transports, { now: new Date(clock) });
    }
    const hopeless = await database.prisma.notificationOutbox.findFirstOrThrow({ where: { subject: "hopeless" } });
    expect([hopeless.status, hopeless.attempts]).toEqual(["failed", MAX_ATTEMPTS]);
  });

  it("withdraws pending reminders of a cancelled appointment", async () => {
    await database.prisma.notificationOutbox.deleteMany();
    const appointmentId = "00000000-0000-4000-8000-000000000001";
    await database.prisma.$transaction((tx) =>
      queueMessage(tx, message({ kind: "reminder", appointmentId, sendAfter: new Date(Date.now() + 86_400_000) })),
    );
    expect(
      await database.prisma.$transaction((tx) => cancelPendingMessages(tx, { appointmentId, kinds: ["reminder"] })),
    ).toBe(1);
    const row = await database.prisma.notificationOutbox.findFirstOrThrow({ where: { appointmentId } });
    expect(row.status).toBe("cancelled");
  });

  it("the pg-boss worker delivers a committed message within seconds", async () => {
    await database.prisma.notificationOutbox.deleteMany();
    await installJobQueueFor(database);
    const transport = new RecordingTransport();
    const worker = await startNotificationWorker(database.url, { email: transport, sms: transport }, () => undefined);
    try {
      await database.prisma.$transaction((tx) => queueMessage(tx, message({ subject: "prompt" })));
      // The worker sends, then commits the status: wait for the committed status, not the send.
      const deadline = Date.now() + 15_000;
      const status = async () =>
        (await database.prisma.notificationOutbox.findFirstOrThrow({ where: { subject: "prompt" } })).status;
      while ((await status()) !== "sent" && Date.now() < deadline)
        await new Promise((resolve) => setTimeout(resolve, 200));
      expect(await status()).toBe("sent");
      expect(transport.sent.map((sent) => sent.subject)).toEqual(["prompt"]);
    } finally {
      await worker.stop();
    }
  });

  it("listens again after the database ended its LISTEN connection, and delivers without waiting for the minute schedule", async () => {
    await database.prisma.notificationOutbox.deleteMany();
    await installJobQueueFor(database);
    const transport = new RecordingTransport();
    // No sweep: only the renewed LISTEN can deliver the message below.
    const worker = await startNotificationWorker(database.url, { email: transport, sms: transport }, () => undefined, {
      sweep: null,
      retention: null,
    });
    const listeners = async () =>
      database.prisma.$queryRaw<
        { pid: number }[]
      >`SELECT pid FROM pg_stat_activity WHERE application_name = ${LISTENER_NAME} AND datname = current_database()`;
    const waitFor = async (check: () => Promise<boolean>, ms: number) => {
      const deadline = Date.now() + ms;
      while (!(await check()) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200));
      return check();
    };
    try {
      const [first] = await listeners();
      expect(first).toBeDefined();
      const [{ ended }] = await database.prisma.$queryRaw<{ ended: Date }[]>`SELECT now() AS ended`;
      await database.prisma.$queryRaw`SELECT pg_terminate_backend(${first.pid}::int)`;
      // A new LISTEN connection, not the ended one.
      expect(await waitFor(async () => (await listeners()).some((row) => row.pid !== first.pid), 15_000)).toBe(true);
      // The look after reconnecting is done once its wake job is completed; pg-boss keeps one "wake"
      // job per second, so a NOTIFY's wake counts only in a later second than that one's. From then on
      // only NOTIFY can deliver the next message.
      const lookedAgain = async () =>
        (
          await database.prisma.$queryRaw<{ done: boolean }[]>`
            SELECT EXISTS (SELECT 1 FROM pgboss.job WHERE name = ${DELIVER_QUEUE} AND singleton_key = 'wake'
                             AND created_on > ${ended} AND state = 'completed')
               AND floor(date_part('epoch', clock_timestamp())) >
                   (SELECT max(date_part('epoch', singleton_on)) FROM pgboss.job
                     WHERE name = ${DELIVER_QUEUE} AND singleton_key = 'wake') AS done`
        )[0].done;
      expect(await waitFor(lookedAgain, 15_000)).toBe(true);
      await database.prisma.$transaction((tx) => queueMessage(tx, message({ subject: "after reconnect" })));
      const sent = async () =>
        (await database.prisma.notificationOutbox.findFirstOrThrow({ where: { subject: "after reconnect" } }))
          .status === "sent";
      expect(await waitFor(sent, 15_000)).toBe(true);
    } finally {
      await worker.stop();
    }
  });
});
