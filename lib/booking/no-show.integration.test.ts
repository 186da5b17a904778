// No-shows: booked in-person appointments nobody checked in for, once start + grace has passed,
// counted in real minutes on the days the clocks change; younger ones and the rest are left alone.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { storeAppointment } from "@/tests/appointments";
import { createTestLocation } from "@/tests/booking";
import { createTestDatabase, type TestDatabase } from "@/tests/database";
import { markNoShows } from "./no-show";

let database: TestDatabase;
let locationId: string;

beforeAll(async () => {
  database = await createTestDatabase("noshow");
  locationId = (await createTestLocation(database.prisma, { capacity: 5 })).id;
});

afterAll(() => database.drop());

const status = async (id: string) => (await database.prisma.appointment.findUniqueOrThrow({ where: { id } })).status;
const at = (iso: string, extra: Partial<Parameters<typeof storeAppointment>[1]> = {}) =>
  storeAppointment(database.prisma, { locationId, startsAt: new Date(iso), ...extra });

describe("markNoShows", () => {
  it("on the day the clocks go back: the first 02:30 is past its grace, the second, an hour later, is not", async () => {
    const first = await at("2026-10-25T00:30:00Z"); // 02:30 CEST
    const second = await at("2026-10-25T01:30:00Z"); // 02:30 CET
    // 02:40 CET: a wall clock would see both at 02:30, ten minutes ago.
    expect(await markNoShows(new Date("2026-10-25T01:40:00Z"), { client: database.prisma })).toBe(1);
    expect([await status(first.id), await status(second.id)]).toEqual(["no_show", "booked"]);
    expect(await markNoShows(new Date("2026-10-25T01:46:00Z"), { client: database.prisma })).toBe(1);
    expect(await status(second.id)).toBe("no_show");
  });

  it("on the day the clocks go forward: 01:50 CET is ten minutes before 03:00 CEST, not seventy", async () => {
    const appointment = await at("2026-03-29T00:50:00Z"); // 01:50 CET
    expect(await markNoShows(new Date("2026-03-29T01:00:00Z"), { client: database.prisma })).toBe(0); // 03:00 CEST
    expect(await status(appointment.id)).toBe("booked");
    // Exactly at start + grace it is still on time; a minute later it is not.
    expect(await markNoShows(new Date("2026-03-29T01:05:00Z"), { client: database.prisma })).toBe(0);
    expect(await markNoShows(new Date("2026-03-29T01:06:00Z"), { client: database.prisma })).toBe(1);
    expect(await status(appointment.id)).toBe("no_show");
  });

  it("leaves checked-in, cancelled, completed and video appointments alone, and follows the grace time given", async () => {
    const start = "2026-12-01T08:00:00Z";
    const checkedIn = await at(start, { status: "checked_in", checkedInAt: new Date("2026-12-01T07:55:00Z") });
    const cancelled = await at(start, { status: "cancelled" });
    const completed = await at(start, { status: "completed" });
    const video = await at(start, { channel: "video" });
    const booked = await at(start);
    const now = new Date("2026-12-01T08:40:00Z");
    expect(await markNoShows(now, { client: database.prisma, graceMinutes: 60 })).toBe(0);
    expect(await markNoShows(now, { client: database.prisma })).toBe(1);
    expect(
      await Promise.all([checkedIn, cancelled, completed, video, booked].map((appointment) => status(appointment.id))),
    ).toEqual(["checked_in", "cancelled", "completed", "booked", "no_show"]);
  });
});
