// Per-contact limit, delayed release of cancelled places, rescheduling and video consent, against a
// real database.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bookSlot, MAX_OPEN_APPOINTMENTS_PER_CONTACT } from "@/lib/booking/book";
import { RELEASE_DELAY_MINUTES } from "@/lib/booking/holds";
import { cancelAppointment, findByToken, rescheduleAppointment, setVideoConsent } from "@/lib/booking/manage";
import { searchSlots } from "@/lib/booking/slots";
import { ConflictError } from "@/lib/errors";
import { berlinDate } from "@/lib/time";
import { bookingRequest, createTestLocation, slotStart } from "@/tests/booking";
import { createTestDatabase, type TestDatabase } from "@/tests/database";

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase("bookingmanage");
});

afterAll(async () => {
  await database.drop();
});

describe("per-contact limit", () => {
  it(`allows at most ${MAX_OPEN_APPOINTMENTS_PER_CONTACT} open appointments per e-mail address, also when asked at once`, async () => {
    const client = database.prisma;
    const location = await createTestLocation(client, { capacity: 5 });
    const person = { name: "Same Person", email: "Same.Person@Example.org" };
    const attempts = await Promise.allSettled(
      ["09:00", "09:30", "10:00", "10:30", "11:00"].map((time, i) =>
        bookSlot(
          bookingRequest(location.id, slotStart(3, time), i, {
            person: i % 2 ? { ...person, email: "same.person@example.org" } : person,
          }),
          { client },
        ),
      ),
    );
    expect(attempts.filter((attempt) => attempt.status === "fulfilled")).toHaveLength(
      MAX_OPEN_APPOINTMENTS_PER_CONTACT,
    );
    const refused = attempts.filter((attempt): attempt is PromiseRejectedResult => attempt.status === "rejected");
    expect(refused.map((attempt) => (attempt.reason as ConflictError).code)).toEqual([
      "too-many-appointments",
      "too-many-appointments",
    ]);
  });
});

describe("cancel and reschedule", () => {
  it("a cancelled place comes back only after the release delay", async () => {
    const client = database.prisma;
    const location = await createTestLocation(client, { capacity: 1 });
    const start = slotStart(4, "09:00");
    const day = berlinDate(start);
    const now = new Date();
    const free = async (at: Date) =>
      (
        await searchSlots(
          { requestType: "change-report", channel: "in_person", locationId: location.id, from: day, to: day },
          { client, now: at },
        )
      ).some((slot) => slot.start.getTime() === start.getTime());
    const booked = await bookSlot(bookingRequest(location.id, start, 1), { client, now });
    expect(await free(now)).toBe(false);
    const cancelled = await cancelAppointment(booked.manageToken!, { client, now });
    expect(cancelled.status).toBe("cancelled");
    expect(await free(new Date(now.getTime() + (RELEASE_DELAY_MINUTES - 1) * 60_000))).toBe(false);
    await expect(
      bookSlot(bookingRequest(location.id, start, 2), { client, now: new Date(now.getTime() + 60_000) }),
    ).rejects.toMatchObject({ code: "slot-taken" });
    const later = new Date(now.getTime() + (RELEASE_DELAY_MINUTES + 1) * 60_000);
    expect(await free(later)).toBe(true);
    await expect(bookSlot(bookingRequest(location.id, start, 3), { client, now: later })).resolves.toMatchObject({
      replayed: false,
    });
    const kinds = (
      await client.notificationOutbox.findMany({ where: { appointmentId: booked.id }, orderBy: { createdAt: "asc" } })
    ).map((m) => `${m.kind}:${m.status}`);
    expect(kinds).toEqual(["confirmation:pending", "reminder:cancelled", "cancellation:pending"]);
  });

  it("rescheduling takes the new places, holds the old ones, and queues a change with a new reminder", async () => {
    const client = database.prisma;
    const location = await createTestLocation(client, { capacity: 1 });
    const booked = await bookSlot(bookingRequest(location.id, slotStart(5, "09:00"), 1), { client });
    const moved = await rescheduleAppointment(booked.manageToken!, slotStart(5, "11:00"), { client });
    expect(moved.startsAt.toISOString()).toBe(slotStart(5, "11:00").toISOString());
    const units = await client.slotCapacity.findMany({
      where: { locationId: location.id },
      orderBy: { startsAt: "asc" },
    });
    expect(units.map((unit) => unit.booked)).toEqual([1, 1, 1, 1]);
    expect(await client.slotHold.count({ where: { locationId: location.id } })).toBe(1);
    const kinds = (
      await client.notificationOutbox.findMany({ where: { appointmentId: booked.id }, orderBy: { createdAt: "asc" } })
    ).map((m) => `${m.kind}:${m.status}`);
    expect(kinds).toEqual(["confirmation:pending", "reminder:cancelled", "change:pending", "reminder:pending"]);
    // someone else has the 13:00 slot: moving there is refused with the next free slots
    await bookSlot(bookingRequest(location.id, slotStart(5, "13:00"), 2), { client });
    const error = await rescheduleAppointment(booked.manageToken!, slotStart(5, "13:00"), { client }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ConflictError);
    expect(((error as ConflictError).details.nextSlots as unknown[]).length).toBeGreaterThan(0);
  });

  it("video consent can be withdrawn and given again; unknown tokens are not found", async () => {
    const client = database.prisma;
    const video = await createTestLocation(client, { capacity: 2, kind: "virtual" });
    const booked = await bookSlot(
      bookingRequest(video.id, slotStart(6, "09:00"), 1, {
        channel: "video",
        requestType: "change-report",
        videoConsent: true,
      }),
      { client },
    );
    const appointment = await findByToken(booked.manageToken!, client);
    expect(appointment.roomName).toMatch(/^zugang-[0-9a-f]{32}$/);
    expect(appointment.manageTokenHash).not.toContain(booked.manageToken!);
    await setVideoConsent(booked.manageToken!, false, { client });
    expect((await findByToken(booked.manageToken!, client)).videoConsentAt).toBeNull();
    await setVideoConsent(booked.manageToken!, true, { client });
    expect((await findByToken(booked.manageToken!, client)).videoConsentAt).not.toBeNull();
    await expect(findByToken("x".repeat(43), client)).rejects.toThrow("not found");
  });
});

describe("bad references from the URL", () => {
  it("a journey id that does not exist is dropped instead of failing the booking", async () => {
    const client = database.prisma;
    const location = await createTestLocation(client, { capacity: 1 });
    const booked = await bookSlot(
      bookingRequest(location.id, slotStart(7), 1, { journeyId: "00000000-0000-4000-8000-000000000000" }),
      { client },
    );
    expect((await client.appointment.findUniqueOrThrow({ where: { id: booked.id } })).journeyId).toBeNull();
  });
});
