// The queue against a real PostgreSQL: each state change of a ticket at a desk, the daily limit,
// checked-in appointments joining at their time, "almost your turn" through the outbox, and 50
// desks' "call next" at once from two connection pools (two app processes' worth) over 20 people.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db";
import { loadPersonView } from "@/lib/people";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { storeAppointment } from "@/tests/appointments";
import { createTestLocation } from "@/tests/booking";
import { createTestDatabase, type TestDatabase } from "@/tests/database";
import { berlinDate } from "@/lib/time";
import { applyStep, callNext, MAX_CALLS, previewNext, QueueStepError } from "./desk";
import { deskView } from "./desk-view";
import { displayState } from "./display";
import { listenOn, subscribeToDisplay } from "./listener";
import { DailyLimitReachedError, drawTicket } from "./tickets";
import { walkInsOfDay } from "./walk-ins";
import { decodeCursor } from "@/lib/list-query";

let database: TestDatabase;
let prisma: PrismaClient;

beforeAll(async () => {
  database = await createTestDatabase("queue");
  prisma = database.prisma;
  (globalThis as { zugangPrisma?: unknown }).zugangPrisma = prisma;
  listenOn(database.url);
});
afterAll(async () => {
  (globalThis as { zugangPrisma?: unknown }).zugangPrisma = undefined;
  await database.drop();
});

const newLocation = async () => (await createTestLocation(prisma, { capacity: 2 })).id;
const status = async (id: string) => (await prisma.queueTicket.findUniqueOrThrow({ where: { id } })).status;

describe("a ticket at the desks", () => {
  it("is called, called again up to the cap, parked, called back, forwarded, and finished or marked not appeared", async () => {
    const locationId = await newLocation();
    const desk1 = { locationId, desk: "Platz 1" };
    const desk2 = { locationId, desk: "Platz 2" };
    const a1 = await drawTicket(prisma, { locationId, requestType: "change-report", phone: "0171 2345678" });
    const a2 = await drawTicket(prisma, { locationId });
    const a3 = await drawTicket(prisma, { locationId });
    expect([a1.number, a2.number, a3.number]).toEqual(["A001", "A002", "A003"]);
    expect([a1.position, a2.position, a3.position]).toEqual([1, 2, 3]);

    expect((await previewNext(prisma, desk1))?.number).toBe("A001");
    const called = await callNext(prisma, desk1);
    expect(called).toMatchObject({ number: "A001", desk: "Platz 1", callCount: 1 });
    // Another desk cannot act on it.
    await expect(applyStep(prisma, desk2, { step: "finish", ticket: a1.id, outcome: "done" })).rejects.toMatchObject({
      code: "not-at-this-desk",
    });

    for (let call = 2; call <= MAX_CALLS; call++)
      expect((await applyStep(prisma, desk1, { step: "recall", ticket: a1.id })).ticket.callCount).toBe(call);
    const capped = applyStep(prisma, desk1, { step: "recall", ticket: a1.id });
    await expect(capped).rejects.toBeInstanceOf(QueueStepError);
    await expect(capped).rejects.toMatchObject({ code: "recall-limit" });
    expect(await prisma.queueCall.count({ where: { ticketId: a1.id } })).toBe(MAX_CALLS);

    await applyStep(prisma, desk1, { step: "park", ticket: a1.id });
    expect(await status(a1.id)).toBe("parked");
    expect((await callNext(prisma, desk1))?.number).toBe("A002");
    // A parked ticket is called back by any desk; a waiting one cannot be "called back".
    await expect(applyStep(prisma, desk2, { step: "call-back", ticket: a3.id })).rejects.toMatchObject({
      code: "not-parked",
    });
    expect((await applyStep(prisma, desk2, { step: "call-back", ticket: a1.id })).ticket).toMatchObject({
      status: "called",
      callCount: 1,
    });

    // Forwarded to a room: only that room calls it, before anyone else, with the new service.
    await applyStep(prisma, desk2, {
      step: "forward",
      ticket: a1.id,
      requestType: "job-counselling",
      toDesk: "Raum 3",
    });
    expect(await prisma.queueTicket.findUniqueOrThrow({ where: { id: a1.id } })).toMatchObject({
      status: "waiting",
      targetDesk: "Raum 3",
      requestTypeKey: "job-counselling",
      desk: null,
    });
    expect((await callNext(prisma, desk2))?.number).toBe("A003");
    expect(await callNext(prisma, desk2)).toBeNull();
    expect((await callNext(prisma, { locationId, desk: "Raum 3" }))?.number).toBe("A001");
    await expect(applyStep(prisma, desk1, { step: "forward", ticket: a2.id })).rejects.toMatchObject({
      code: "forward-nowhere",
    });

    await applyStep(prisma, { locationId, desk: "Raum 3" }, { step: "finish", ticket: a1.id, outcome: "follow-up" });
    await applyStep(prisma, desk1, { step: "no-show", ticket: a2.id });
    const [finished, noShow] = await Promise.all(
      [a1, a2].map((ticket) => prisma.queueTicket.findUniqueOrThrow({ where: { id: ticket.id } })),
    );
    expect(finished).toMatchObject({ status: "finished", outcome: "follow-up", phone: null });
    expect(finished.finishedAt).not.toBeNull();
    expect(noShow).toMatchObject({ status: "no_show", outcome: null });
    // Done is done: no step changes it any more.
    await expect(applyStep(prisma, desk1, { step: "recall", ticket: a2.id })).rejects.toMatchObject({
      code: "not-at-this-desk",
    });

    const view = await deskView(locationId, "Platz 2");
    expect(view.mine.map((entry) => entry.number)).toEqual(["A003"]);
    expect(view.waiting).toEqual([]);
  });

  it("refuses a number past the day's limit, in a way the kiosk can say, and counts no number for it", async () => {
    const locationId = await newLocation();
    await prisma.queueLocation.update({ where: { locationId }, data: { dailyLimit: 2 } });
    await drawTicket(prisma, { locationId });
    await drawTicket(prisma, { locationId });
    await expect(drawTicket(prisma, { locationId })).rejects.toBeInstanceOf(DailyLimitReachedError);
    expect((await prisma.queueNumber.findFirstOrThrow({ where: { locationId, prefix: "A" } })).lastNumber).toBe(2);
    // The front desk's day view lists them; an appointment's ticket is not a walk-in.
    const staff = await prisma.staffUser.create({
      data: {
        email: `desk-${locationId.slice(0, 8)}@zugang.example`,
        name: "Empfang",
        role: "front_desk",
        passwordHash: "x",
      },
    });
    await prisma.queueLocation.update({ where: { locationId }, data: { dailyLimit: 3 } });
    await drawTicket(prisma, { locationId }, { staffId: staff.id });
    const today = berlinDate(new Date());
    const listed = await walkInsOfDay(locationId, today, {}, prisma);
    expect(listed.total).toBe(3);
    expect(listed.rows.map((walkIn) => [walkIn.number, walkIn.status, walkIn.atCounter])).toEqual([
      ["A001", "waiting", false],
      ["A002", "waiting", false],
      ["A003", "waiting", true],
    ]);
    // A page at a time: two, then the rest, the last page on its own, and back from it.
    const numbers = (page: { rows: { number: string }[] }) => page.rows.map((walkIn) => walkIn.number);
    const first = await walkInsOfDay(locationId, today, {}, prisma, 2);
    expect([numbers(first), first.total, first.atStart, first.atEnd]).toEqual([["A001", "A002"], 3, true, false]);
    const second = await walkInsOfDay(locationId, today, { after: decodeCursor(first.next) }, prisma, 2);
    expect([numbers(second), second.total, second.atEnd]).toEqual([["A003"], 3, true]);
    const last = await walkInsOfDay(locationId, today, { end: true }, prisma, 2);
    expect([numbers(last), last.atStart, last.atEnd]).toEqual([["A002", "A003"], false, true]);
    const back = await walkInsOfDay(locationId, today, { before: decodeCursor(last.previous) }, prisma, 2);
    expect([numbers(back), back.atStart]).toEqual([["A001"], true]);
    await expect(drawTicket(prisma, { locationId, requestType: "no-such-thing" })).rejects.toMatchObject({
      fields: { requestType: expect.any(Array) },
    });
    await expect(drawTicket(prisma, { locationId: "not-a-uuid", phone: "call me" })).rejects.toMatchObject({
      fields: { locationId: expect.any(Array), phone: expect.any(Array) },
    });
  });

  it("lets a checked-in appointment join the same queue at its time", async () => {
    const locationId = await newLocation();
    const now = new Date();
    const startsAt = new Date(Math.ceil(now.getTime() / 60_000) * 60_000 + 20 * 60_000);
    const appointment = await storeAppointment(prisma, { locationId, startsAt });
    await drawTicket(prisma, { locationId }, { now });
    await prisma.appointment.update({
      where: { id: appointment.id },
      data: { status: "checked_in", checkedInAt: now },
    });
    const ticket = await prisma.queueTicket.findUniqueOrThrow({ where: { appointmentId: appointment.id } });
    expect(ticket).toMatchObject({ number: "T001", kind: "appointment", status: "waiting" });
    expect(ticket.readyAt.getTime()).toBe(startsAt.getTime());
    const desk = { locationId, desk: "Platz 1" };
    expect((await callNext(prisma, desk, now))?.number).toBe("A001");
    expect(await callNext(prisma, desk, now)).toBeNull();
    expect((await deskView(locationId, "Platz 1", prisma, now)).later.map((entry) => entry.number)).toEqual(["T001"]);
    expect((await callNext(prisma, desk, new Date(startsAt.getTime() + 60_000)))?.number).toBe("T001");
    // Finished at the desk: the appointment took place.
    await applyStep(prisma, desk, { step: "finish", ticket: ticket.id, outcome: "done" });
    expect((await prisma.appointment.findUniqueOrThrow({ where: { id: appointment.id } })).status).toBe("completed");
  });

  it("stands on the person's timeline: a number drawn at the front desk for them, and their appointment's after the check-in", async () => {
    const locationId = await newLocation();
    const now = new Date();
    const appointment = await storeAppointment(prisma, {
      locationId,
      startsAt: new Date(Math.floor(now.getTime() / 60_000) * 60_000 - 5 * 60_000),
    });
    const personId = appointment.citizenId!;
    const walkIn = await drawTicket(
      prisma,
      { locationId, requestType: "job-counselling" },
      { citizenId: personId, now },
    );
    await prisma.appointment.update({
      where: { id: appointment.id },
      data: { status: "checked_in", checkedInAt: now },
    });
    const desk = { locationId, desk: "Platz 7" };
    const first = await callNext(prisma, desk, now);
    await applyStep(prisma, desk, { step: "finish", ticket: first!.id, outcome: "documents-missing" });
    // A kiosk's number is nobody's: it stays off every timeline.
    await drawTicket(prisma, { locationId }, { now });

    const view = await loadPersonView(personId, prisma);
    const tickets = view!.timeline.filter((entry) => entry.kind === "queue_ticket");
    expect(tickets.map((entry) => [entry.number, entry.walkIn, entry.status])).toEqual(
      expect.arrayContaining([
        [walkIn.number, true, first!.id === walkIn.id ? "finished" : "waiting"],
        [expect.stringMatching(/^T\d{3}$/), false, first!.id === walkIn.id ? "waiting" : "finished"],
      ]),
    );
    expect(tickets).toHaveLength(2);
    const finished = tickets.find((entry) => entry.id === first!.id)!;
    expect(finished).toMatchObject({
      desk: "Platz 7",
      calls: 1,
      outcome: "documents-missing",
      firstCalledAt: expect.any(Date),
      location: expect.any(String),
    });
    // The walk-in is an in-person choice for its request type; the appointment's ticket is not a second one.
    expect(view!.channels.find((use) => use.requestType === "job-counselling")?.uses.map((use) => use.channel)).toEqual(
      ["in_person"],
    );
    expect(view!.channels.find((use) => use.requestType === "change-report")?.uses.map((use) => use.channel)).toEqual([
      "in_person",
    ]);

    await expect(drawTicket(prisma, { locationId }, { citizenId: "not-a-uuid" })).rejects.toMatchObject({
      fields: { citizenId: expect.any(Array) },
    });
    await expect(
      drawTicket(prisma, { locationId }, { citizenId: "00000000-0000-4000-8000-000000000000" }),
    ).rejects.toMatchObject({ fields: { citizenId: expect.any(Array) } });
  });

  it("tells a person with a phone number once, when two people are left before them", async () => {
    const locationId = await newLocation();
    const desk = { locationId, desk: "Platz 1" };
    const tickets = [];
    for (let index = 0; index < 5; index++)
      tickets.push(
        await drawTicket(prisma, { locationId, phone: index === 4 ? "+49 171 555 0101" : undefined, language: "tr" }),
      );
    const messages = () => prisma.notificationOutbox.findMany({ where: { recipient: "+491715550101" } });
    await callNext(prisma, desk); // A002, A003, A004 wait before A005: three before it
    expect(await messages()).toHaveLength(0);
    await callNext(prisma, desk); // two before A005
    const sent = await messages();
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ kind: "queue-turn", transport: "sms" });
    expect(sent[0].body).toContain("A005");
    await callNext(prisma, desk);
    await callNext(prisma, desk);
    expect(await messages()).toHaveLength(1);
  });
});

describe("the expected wait on a constructed day", () => {
  it("shares the people waiting among the desks serving at the median of the recent handling times", async () => {
    const locationId = await newLocation();
    const now = new Date("2026-12-01T10:00:00Z"); // 11:00 in Berlin
    const minutesAgo = (minutes: number) => new Date(now.getTime() - minutes * 60_000);
    const day = new Date("2026-12-01T00:00:00Z");
    let number = 100;
    const ticket = (data: Record<string, unknown>) =>
      prisma.queueTicket.create({
        data: { locationId, day, number: `A${++number}`, kind: "walk_in", ...data } as never,
      });
    // Handled this morning: 6, 8, 10 and 30 minutes (median 9); one of 50 minutes three hours ago no longer counts.
    for (const [calledAgo, took] of [
      [70, 6],
      [60, 8],
      [50, 10],
      [40, 30],
      [230, 50],
    ]) {
      await ticket({
        status: "finished",
        readyAt: minutesAgo(calledAgo + 5),
        firstCalledAt: minutesAgo(calledAgo),
        calledAt: minutesAgo(calledAgo),
        finishedAt: minutesAgo(calledAgo - took),
        desk: "Platz 1",
        callCount: 1,
      });
    }
    // Three desks called someone in the last half hour; a fourth only an hour ago.
    for (const [desk, ago] of [
      ["Platz 1", 5],
      ["Platz 2", 12],
      ["Platz 3", 25],
      ["Platz 4", 61],
    ] as const) {
      const called = await ticket({
        status: "called",
        readyAt: minutesAgo(ago + 10),
        firstCalledAt: minutesAgo(ago),
        calledAt: minutesAgo(ago),
        desk,
        callCount: 1,
      });
      await prisma.queueCall.create({
        data: { locationId, ticketId: called.id, number: called.number, desk, calledAt: minutesAgo(ago) },
      });
    }
    // Five wait now; one more joins only later (an appointment checked in early).
    for (let index = 0; index < 5; index++) await ticket({ readyAt: minutesAgo(20 - index) });
    await ticket({ readyAt: new Date(now.getTime() + 30 * 60_000) });

    const drawn = await drawTicket(prisma, { locationId }, { now });
    // ceil(5 people × 9 minutes / 3 desks) = 15
    expect(drawn).toMatchObject({ position: 6, estimatedWaitMinutes: 15 });
    const display = await displayState(locationId, prisma, now);
    expect(display).toMatchObject({ waiting: 6, estimatedWaitMinutes: 18 }); // ceil(6 × 9 / 3)
    const view = await deskView(locationId, "Platz 1", prisma, now);
    expect(view.facts).toMatchObject({ ahead: 6, desks: 3, estimatedWaitMinutes: 18 });
    expect(view.waiting[0].waitedMinutes).toBe(20);
  });
});

describe("two app processes calling next at the same moment", () => {
  it("50 calls over 20 waiting people: 20 distinct calls and 30 'no one waiting'", async () => {
    const locationId = await newLocation();
    for (let index = 0; index < 20; index++) await drawTicket(prisma, { locationId });
    // Two pools on the same database, as two app processes have; 25 desks on each.
    const processes = [createPrismaClient(database.url, { max: 10 }), createPrismaClient(database.url, { max: 10 })];
    try {
      await Promise.all(processes.map((client) => client.$queryRaw`SELECT 1`));
      const calls = await Promise.all(
        Array.from({ length: 50 }, (_, index) =>
          callNext(processes[index % 2], { locationId, desk: `Platz ${index + 1}` }),
        ),
      );
      const called = calls.filter((call) => call !== null);
      expect(called).toHaveLength(20);
      expect(new Set(called.map((call) => call.id)).size).toBe(20);
      expect(calls.filter((call) => call === null)).toHaveLength(30);
      expect(await prisma.queueTicket.count({ where: { locationId, status: "called" } })).toBe(20);
      expect(await prisma.queueCall.count({ where: { locationId } })).toBe(20);
    } finally {
      await Promise.all(processes.map((client) => client.$disconnect()));
    }
  });
});

describe("the call display", () => {
  it("hears of a call made on another connection within a second, with numbers and desks only", async () => {
    const locationId = await newLocation();
    await drawTicket(prisma, { locationId });
    await drawTicket(prisma, { locationId });
    const other = createPrismaClient(database.url, { max: 2 });
    let unsubscribe = () => {};
    try {
      let heard!: (seen: { number: string; at: number }) => void;
      const seen = new Promise<{ number: string; at: number }>((resolve) => (heard = resolve));
      // subscribeToDisplay resolves once its LISTEN is in place: a call from now on is heard.
      unsubscribe = await subscribeToDisplay(locationId, (state) => {
        if (state.calls[0]) heard({ number: state.calls[0].number, at: Date.now() });
      });
      const before = Date.now();
      await callNext(other, { locationId, desk: "Platz 7" });
      const { number, at } = await seen;
      expect(number).toBe("A001");
      expect(at - before).toBeLessThan(1000);
      const state = await displayState(locationId);
      expect(state).toMatchObject({ calls: [{ number: "A001", desk: "Platz 7" }], waiting: 1 });
      expect(Object.keys(state!.calls[0]).sort()).toEqual(["calledAt", "desk", "number"]);
    } finally {
      unsubscribe();
      await other.$disconnect();
    }
  });
});
