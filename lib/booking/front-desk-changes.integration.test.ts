// What the front desk changes for a person, against a real database: one no-show by the grace
// time's rule; cancelling and moving through the manage link's own functions inside the staff
// door's transaction (places held and taken, the counter's reserve, the outbox message with a new
// link, the old one dead, a full slot undoing only itself); the slots offered to move to; and the
// check-in by what a scanner types.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bookSlot } from "@/lib/booking/book";
import { checkIn, checkInByCode } from "@/lib/booking/check-in";
import { slotsForRebooking } from "@/lib/booking/counter";
import { RELEASE_DELAY_MINUTES } from "@/lib/booking/holds";
import { cancelAtFrontDesk, findByToken, rescheduleAppointment, rescheduleAtFrontDesk } from "@/lib/booking/manage";
import { markNoShow } from "@/lib/booking/no-show";
import { searchSlots } from "@/lib/booking/slots";
import { ConflictError } from "@/lib/errors";
import { berlinDate } from "@/lib/time";
import { storeAppointment } from "@/tests/appointments";
import { bookingRequest, createTestLocation, slotStart } from "@/tests/booking";
import { createTestDatabase, type TestDatabase } from "@/tests/database";

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase("frontdeskchanges");
});

afterAll(() => database.drop());

const statusOf = async (id: string) => (await database.prisma.appointment.findUniqueOrThrow({ where: { id } })).status;
const outbox = (appointmentId: string) =>
  database.prisma.notificationOutbox.findMany({ where: { appointmentId }, orderBy: { createdAt: "asc" } });
const manageToken = (text: string) => /\/appointments\/manage\/([A-Za-z0-9_-]{43})/.exec(text)?.[1];

describe("markNoShow", () => {
  it("marks one booked in-person appointment only once its start + grace time has passed", async () => {
    const location = await createTestLocation(database.prisma, { capacity: 5 });
    const now = new Date("2026-12-01T09:00:00Z");
    const appointment = await storeAppointment(database.prisma, {
      locationId: location.id,
      startsAt: new Date("2026-12-01T08:45:00Z"),
    });
    // 15 minutes after the start: still within the grace time.
    expect(await markNoShow(appointment.id, now, { client: database.prisma, graceMinutes: 15 })).toMatchObject({
      outcome: "too-early",
    });
    expect(await markNoShow(appointment.id, now, { client: database.prisma, graceMinutes: 20 })).toMatchObject({
      outcome: "too-early",
    });
    expect(await statusOf(appointment.id)).toBe("booked");
    const later = new Date("2026-12-01T09:01:00Z");
    expect(await markNoShow(appointment.id, later, { client: database.prisma, graceMinutes: 15 })).toEqual({
      outcome: "marked",
      appointment: { id: appointment.id, citizenId: appointment.citizenId, reference: appointment.reference },
    });
    expect(await statusOf(appointment.id)).toBe("no_show");
    expect(await markNoShow(appointment.id, later, { client: database.prisma, graceMinutes: 15 })).toMatchObject({
      outcome: "not-possible",
    });
  });

  it("leaves checked-in, cancelled and video appointments alone, and knows no unknown or malformed id", async () => {
    const location = await createTestLocation(database.prisma, { capacity: 5 });
    const startsAt = new Date("2026-12-01T08:00:00Z");
    const now = new Date("2026-12-01T10:00:00Z");
    for (const extra of [
      { status: "checked_in" as const, checkedInAt: startsAt },
      { status: "cancelled" as const },
      { channel: "video" as const },
    ]) {
      const appointment = await storeAppointment(database.prisma, { locationId: location.id, startsAt, ...extra });
      expect(
        await markNoShow(appointment.id, now, { client: database.prisma, graceMinutes: 15 }),
        JSON.stringify(extra),
      ).toMatchObject({ outcome: "not-possible" });
      expect(await statusOf(appointment.id)).toBe(extra.status ?? "booked");
    }
    expect(
      await markNoShow("00000000-0000-4000-8000-000000000000", now, { client: database.prisma, graceMinutes: 15 }),
    ).toBeNull();
    expect(
      await markNoShow("'; DROP TABLE appointment; --", now, { client: database.prisma, graceMinutes: 15 }),
    ).toBeNull();
  });
});

describe("cancelling at the front desk", () => {
  it("in the caller's transaction: cancelled, the place held then freed, the cancellation queued with a new link, the old link dead", async () => {
    const client = database.prisma;
    const location = await createTestLocation(client, { capacity: 1 });
    const start = slotStart(4, "10:00");
    const day = berlinDate(start);
    const now = new Date();
    const booked = await bookSlot(bookingRequest(location.id, start, 1), { client, now });
    const result = await client.$transaction((tx) => cancelAtFrontDesk(booked.id, { client: tx, now }));
    expect(result).toMatchObject({ cancelled: true, appointment: { status: "cancelled" } });
    await expect(findByToken(booked.manageToken!, client)).rejects.toThrow("not found");
    expect((await outbox(booked.id)).map((message) => `${message.kind}:${message.status}`)).toEqual([
      "confirmation:pending",
      "reminder:cancelled",
      "cancellation:pending",
    ]);
    expect(await client.slotHold.count({ where: { locationId: location.id } })).toBe(1);
    const free = async (at: Date) =>
      (
        await searchSlots(
          { requestType: "change-report", channel: "in_person", locationId: location.id, from: day, to: day },
          { client, now: at },
        )
      ).some((slot) => slot.start.getTime() === start.getTime());
    expect(await free(new Date(now.getTime() + (RELEASE_DELAY_MINUTES - 1) * 60_000))).toBe(false);
    expect(await free(new Date(now.getTime() + (RELEASE_DELAY_MINUTES + 1) * 60_000))).toBe(true);
    // A second cancel changes nothing and sends nothing.
    expect(await client.$transaction((tx) => cancelAtFrontDesk(booked.id, { client: tx, now }))).toMatchObject({
      cancelled: false,
    });
    expect(await outbox(booked.id)).toHaveLength(3);
  });

  it("undone with the caller's transaction, and refused for an appointment that has begun", async () => {
    const client = database.prisma;
    const location = await createTestLocation(client, { capacity: 1 });
    const booked = await bookSlot(bookingRequest(location.id, slotStart(4, "11:00"), 2), { client });
    const failed = await client
      .$transaction(async (tx) => {
        await cancelAtFrontDesk(booked.id, { client: tx });
        throw new Error("the audit event could not be written");
      })
      .catch((error: Error) => error.message);
    expect(failed).toBe("the audit event could not be written");
    expect(await statusOf(booked.id)).toBe("booked");
    expect(await outbox(booked.id)).toHaveLength(2);
    await expect(findByToken(booked.manageToken!, client)).resolves.toMatchObject({ id: booked.id });
    const begun = new Date(slotStart(4, "11:05").getTime());
    await expect(cancelAtFrontDesk(booked.id, { client, now: begun })).rejects.toMatchObject({ code: "not-open" });
  });
});

describe("moving at the front desk", () => {
  it("takes the counter's reserve a citizen cannot, holds the old places and queues the change with a working new link", async () => {
    const client = database.prisma;
    // Two places per slot, one held back for the front desk: citizens get one.
    const location = await createTestLocation(client, { capacity: 2, reserve: 1 });
    const first = await bookSlot(bookingRequest(location.id, slotStart(5, "09:00"), 1), { client });
    const second = await bookSlot(bookingRequest(location.id, slotStart(5, "11:00"), 2), { client });
    // 11:00 is full for citizens: the person cannot move there through the manage link.
    await expect(rescheduleAppointment(first.manageToken!, slotStart(5, "11:00"), { client })).rejects.toBeInstanceOf(
      ConflictError,
    );

    const moved = await client.$transaction((tx) =>
      rescheduleAtFrontDesk(first.id, slotStart(5, "11:00"), { client: tx }),
    );
    expect(moved.startsAt).toEqual(slotStart(5, "11:00"));
    const units = await client.slotCapacity.findMany({
      where: { locationId: location.id, startsAt: { gte: slotStart(5, "11:00"), lt: slotStart(5, "11:30") } },
    });
    expect(units.map((unit) => unit.booked)).toEqual([2, 2]);
    expect(await client.slotHold.count({ where: { locationId: location.id, startsAt: slotStart(5, "09:00") } })).toBe(
      1,
    );
    const messages = await outbox(first.id);
    expect(messages.map((message) => `${message.kind}:${message.status}`)).toEqual([
      "confirmation:pending",
      "reminder:cancelled",
      "change:pending",
      "reminder:pending",
    ]);
    const change = messages[2];
    const newToken = manageToken(change.body);
    expect(newToken).toBeDefined();
    expect(newToken).not.toBe(first.manageToken);
    await expect(findByToken(first.manageToken!, client)).rejects.toThrow("not found");
    await expect(findByToken(newToken!, client)).resolves.toMatchObject({
      id: first.id,
      startsAt: slotStart(5, "11:00"),
    });
    expect(await statusOf(second.id)).toBe("booked");
  });

  it("a full slot undoes only the attempt: the caller's transaction goes on, with the next free slots offered", async () => {
    const client = database.prisma;
    const location = await createTestLocation(client, { capacity: 1 });
    const mine = await bookSlot(bookingRequest(location.id, slotStart(6, "09:00"), 1), { client });
    await bookSlot(bookingRequest(location.id, slotStart(6, "10:00"), 2), { client });
    const staffUser = await client.staffUser.create({
      data: { email: "move@jobcenter.example", name: "Frau Umbuchen", passwordHash: "-", role: "front_desk" },
    });
    const error = await client.$transaction(async (tx) => {
      const refused = await rescheduleAtFrontDesk(mine.id, slotStart(6, "10:00"), { client: tx }).catch(
        (thrown: unknown) => thrown,
      );
      // The transaction is still usable after the refusal: what the caller writes next commits.
      await tx.auditLog.create({
        data: {
          action: "test.after-refusal",
          staffUserId: staffUser.id,
          entityType: "appointment",
          entityId: mine.id,
          details: {},
        },
      });
      return refused;
    });
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError).code).toBe("slot-taken");
    expect(((error as ConflictError).details.nextSlots as unknown[]).length).toBeGreaterThan(0);
    expect(await client.auditLog.count({ where: { entityId: mine.id, action: "test.after-refusal" } })).toBe(1);
    expect((await client.appointment.findUniqueOrThrow({ where: { id: mine.id } })).startsAt).toEqual(
      slotStart(6, "09:00"),
    );
    expect(await outbox(mine.id)).toHaveLength(2);
    await expect(findByToken(mine.manageToken!, client)).resolves.toMatchObject({ id: mine.id });
  });

  it("offers the next free slots of the same request type and location, marking those only the front desk may take", async () => {
    const client = database.prisma;
    const location = await createTestLocation(client, { capacity: 2, reserve: 1 });
    const mine = await bookSlot(bookingRequest(location.id, slotStart(7, "09:00"), 1), { client });
    await bookSlot(bookingRequest(location.id, slotStart(7, "09:30"), 2), { client });
    const appointment = await client.appointment.findUniqueOrThrow({ where: { id: mine.id } });
    const now = slotStart(7, "08:00");
    const slots = await slotsForRebooking(appointment, { now, client, limit: 4 });
    expect(slots.map((slot) => [slot.start.toISOString(), slot.frontDeskOnly])).toEqual([
      [slotStart(7, "08:00").toISOString(), false],
      [slotStart(7, "08:30").toISOString(), false],
      // 09:00 is the appointment's own time; 09:30 has only the front desk's place left.
      [slotStart(7, "09:30").toISOString(), true],
      [slotStart(7, "10:00").toISOString(), false],
    ]);
  });
});

describe("checkInByCode", () => {
  it("checks in from the address a hand scanner types, or a reference typed any way, once", async () => {
    const client = database.prisma;
    const location = await createTestLocation(client, { capacity: 3 });
    const booked = await bookSlot(bookingRequest(location.id, slotStart(3, "09:00"), 1), { client });
    const bare = booked.reference.replace("-", "").toLowerCase();
    // Three days ahead: nothing changes until the front desk confirms the other day.
    expect(await checkInByCode(booked.reference, { client })).toMatchObject({ outcome: "other-day" });
    expect(await statusOf(booked.id)).toBe("booked");
    const onTheDay = slotStart(3, "08:50");
    expect(
      await checkInByCode(`  ${bare.slice(0, 4)} ${bare.slice(4)} `, { client: database.prisma, now: onTheDay }),
    ).toMatchObject({
      outcome: "checked-in",
      reference: booked.reference,
    });
    expect(await statusOf(booked.id)).toBe("checked_in");
    expect(await checkInByCode(`http://127.0.0.1:3000/staff/check-in/${booked.reference}`, { client })).toMatchObject({
      outcome: "already",
      reference: booked.reference,
    });
    expect(await checkInByCode("http://127.0.0.1:3000/staff/check-in/ZZZZ-ZZZZ", { client })).toBeNull();
    expect(await checkInByCode("<script>", { client })).toBeNull();
  });

  it("checks in an appointment of another day once that is confirmed", async () => {
    const client = database.prisma;
    const location = await createTestLocation(client, { capacity: 3 });
    const booked = await bookSlot(bookingRequest(location.id, slotStart(2, "10:00"), 1), { client });
    expect(await checkIn(booked.reference, { client })).toMatchObject({ outcome: "other-day" });
    expect(await statusOf(booked.id)).toBe("booked");
    expect(await checkIn(booked.reference, { client, otherDayConfirmed: true })).toMatchObject({
      outcome: "checked-in",
    });
    expect(await statusOf(booked.id)).toBe("checked_in");
  });
});
