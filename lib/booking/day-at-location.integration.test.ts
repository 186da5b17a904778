// The day at a location: every in-person appointment of one Berlin calendar day (25 hours on the
// day the clocks go back), in order of time, with what the front desk needs and the counts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { storeAppointment } from "@/tests/appointments";
import { createTestLocation } from "@/tests/booking";
import { createTestDatabase, type TestDatabase } from "@/tests/database";
import { dayAtLocation } from "./day-at-location";

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase("dayatlocation");
});

afterAll(() => database.drop());

describe("dayAtLocation", () => {
  it("lists the day's in-person appointments from midnight to midnight in Berlin, with the counts per status", async () => {
    const location = await createTestLocation(database.prisma, { capacity: 5 });
    const elsewhere = await createTestLocation(database.prisma, { capacity: 5 });
    const desk = await database.prisma.staffUser.create({
      data: { email: "day@jobcenter.example", name: "Herr Schalter", passwordHash: "-", role: "front_desk" },
    });
    // 2026-10-25: the clocks go back at 03:00 CEST, so 02:30 happens twice.
    const at = (iso: string, extra: Partial<Parameters<typeof storeAppointment>[1]> = {}) =>
      storeAppointment(database.prisma, { locationId: location.id, startsAt: new Date(iso), ...extra });
    const early = await at("2026-10-24T22:30:00Z", { name: "Erste Person" }); // 00:30 CEST
    const secondCet = await at("2026-10-25T01:30:00Z", {
      name: "Zweite Winter",
      status: "checked_in",
      checkedInAt: new Date("2026-10-25T01:20:00Z"),
    }); // 02:30 CET
    const secondCest = await at("2026-10-25T00:30:00Z", {
      name: "Zweite Sommer",
      status: "no_show",
      interpreterLanguage: "ar",
      accessibilityNeeds: "Gebärdensprache",
    }); // 02:30 CEST
    const counter = await at("2026-10-25T09:00:00Z", {
      name: "Am Schalter",
      bookedByStaffId: desk.id,
      assistance: "counter",
    });
    const cancelled = await at("2026-10-25T10:00:00Z", { status: "cancelled" });
    const done = await at("2026-10-25T11:00:00Z", { status: "completed" });
    const late = await at("2026-10-25T22:45:00Z"); // 23:45 CET
    // Not of this day or not in person or not here.
    await at("2026-10-24T21:45:00Z"); // 23:45 CEST the day before
    await at("2026-10-25T23:00:00Z"); // 00:00 CET the day after
    await at("2026-10-25T12:00:00Z", { channel: "video" });
    await storeAppointment(database.prisma, { locationId: elsewhere.id, startsAt: new Date("2026-10-25T09:00:00Z") });

    const day = await dayAtLocation(location.id, "2026-10-25", database.prisma);
    expect(day.location).toEqual({ id: location.id, name: location.name });
    expect(day.appointments.map((appointment) => appointment.id)).toEqual([
      early.id,
      secondCest.id,
      secondCet.id,
      counter.id,
      cancelled.id,
      done.id,
      late.id,
    ]);
    expect(day.appointments.map((appointment) => appointment.time)).toEqual([
      "00:30",
      "02:30",
      "02:30",
      "10:00",
      "11:00",
      "12:00",
      "23:45",
    ]);
    expect(day.counts).toEqual({ total: 7, booked: 3, checked_in: 1, no_show: 1, cancelled: 1, completed: 1 });
    expect(day.appointments[1]).toMatchObject({
      reference: secondCest.reference,
      name: "Zweite Sommer",
      requestType: "change-report",
      status: "no_show",
      interpreterLanguage: "ar",
      accessibilityNeeds: "Gebärdensprache",
      bookedBy: { assistance: "self_service", staffUserId: null, staffName: null },
    });
    expect(day.appointments[1].requestTypeTitle).not.toBe("change-report");
    expect(day.appointments[3]).toMatchObject({
      name: "Am Schalter",
      bookedBy: { assistance: "counter", staffUserId: desk.id, staffName: "Herr Schalter" },
    });
    expect(day.appointments[2].checkedInAt).toEqual(new Date("2026-10-25T01:20:00Z"));
  });

  it("an empty day has zero counts; a bad id or day is refused, an unknown location not found", async () => {
    const location = await createTestLocation(database.prisma, { capacity: 1 });
    expect(await dayAtLocation(location.id, "2026-03-29", database.prisma)).toMatchObject({
      appointments: [],
      counts: { total: 0, booked: 0, checked_in: 0, no_show: 0, cancelled: 0, completed: 0 },
    });
    await expect(dayAtLocation(location.id, "2026-02-30", database.prisma)).rejects.toBeInstanceOf(ValidationError);
    await expect(dayAtLocation("not-a-location", "2026-03-29", database.prisma)).rejects.toBeInstanceOf(
      ValidationError,
    );
    await expect(
      dayAtLocation("00000000-0000-4000-8000-000000000000", "2026-03-29", database.prisma),
    ).rejects.toBeInstanceOf(NotFoundError);
  });
});
