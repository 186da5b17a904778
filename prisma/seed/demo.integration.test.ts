// The demo appointments take their places like any booking: a demo slot they fill answers
// "taken" to one more booking, instead of being booked once over its capacity.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bookSlot } from "@/lib/booking/book";
import { createTestDatabase, type TestDatabase } from "@/tests/database";
import { seedDemoData } from "./demo";

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase("demoseed");
  await seedDemoData(database.prisma);
});

afterAll(async () => {
  await database.drop();
});

describe("demo appointments", () => {
  it("fill their slot's places, so a full demo slot refuses one more booking", async () => {
    const prisma = database.prisma;
    // Demo-Standort Nord has one bookable place per time (capacity 2, one kept for the front desk).
    const appointment = await prisma.appointment.findFirstOrThrow({
      where: { location: { slug: "demo-nord" }, reference: { startsWith: "DEMO-" } },
    });
    const units = await prisma.slotCapacity.findMany({
      where: { locationId: appointment.locationId, startsAt: { gte: appointment.startsAt, lt: appointment.endsAt } },
    });
    expect(units.length).toBeGreaterThan(0);
    expect(units.map((unit) => [unit.booked, unit.capacity])).toEqual(units.map(() => [1, 1]));

    const request = {
      requestType: appointment.requestTypeKey,
      channel: "in_person" as const,
      locationId: appointment.locationId,
      start: appointment.startsAt,
      person: { name: "One Too Many", email: "one.too.many@example.org" },
      language: "de" as const,
    };
    await expect(bookSlot(request, { client: prisma })).rejects.toMatchObject({ code: "slot-taken" });
    expect(
      await prisma.appointment.count({ where: { locationId: appointment.locationId, startsAt: appointment.startsAt } }),
    ).toBe(1);
  });

  it("every demo appointment holds the places of its time", async () => {
    const appointments = await database.prisma.appointment.findMany({ where: { reference: { startsWith: "DEMO-" } } });
    expect(appointments).toHaveLength(5);
    for (const appointment of appointments) {
      const units = await database.prisma.slotCapacity.findMany({
        where: { locationId: appointment.locationId, startsAt: { gte: appointment.startsAt, lt: appointment.endsAt } },
      });
      expect(units.length * 15 * 60_000, appointment.reference).toBe(
        appointment.endsAt.getTime() - appointment.startsAt.getTime(),
      );
      expect(units.every((unit) => unit.booked === 1)).toBe(true);
    }
  });
});
