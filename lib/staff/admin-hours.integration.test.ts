// The admin's opening hours post against a real PostgreSQL, through the real route handler and the
// door: a post with no fields, and one whose rows lack a day, are refused with a message and leave
// the location's hours as they were; the whole table still saves. Only next-auth's session reader
// is replaced (by the admin the test signs in as).
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { POST as hoursPost } from "@/app/staff/admin/locations/[id]/hours/route";
import { POST as detailsPost } from "@/app/staff/admin/locations/[id]/details/route";
import { bookSlot } from "@/lib/booking";
import { berlinDate, isoWeekday } from "@/lib/time";
import { bookingRequest, createTestLocation, slotStart } from "@/tests/booking";
import { createTestDatabase, type TestDatabase } from "@/tests/database";
import { hashPassword } from "./passwords";

const signedIn = vi.hoisted(() => ({
  session: null as null | { staff: { id: string; role: string; name: string; email: string; secondFactor: boolean } },
}));
vi.mock("next-auth/next", () => ({
  getServerSession: async () => (await import("@/tests/staff-session")).withServerSession(signedIn.session),
}));

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase("staff_admin_hours");
  (globalThis as { zugangPrisma?: unknown }).zugangPrisma = database.prisma;
  const admin = await database.prisma.staffUser.create({
    data: {
      email: `admin-${randomBytes(4).toString("hex")}@zugang.example`,
      name: "Test",
      role: "admin",
      passwordHash: await hashPassword("ein langes passwort"),
    },
  });
  signedIn.session = { staff: { id: admin.id, role: "admin", name: "Test", email: admin.email, secondFactor: false } };
});

afterAll(async () => {
  (globalThis as { zugangPrisma?: unknown }).zugangPrisma = undefined;
  await database.drop();
});

function post(path: string, body: string) {
  return new Request(`http://portal.test${path}`, {
    method: "POST",
    headers: { host: "portal.test", origin: "http://portal.test", "content-type": "application/x-www-form-urlencoded" },
    body,
  });
}

const hoursOf = (locationId: string) =>
  database.prisma.openingHours.findMany({
    where: { locationId },
    orderBy: [{ weekday: "asc" }, { opensAt: "asc" }],
    select: { weekday: true, opensAt: true, closesAt: true, capacity: true, frontDeskReserve: true, walkIn: true },
  });

/** One row of the table as the form posts it. */
const row = (index: number, values: Record<string, string>) =>
  Object.entries(values).map(([field, value]) => [`row-${index}-${field}`, value]);

describe("the opening hours post", () => {
  it("refuses a post with no fields and one with a day missing; the hours stay; the whole table saves", async () => {
    const location = await createTestLocation(database.prisma, { capacity: 2 });
    const before = await hoursOf(location.id);
    expect(before).toHaveLength(7);
    const send = (body: string) =>
      hoursPost(post(`/staff/admin/locations/${location.id}/hours`, body), {
        params: Promise.resolve({ id: location.id }),
      });
    const refusal = (answer: Response) => {
      expect(answer.status).toBe(303);
      const back = new URL(answer.headers.get("location") ?? "", "http://portal.test");
      expect(back.searchParams.get("form")).toBe("hours");
      return (
        back.searchParams.get("p.hours") ?? [...back.searchParams.entries()].find(([key]) => key.startsWith("p."))?.[1]
      );
    };

    expect(refusal(await send(""))).toMatch(/unvollständig angekommen; es wurde nichts geändert/);
    expect(await hoursOf(location.id)).toEqual(before);

    // Two rows, the second without its weekday: not the form as the admin saw it.
    const dayMissing = new URLSearchParams([
      ...row(0, { weekday: "1", opensAt: "08:00", closesAt: "12:00", capacity: "2", frontDeskReserve: "0" }),
      ...row(1, { opensAt: "08:00", closesAt: "12:00", capacity: "2", frontDeskReserve: "0" }),
    ]);
    expect(refusal(await send(dayMissing.toString()))).toMatch(/unvollständig angekommen/);
    expect(await hoursOf(location.id)).toEqual(before);

    // The whole table (a filled row and an empty one) replaces the week.
    const whole = new URLSearchParams([
      ...row(0, { weekday: "1", opensAt: "08:00", closesAt: "12:00", capacity: "2", frontDeskReserve: "0" }),
      ...row(1, { weekday: "", opensAt: "", closesAt: "", capacity: "", frontDeskReserve: "" }),
    ]);
    const saved = await send(whole.toString());
    expect(saved.headers.get("location")).toBe(`/staff/admin/locations/${location.id}?notice=hours-saved#hours`);
    expect(await hoursOf(location.id)).toEqual([
      { weekday: 1, opensAt: "08:00", closesAt: "12:00", capacity: 2, frontDeskReserve: 0, walkIn: false },
    ]);
  });

  it("hours that drop a booked appointment list it first; confirmed, it is cancelled and the person told", async () => {
    const location = await createTestLocation(database.prisma, { capacity: 2 });
    const start = slotStart(4, "15:00");
    const booked = await bookSlot(bookingRequest(location.id, start, 1), { client: database.prisma });
    const before = await hoursOf(location.id);
    // Every day 08:00–12:00: the appointment at 15:00 falls outside.
    const shorter = new URLSearchParams(
      [1, 2, 3, 4, 5, 6, 7].flatMap((weekday, index) =>
        row(index, {
          weekday: String(weekday),
          opensAt: "08:00",
          closesAt: "12:00",
          capacity: "2",
          frontDeskReserve: "0",
        }),
      ),
    );
    const send = (body: string) =>
      hoursPost(post(`/staff/admin/locations/${location.id}/hours`, body), {
        params: Promise.resolve({ id: location.id }),
      });
    const asked = await send(shorter.toString());
    const question = new URL(asked.headers.get("location") ?? "", "http://portal.test");
    expect(question.pathname).toBe(`/staff/admin/locations/${location.id}/hours/confirm`);
    expect(await hoursOf(location.id)).toEqual(before);
    expect((await database.prisma.appointment.findUniqueOrThrow({ where: { id: booked.id } })).status).toBe("booked");

    // A confirmation naming other appointments than those booked now is asked again.
    const draft = question.searchParams.get("draft") ?? "";
    const wrong = await send(new URLSearchParams({ draft, confirm: "cancel-booked" }).toString());
    expect(new URL(wrong.headers.get("location") ?? "", "http://portal.test").pathname).toBe(question.pathname);
    expect(await hoursOf(location.id)).toEqual(before);

    const confirmed = await send(
      new URLSearchParams({ draft, confirm: "cancel-booked", appointment: booked.id }).toString(),
    );
    expect(confirmed.headers.get("location")).toBe(
      `/staff/admin/locations/${location.id}?notice=hours-saved-cancelled#hours`,
    );
    expect((await database.prisma.appointment.findUniqueOrThrow({ where: { id: booked.id } })).status).toBe(
      "cancelled",
    );
    expect(
      await database.prisma.notificationOutbox.count({ where: { appointmentId: booked.id, kind: "cancellation" } }),
    ).toBe(1);
    const saved = await hoursOf(location.id);
    expect(saved).toHaveLength(7);
    expect(saved.find((period) => period.weekday === isoWeekday(berlinDate(start)))?.closesAt).toBe("12:00");
  });

  it("refuses a details post without a field the form always sends; nothing changes", async () => {
    const location = await createTestLocation(database.prisma, { capacity: 1 });
    await database.prisma.location.update({ where: { id: location.id }, data: { accessibilityNotes: "Aufzug links" } });
    const partial = new URLSearchParams({ street: "Neue Straße 2", postalCode: "68161", city: "Mannheim", state: "" });
    const answer = await detailsPost(post(`/staff/admin/locations/${location.id}/details`, partial.toString()), {
      params: Promise.resolve({ id: location.id }),
    });
    expect(answer.headers.get("location")).toContain("form=details");
    expect(await database.prisma.location.findUniqueOrThrow({ where: { id: location.id } })).toMatchObject({
      street: "Teststraße 1",
      accessibilityNotes: "Aufzug links",
    });
  });
});
