// A caseworker's own appointments: today's and the next days' at their locations (the staff room's
// location scoping names them), in order; video
// ones with the person's room link, open from ten minutes before the start; other days chosen, and
// many appointments paged by keyset with their total.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decodeCursor, PAGE_SIZE } from "@/lib/list-query";
import { addDays, berlinDate, berlinToUtc } from "@/lib/time";
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
    const { rows: list, total } = await appointmentsOf([mine.id], now, {}, {}, prisma);
    expect(total).toBe(2);
    expect(list.map((appointment) => appointment.id)).toEqual([soon.id, later.id]);
    expect(list[0]).toMatchObject({ joinable: true, person: { id: person.id, name: "Olena Kovalenko" } });
    expect(list[0].roomUrl).toContain(soon.roomName);
    expect(list[1].joinable).toBe(false);
  });

  it("chooses other days, and pages a long list by start with the total on every page", async () => {
    const prisma = database.prisma;
    const location = await prisma.location.create({
      data: { slug: `busy-${randomUUID().slice(0, 6)}`, name: "Voller Standort" },
    });
    const person = await prisma.citizen.create({ data: { name: "Viele Termine" } });
    const day = addDays(berlinDate(new Date()), 30);
    const count = 2 * PAGE_SIZE + 3;
    // Pairs share their start: the id decides between them.
    const rows = Array.from({ length: count }, (_, index) => {
      const startsAt = new Date(berlinToUtc(day, "08:00").getTime() + Math.floor(index / 2) * 5 * 60_000);
      return {
        id: randomUUID(),
        reference: randomUUID().slice(0, 9),
        requestTypeKey: "job-counselling",
        channel: "in_person" as const,
        locationId: location.id,
        startsAt,
        endsAt: new Date(startsAt.getTime() + 5 * 60_000),
        citizenId: person.id,
        manageTokenHash: randomUUID(),
      };
    });
    await prisma.appointment.createMany({ data: rows });
    const expected = rows
      .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || (a.id < b.id ? -1 : 1))
      .map((row) => row.id);
    const now = new Date();
    // Not among the next seven days; on the day chosen.
    expect((await appointmentsOf([location.id], now, {}, {}, prisma)).total).toBe(0);
    const seen: string[] = [];
    let page = await appointmentsOf([location.id], now, { from: day, to: day }, {}, prisma);
    for (;;) {
      expect(page.total).toBe(count);
      seen.push(...page.rows.map((row) => row.id));
      if (!page.next) break;
      page = await appointmentsOf(
        [location.id],
        now,
        { from: day, to: day },
        { after: decodeCursor(page.next) },
        prisma,
      );
    }
    expect(seen).toEqual(expected);
    const last = await appointmentsOf([location.id], now, { from: day }, { end: true }, prisma);
    expect(last.rows.map((row) => row.id)).toEqual(expected.slice(-PAGE_SIZE));
    expect((await appointmentsOf([location.id], now, { from: addDays(day, 1) }, {}, prisma)).total).toBe(0);
  });
});
