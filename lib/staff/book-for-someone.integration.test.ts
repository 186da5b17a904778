// The front desk's posts behind /staff/front-desk/book against a real database: the booking goes
// through the one gate (what the staff form lets through, the gate refuses), is marked with who
// booked and how, records the choice as a journey, takes the places held back for the counter that
// citizens never get, sends the confirmation where there is a contact, and leaves a printed code
// that opens the manage link; a person is created without an e-mail address.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bookSlot, findByToken, freeSlotsForCounter, openManageCode, searchSlots } from "@/lib/booking";
import { ValidationError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { createPerson } from "@/lib/people";
import { addDays, berlinDate, berlinToUtc, toBerlinIso } from "@/lib/time";
import { createTestLocation } from "@/tests/booking";
import { createTestDatabase, type TestDatabase } from "@/tests/database";
import { auditAs } from "./audit";
import {
  bookForSomeone,
  bookForSomeoneForm,
  createPersonAtCounter,
  newPersonForm,
  type BookForSomeoneForm,
} from "./book-for-someone";

let database: TestDatabase;
let staffUserId: string;
const day = addDays(berlinDate(new Date()), 3);
const now = berlinToUtc(day, "08:50");

beforeAll(async () => {
  database = await createTestDatabase("bookforsomeone");
  staffUserId = (
    await database.prisma.staffUser.create({
      data: { email: "tresen@jobcenter.example", name: "Frau Tresen", passwordHash: "-", role: "front_desk" },
    })
  ).id;
});

afterAll(() => database.drop());

/** Runs a post's work as the door does: in one transaction, with the audit written into it. */
function asStaff<T>(
  work: (context: {
    staffUserId: string;
    tx: Prisma.TransactionClient;
    audit: ReturnType<typeof auditAs>;
  }) => Promise<T>,
): Promise<T> {
  return database.prisma.$transaction((tx) => work({ staffUserId, tx, audit: auditAs(staffUserId, tx) }));
}

const book = (form: BookForSomeoneForm) =>
  asStaff((context) => bookForSomeone(form, context, { client: database.prisma, now }));

/** The booking form as the page posts it, read by the door's schema. */
function form(fields: Record<string, string>): BookForSomeoneForm {
  return bookForSomeoneForm.parse({
    requestType: "change-report",
    channel: "in_person",
    assistance: "counter",
    start: toBerlinIso(berlinToUtc(day, "10:00")),
    ...fields,
  });
}

const appointmentsOf = (citizenId: string) => database.prisma.appointment.count({ where: { citizenId } });

describe("booking for someone through the one gate", () => {
  it("a bad phone number passes the staff form and is refused by the gate, nothing booked", async () => {
    const location = await createTestLocation(database.prisma, { capacity: 2, reserve: 1 });
    const person = await createPerson({ name: "Karla Kurz" }, database.prisma);
    const posted = form({ person: person.id, location: location.id, desk: location.id, phone: "call me maybe" });
    // The staff form reads text only: the phone number is not its business.
    expect(posted.phone).toBe("call me maybe");
    expect(await book(posted)).toEqual({ booked: false, problems: { phone: "phone" } });
    expect(await book({ ...posted, phone: "", email: "not-an-address" })).toEqual({
      booked: false,
      problems: { email: "email" },
    });
    expect(await appointmentsOf(person.id)).toBe(0);
  });

  it("a stored name the gate refuses is refused, whoever stored it", async () => {
    const location = await createTestLocation(database.prisma, { capacity: 2, reserve: 1 });
    // Written past lib/people (an import, an older version): the booking still checks the name.
    const blank = await database.prisma.citizen.create({ data: { name: "   " } });
    const control = await database.prisma.citizen.create({ data: { name: "Null\u0007Byte" } });
    expect(await book(form({ person: blank.id, location: location.id }))).toEqual({
      booked: false,
      problems: { person: "name" },
    });
    expect(await book(form({ person: control.id, location: location.id }))).toEqual({
      booked: false,
      problems: { person: "invalidCharacters" },
    });
    expect(await appointmentsOf(blank.id)).toBe(0);
  });

  it("a way of helping, a channel or a time the gate does not know is refused by it", async () => {
    const location = await createTestLocation(database.prisma, { capacity: 2, reserve: 1 });
    const person = await createPerson({ name: "Bert Beispiel" }, database.prisma);
    const base = { person: person.id, location: location.id };
    expect(await book(form({ ...base, assistance: "by-pigeon" }))).toEqual({
      booked: false,
      problems: { assistance: "notBookable" },
    });
    expect(await book(form({ ...base, channel: "fax" }))).toEqual({
      booked: false,
      problems: { channel: "notBookable" },
    });
    expect(await book(form({ ...base, start: "soon" }))).toEqual({ booked: false, problems: { start: "notBookable" } });
    expect(await book(form({ ...base, start: toBerlinIso(berlinToUtc(day, "10:07")) }))).toEqual({
      booked: false,
      problems: { start: "notBookable" },
    });
    expect(await book(form({ ...base, person: "00000000-0000-4000-8000-000000000000" }))).toEqual({
      booked: false,
      problems: { person: "unknownPerson" },
    });
    expect(await appointmentsOf(person.id)).toBe(0);
  });

  it("books, marked with who booked and how, records the choice as a journey and the event, and prints a code that opens the manage link", async () => {
    const location = await createTestLocation(database.prisma, { capacity: 2, reserve: 1 });
    const person = await createPerson(
      { name: "Olena Kovalenko", phone: "0621 5550101", language: "uk" },
      database.prisma,
    );
    const key = "5b0f2f7e-4a8b-4c55-9d0e-0f1e2d3c4b5a";
    const posted = form({
      key,
      person: person.id,
      location: location.id,
      desk: location.id,
      assistance: "phone",
      language: "uk",
      interpreter: "uk",
      accessibilityNeeds: "Rollstuhl",
      phone: "0621 5550101",
    });
    const answer = await book(posted);
    expect(answer).toMatchObject({ booked: true, locationId: location.id });
    if (!answer.booked) throw new Error("not booked");
    expect(answer.code).toMatch(/^([A-Z2-9]{4}-){3}[A-Z2-9]{4}$/);

    const appointment = await database.prisma.appointment.findUniqueOrThrow({
      where: { reference: answer.reference },
      include: { journey: true },
    });
    expect(appointment).toMatchObject({
      citizenId: person.id,
      bookedByStaffId: staffUserId,
      assistance: "phone",
      channel: "in_person",
      language: "uk",
      interpreterLanguage: "uk",
      accessibilityNeeds: "Rollstuhl",
    });
    expect(appointment.startsAt).toEqual(berlinToUtc(day, "10:00"));
    expect(appointment.journey).toMatchObject({
      citizenId: person.id,
      requestTypeKey: "change-report",
      chosenChannel: "in_person",
      outcome: "chosen",
      assistance: "phone",
    });
    // A contact exists: the confirmation goes out like a citizen's, in the person's language.
    const messages = await database.prisma.notificationOutbox.findMany({
      where: { appointmentId: appointment.id, kind: "confirmation" },
    });
    expect(messages.map((message) => [message.transport, message.recipient])).toEqual([["sms", "+496215550101"]]);
    expect(messages[0].body).toContain(answer.reference);
    const events = await database.prisma.auditLog.findMany({ where: { entityId: appointment.id } });
    expect(events).toEqual([
      expect.objectContaining({
        action: "appointment.booked-for-someone",
        staffUserId,
        citizenId: person.id,
        entityType: "appointment",
      }),
    ]);
    expect(events[0].details).toMatchObject({
      assistance: "phone",
      channel: "in_person",
      requestType: "change-report",
      replayed: false,
    });

    // The printed code, typed in any case and spacing, opens the appointment's manage link.
    const typed = answer.code!.toLowerCase().replace(/-/g, " ");
    const opened = await openManageCode(typed, database.prisma);
    expect(opened?.language).toBe("uk");
    expect((await findByToken(opened!.token, database.prisma)).id).toBe(appointment.id);
    expect(
      await openManageCode(
        answer.code!.replace(/^./, (first) => (first === "A" ? "B" : "A")),
        database.prisma,
      ),
    ).toBeNull();
    expect(await openManageCode("not a code", database.prisma)).toBeNull();

    // The same form sent twice books once; the second answer has no code to print.
    expect(await book(posted)).toMatchObject({ booked: true, reference: answer.reference, code: null });
    expect(await appointmentsOf(person.id)).toBe(1);
  });

  it("without a contact: booked, and no message", async () => {
    const location = await createTestLocation(database.prisma, { capacity: 2, reserve: 1 });
    const person = await createPerson({ name: "Ohne Kontakt" }, database.prisma);
    const answer = await book(
      form({ person: person.id, location: location.id, start: toBerlinIso(berlinToUtc(day, "11:00")) }),
    );
    if (!answer.booked) throw new Error(`not booked: ${JSON.stringify(answer.problems)}`);
    const appointment = await database.prisma.appointment.findUniqueOrThrow({ where: { reference: answer.reference } });
    expect(await database.prisma.notificationOutbox.count({ where: { appointmentId: appointment.id } })).toBe(0);
  });
});

describe("the places held back for the counter", () => {
  it("are taken by staff through the staff booking, never by a citizen", async () => {
    // Every place is held back: citizens see nothing that day and cannot book; the counter can, once.
    const location = await createTestLocation(database.prisma, { capacity: 1, reserve: 1 });
    expect(
      await searchSlots(
        { requestType: "change-report", channel: "in_person", locationId: location.id, from: day, to: day },
        { client: database.prisma, now },
      ),
    ).toEqual([]);
    const [slot, second] = await freeSlotsForCounter(location.id, "change-report", { now, count: 2 }, database.prisma);
    expect(slot.start).toEqual(berlinToUtc(day, "09:00"));
    expect(second.start).toEqual(berlinToUtc(day, "09:30"));
    const citizen = await bookSlot(
      {
        requestType: "change-report",
        channel: "in_person",
        locationId: location.id,
        start: slot.start,
        person: { name: "Selbst Bucher", email: "selbst@example.org" },
      },
      { client: database.prisma, now },
    ).catch((error: unknown) => error);
    expect(citizen).toBeInstanceOf(ValidationError);

    const person = await createPerson({ name: "Am Schalter" }, database.prisma);
    const answer = await book(form({ person: person.id, location: location.id, start: toBerlinIso(slot.start) }));
    expect(answer).toMatchObject({ booked: true });
    expect(await book(form({ person: person.id, location: location.id, start: toBerlinIso(slot.start) }))).toEqual({
      booked: false,
      problems: { start: "taken" },
    });
    const [next] = await freeSlotsForCounter(location.id, "change-report", { now, count: 1 }, database.prisma);
    expect(next.start).toEqual(second.start);
    // From a later day on request.
    const [later] = await freeSlotsForCounter(
      location.id,
      "change-report",
      { now, count: 1, fromDay: addDays(day, 2) },
      database.prisma,
    );
    expect(later.start).toEqual(berlinToUtc(addDays(day, 2), "08:00"));
  });
});

describe("a person created at the counter", () => {
  it("needs no e-mail address; refusals come back by field; the creation is recorded", async () => {
    const refused = await asStaff((context) =>
      createPersonAtCounter(newPersonForm.parse({ name: "", phone: "abc", dateOfBirth: "2999-01-01" }), context),
    );
    expect(refused).toEqual({ created: false, problems: { name: "name", phone: "phone", dateOfBirth: "dateOfBirth" } });
    const created = await asStaff((context) =>
      createPersonAtCounter(
        newPersonForm.parse({
          name: "Neu Am Schalter",
          dateOfBirth: "1980-02-29",
          phone: "0621 123456",
          email: "",
          customerNumber: "",
          language: "ar",
        }),
        context,
      ),
    );
    if (!created.created) throw new Error("not created");
    const stored = await database.prisma.citizen.findUniqueOrThrow({ where: { id: created.personId } });
    expect(stored).toMatchObject({ name: "Neu Am Schalter", email: null, phone: "+49621123456", language: "ar" });
    const events = await database.prisma.auditLog.findMany({ where: { citizenId: created.personId } });
    expect(events.map((event) => [event.action, event.staffUserId])).toEqual([["person.created", staffUserId]]);
  });
});
