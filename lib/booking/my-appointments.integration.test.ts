// A caseworker's own appointments: today's and the next days' at their locations (the staff room's
// location scoping names them), in order; video ones with the person's room link, open from ten
// minutes before the start.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/tests/database";
import { appointmentsOf } from "./my-appointments";

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase("own_appointments");
});
afterAll(() => database.drop());

describe("my appointments", () => {
  it("lists the caseworker's locations' appointments from today, with the video room open from ten minutes before", async () => {
    const prisma = database.prisma;
    const [mine, other] = await Promise.all(
      ["mine", "other"].map((slug) =>
        prisma.location.create({
          data: {
            slug: `${slug}-${randomUUID().slice(0, 6)}`,
            name: slug === "mine" ? "Mein Standort" : "Anderer Standort",
          },
        }),
      ),
    );
    const person = await prisma.citizen.create({ data: { name: "Olena Kovalenko" } });
    const now = new Date();
    const at = (minutes: number) => new Date(now.getTime() + minutes * 60_000);
    const book = (
      locationId: string,
      start: Date,
      channel: "video" | "in_person",
      status: "booked" | "cancelled" = "booked",
    ) =>
      prisma.appointment.create({
        data: {
          reference: randomUUID().slice(0, 9),
          requestTypeKey: "job-counselling",
          channel,
          locationId,
          startsAt: start,
          endsAt: new Date(start.getTime() + 30 * 60_000),
          citizenId: person.id,
          manageTokenHash: randomUUID(),
          status,
          roomName: channel === "video" ? `room-${randomUUID()}` : null,
        },
      });
    const soon = await book(mine.id, at(5), "video");
    const later = await book(mine.id, at(24 * 60), "video");
    await book(mine.id, at(60), "in_person", "cancelled");
    await book(other.id, at(30), "in_person");
    const list = await appointmentsOf([mine.id], now, 7, prisma);
    expect(list.map((appointment) => appointment.id)).toEqual([soon.id, later.id]);
    expect(list[0]).toMatchObject({ joinable: true, person: { id: person.id, name: "Olena Kovalenko" } });
    expect(list[0].roomUrl).toContain(soon.roomName);
    expect(list[1].joinable).toBe(false);
  });
});
