// Booking for someone at the counter or on the phone: through the one gate (bookSlot and its
// schema), into the places held back for the front desk that citizens (pages and API) never get,
// marked with who booked and how, with the choice recorded as a journey and a confirmation only
// where there is a contact.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { handle } from "@/lib/api/http";
import { getSlots } from "@/lib/booking/api";
import { bookSlot } from "@/lib/booking/book";
import { nextFreeSlotForCounter } from "@/lib/booking/counter";
import { searchSlots } from "@/lib/booking/slots";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { createPerson } from "@/lib/people";
import { addDays, berlinDate, berlinToUtc } from "@/lib/time";
import { bookingRequest, createTestLocation } from "@/tests/booking";
import { createTestDatabase, type TestDatabase } from "@/tests/database";

let database: TestDatabase;
let staffUserId: string;
const day = addDays(berlinDate(new Date()), 3);
/** Ten minutes before the counter's first free slot of the day (the test location opens at 08:00). */
const now = berlinToUtc(day, "08:50");

beforeAll(async () => {
  database = await createTestDatabase("frontdesk");
  process.env.DATABASE_URL = database.url;
  staffUserId = (
    await database.prisma.staffUser.create({
      data: { email: "desk@jobcenter.example", name: "Frau Tresen", passwordHash: "-", role: "front_desk" },
    })
  ).id;
});

afterAll(() => database.drop());

const staff = (extra: { citizenId?: string; assistance?: "counter" | "phone" } = {}) => ({
  kind: "staff" as const,
  staffUserId,
  assistance: extra.assistance ?? ("counter" as const),
  citizenId: extra.citizenId,
});

describe("the places held back for the front desk", () => {
  it("are offered to staff and never to citizens, in the pages' search or the API, on the same day", async () => {
    // Every place of the day is held back: citizens see nothing, the counter sees the day.
    const location = await createTestLocation(database.prisma, { capacity: 1, reserve: 1 });
    const query = {
      requestType: "change-report",
      channel: "in_person" as const,
      locationId: location.id,
      from: day,
      to: day,
    };
    expect(await searchSlots(query, { client: database.prisma, now })).toEqual([]);
    const response = await handle(getSlots)(
      new Request(
        `http://portal.test/api/v1/slots?requestType=change-report&channel=in-person&location=${location.id}&from=${day}&to=${day}`,
      ),
    );
    expect(response.status).toBe(200);
    expect((await response.json()).slots).toEqual([]);

    const slot = await nextFreeSlotForCounter(location.id, "change-report", now, database.prisma);
    expect(slot?.start).toEqual(berlinToUtc(day, "09:00"));
    expect(slot?.remaining).toBe(1);

    // A citizen cannot book it, even knowing the time; staff can, once.
    await expect(
      bookSlot(bookingRequest(location.id, slot!.start, 1), { client: database.prisma, now }),
    ).rejects.toBeInstanceOf(ValidationError);
    const booked = await bookSlot(
      { ...bookingRequest(location.id, slot!.start, 2), actor: staff() },
      { client: database.prisma, now },
    );
    expect(booked.replayed).toBe(false);
    await expect(
      bookSlot({ ...bookingRequest(location.id, slot!.start, 3), actor: staff() }, { client: database.prisma, now }),
    ).rejects.toMatchObject({ code: "slot-taken" });
    const next = await nextFreeSlotForCounter(location.id, "change-report", now, database.prisma);
    expect(next!.start.getTime()).toBeGreaterThan(slot!.start.getTime());
  });

  it("are taken by staff only once the citizens' share is full, and the minimum notice does not hold the counter back", async () => {
    const location = await createTestLocation(database.prisma, { capacity: 2, reserve: 1 });
    await database.prisma.location.update({ where: { id: location.id }, data: { minNoticeMinutes: 120 } });
    // Online the first slot is two hours away; at the counter it is the next one.
    const [online] = await searchSlots(
      { requestType: "change-report", channel: "in_person", locationId: location.id, from: day, to: day },
      { client: database.prisma, now, limit: 1 },
    );
    expect(online.start).toEqual(berlinToUtc(day, "11:00"));
    expect(online.remaining).toBe(1);
    const counter = await nextFreeSlotForCounter(location.id, "change-report", now, database.prisma);
    expect(counter!.start).toEqual(berlinToUtc(day, "09:00"));
    expect(counter!.remaining).toBe(2);

    const start = online.start;
    await bookSlot(bookingRequest(location.id, start, 10), { client: database.prisma, now });
    await expect(
      bookSlot(bookingRequest(location.id, start, 11), { client: database.prisma, now }),
    ).rejects.toMatchObject({ code: "slot-taken" });
    await expect(
      bookSlot({ ...bookingRequest(location.id, start, 12), actor: staff() }, { client: database.prisma, now }),
    ).resolves.toMatchObject({ replayed: false });
    const row = await database.prisma.slotCapacity.findUniqueOrThrow({
      where: { locationId_startsAt: { locationId: location.id, startsAt: start } },
    });
    expect(row).toMatchObject({ booked: 2, capacity: 2 });
    // The citizens' share stays full after the staff booking raised the unit's capacity.
    await expect(
      bookSlot(bookingRequest(location.id, start, 13), { client: database.prisma, now }),
    ).rejects.toMatchObject({ code: "slot-taken" });
    const listed = await searchSlots(
      { requestType: "change-report", channel: "in_person", locationId: location.id, from: day, to: day },
      { client: database.prisma, now },
    );
    expect(listed.some((slot) => slot.start.getTime() === start.getTime())).toBe(false);
  });
});

describe("booking for someone", () => {
  it("for a known person without any contact: booked, marked, the choice recorded, and no message", async () => {
    const location = await createTestLocation(database.prisma, { capacity: 1, reserve: 1 });
    const person = await createPerson({ name: "Ayşe Yılmaz", dateOfBirth: "1971-04-02" }, database.prisma);
    const start = berlinToUtc(day, "10:00");
    const citizensBefore = await database.prisma.citizen.count();
    const booked = await bookSlot(
      {
        requestType: "change-report",
        channel: "in_person",
        locationId: location.id,
        start,
        person: { name: person.name },
        language: "tr",
        interpreter: "tr",
        accessibilityNeeds: "Rollstuhl",
        actor: staff({ citizenId: person.id }),
      },
      { client: database.prisma, now },
    );
    expect(await database.prisma.citizen.count()).toBe(citizensBefore);
    const appointment = await database.prisma.appointment.findUniqueOrThrow({
      where: { id: booked.id },
      include: { journey: true },
    });
    expect(appointment).toMatchObject({
      citizenId: person.id,
      bookedByStaffId: staffUserId,
      assistance: "counter",
      interpreterLanguage: "tr",
      accessibilityNeeds: "Rollstuhl",
      language: "tr",
    });
    expect(appointment.journey).toMatchObject({
      requestTypeKey: "change-report",
      chosenChannel: "in_person",
      outcome: "chosen",
      assistance: "counter",
      citizenId: person.id,
      language: "tr",
    });
    expect(await database.prisma.notificationOutbox.count({ where: { appointmentId: booked.id } })).toBe(0);
  });

  it("with an e-mail address: the confirmation goes to the outbox", async () => {
    const location = await createTestLocation(database.prisma, { capacity: 1, reserve: 1 });
    const booked = await bookSlot(
      { ...bookingRequest(location.id, berlinToUtc(day, "10:30"), 20), actor: staff() },
      { client: database.prisma, now },
    );
    const messages = await database.prisma.notificationOutbox.findMany({
      where: { appointmentId: booked.id, kind: "confirmation" },
    });
    expect(messages).toHaveLength(1);
    expect(messages[0].transport).toBe("email");
    const appointment = await database.prisma.appointment.findUniqueOrThrow({
      where: { id: booked.id },
      include: { citizen: true },
    });
    expect(appointment.citizen.name).toBe("Person 20");
  });

  it("a video appointment booked on the phone is recorded as such", async () => {
    const video = await createTestLocation(database.prisma, { capacity: 1, reserve: 1, kind: "virtual" });
    const slot = await nextFreeSlotForCounter(video.id, "change-report", now, database.prisma);
    const booked = await bookSlot(
      {
        requestType: "change-report",
        channel: "video",
        locationId: video.id,
        start: slot!.start,
        person: { name: "Phone Caller", phone: "0621 123456" },
        videoConsent: true,
        actor: staff({ assistance: "phone" }),
      },
      { client: database.prisma, now },
    );
    const appointment = await database.prisma.appointment.findUniqueOrThrow({
      where: { id: booked.id },
      include: { journey: true },
    });
    expect(appointment).toMatchObject({ channel: "video", assistance: "phone", bookedByStaffId: staffUserId });
    expect(appointment.roomName).not.toBeNull();
    expect(appointment.journey).toMatchObject({ chosenChannel: "video", assistance: "phone" });
    expect(
      await database.prisma.notificationOutbox.findMany({
        where: { appointmentId: booked.id, kind: "confirmation" },
        select: { transport: true },
      }),
    ).toEqual([{ transport: "sms" }]);
  });

  it("is refused by the one gate for a bad phone number or name, and for a person who does not exist", async () => {
    const location = await createTestLocation(database.prisma, { capacity: 1, reserve: 1 });
    const start = berlinToUtc(day, "11:00");
    const request = {
      requestType: "change-report",
      channel: "in_person" as const,
      locationId: location.id,
      start,
      actor: staff(),
    };
    const badPhone = await bookSlot(
      { ...request, person: { name: "Valid Name", phone: "call me maybe" } },
      { client: database.prisma, now },
    ).catch((error: unknown) => error);
    expect(badPhone).toBeInstanceOf(ValidationError);
    expect((badPhone as ValidationError).fields).toEqual({ "person.phone": ["phone"] });
    const badName = await bookSlot(
      { ...request, person: { name: "  ", phone: "0621 123456" } },
      { client: database.prisma, now },
    ).catch((error: unknown) => error);
    expect((badName as ValidationError).fields).toEqual({ "person.name": ["name"] });
    const controlName = await bookSlot(
      { ...request, person: { name: "Null\u0000Byte" } },
      { client: database.prisma, now },
    ).catch((error: unknown) => error);
    expect((controlName as ValidationError).fields).toEqual({ "person.name": ["invalidCharacters"] });
    const badActor = await bookSlot(
      { ...request, person: { name: "Valid Name" }, actor: { ...staff(), staffUserId: "not-an-id" } },
      { client: database.prisma, now },
    ).catch((error: unknown) => error);
    expect(badActor).toBeInstanceOf(ValidationError);
    await expect(
      bookSlot(
        {
          ...request,
          person: { name: "Valid Name" },
          actor: staff({ citizenId: "00000000-0000-4000-8000-000000000000" }),
        },
        { client: database.prisma, now },
      ),
    ).rejects.toBeInstanceOf(NotFoundError);
    // Nothing was taken by the refusals: the place is still there for the counter.
    expect(
      (await nextFreeSlotForCounter(location.id, "change-report", berlinToUtc(day, "10:55"), database.prisma))!.start,
    ).toEqual(start);
  });

  it("a citizen still needs a contact; staff need none", async () => {
    const location = await createTestLocation(database.prisma, { capacity: 2, reserve: 1 });
    const request = {
      requestType: "change-report",
      channel: "in_person" as const,
      locationId: location.id,
      start: berlinToUtc(day, "12:00"),
      person: { name: "No Contact" },
    };
    const refused = await bookSlot(request, { client: database.prisma, now }).catch((error: unknown) => error);
    expect((refused as ValidationError).fields).toEqual({ "person.email": ["contact"] });
    await expect(bookSlot({ ...request, actor: staff() }, { client: database.prisma, now })).resolves.toMatchObject({
      replayed: false,
    });
  });
});

describe("the front desk's next free slot", () => {
  it("refuses an unknown location and a request type the location does not serve", async () => {
    await expect(
      nextFreeSlotForCounter("00000000-0000-4000-8000-000000000000", "change-report", now, database.prisma),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(nextFreeSlotForCounter("nope", "change-report", now, database.prisma)).rejects.toBeInstanceOf(
      ValidationError,
    );
    const location = await createTestLocation(database.prisma, { capacity: 1 });
    await expect(nextFreeSlotForCounter(location.id, "no-such-type", now, database.prisma)).rejects.toBeInstanceOf(
      ValidationError,
    );
  });
});
