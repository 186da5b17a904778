// Location scoping against a real PostgreSQL: the one rule (an admin every location, everyone else
// the account's own, an account without any none), a page's assertLocation (403 through forbidden()),
// and the door's location() in a route handler (403 in the door's words, the transaction's change
// rolled back), through the real staff routes of the front desk. Only next-auth's session reader is
// replaced (by the staff member a test signs in as).
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { POST as cancelPost } from "@/app/staff/front-desk/cancel/confirm/route";
import { POST as checkInByCodePost } from "@/app/staff/front-desk/check-in/confirm/route";
import { GET as exportGet } from "@/app/staff/front-desk/export/route";
import { POST as rebookPost } from "@/app/staff/front-desk/rebook/save/route";
import { POST as qrCheckInPost } from "@/app/staff/check-in/[reference]/confirm/route";
import { bookSlot } from "@/lib/booking/book";
import type { StaffRole } from "@/lib/generated/prisma/enums";
import { bookingRequest, createTestLocation, slotStart } from "@/tests/booking";
import { createTestDatabase, type TestDatabase } from "@/tests/database";
import { berlinDate } from "@/lib/time";
import { staffRoute } from "./door";
import { assertLocation, hasNoLocation, inScope, locationsOf, scopeIds, withinScope } from "./locations";

const signedIn = vi.hoisted(() => ({
  session: null as null | { staff: { id: string; role: string; name: string; email: string; secondFactor: boolean } },
}));
vi.mock("next-auth/next", () => ({
  getServerSession: async () => (await import("@/tests/staff-session")).withServerSession(signedIn.session),
}));

let database: TestDatabase;
let here: string;
let there: string;

beforeAll(async () => {
  database = await createTestDatabase("staff_locations");
  (globalThis as { zugangPrisma?: unknown }).zugangPrisma = database.prisma;
  here = (await createTestLocation(database.prisma, { capacity: 20 })).id;
  there = (await createTestLocation(database.prisma, { capacity: 20 })).id;
  // forbidden() throws only where next.config.js turns on experimental.authInterrupts.
  vi.stubEnv("__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS", "true");
});
afterAll(async () => {
  vi.unstubAllEnvs();
  (globalThis as { zugangPrisma?: unknown }).zugangPrisma = undefined;
  await database.drop();
});

/** A new account of the role, working at the locations given, signed in. */
async function signInAs(role: StaffRole, locations: string[]) {
  const staff = await database.prisma.staffUser.create({
    data: {
      email: `staff-${randomBytes(4).toString("hex")}@zugang.example`,
      name: "Test",
      role,
      passwordHash: "x",
      locations: { create: locations.map((locationId) => ({ locationId })) },
    },
  });
  const session = { staff: { id: staff.id, role, name: "Test", email: staff.email, secondFactor: false } };
  signedIn.session = session;
  return session;
}

let slot = 0;
async function bookAt(locationId: string) {
  slot += 1;
  const booked = await bookSlot(bookingRequest(locationId, slotStart(3 + slot), slot), { client: database.prisma });
  return database.prisma.appointment.findUniqueOrThrow({ where: { id: booked.id } });
}

const request = (path: string, body?: Record<string, string>) =>
  new Request(`http://portal.test${path}`, {
    method: body ? "POST" : "GET",
    headers: { host: "portal.test", origin: "http://portal.test", "content-type": "application/x-www-form-urlencoded" },
    ...(body ? { body: new URLSearchParams(body).toString() } : {}),
  });
const noParams = { params: Promise.resolve({}) };
const statusOf = async (id: string) =>
  (await database.prisma.appointment.findUniqueOrThrow({ where: { id }, select: { status: true } })).status;
const auditCount = (entityId: string) => database.prisma.auditLog.count({ where: { entityId } });

describe("the rule", () => {
  it("gives an admin every location, everyone else the account's own, an account without any none", async () => {
    const admin = await signInAs("admin", []);
    const adminScope = await locationsOf(admin);
    expect(adminScope.everywhere).toBe(true);
    expect(inScope(adminScope, there)).toBe(true);
    expect(scopeIds(adminScope)).toBeNull();
    expect(hasNoLocation(adminScope)).toBe(false);

    const frontDesk = await signInAs("front_desk", [here]);
    const deskScope = await locationsOf(frontDesk);
    expect(inScope(deskScope, here)).toBe(true);
    expect(inScope(deskScope, there)).toBe(false);
    expect(inScope(deskScope, null)).toBe(false);
    expect(scopeIds(deskScope)).toEqual([here]);
    const list = [
      { id: there, name: "B" },
      { id: here, name: "A" },
    ];
    expect(withinScope(deskScope, list, (entry) => entry.id)).toEqual([{ id: here, name: "A" }]);

    const caseworker = await signInAs("caseworker", [here, there]);
    expect(scopeIds(await locationsOf(caseworker))?.sort()).toEqual([here, there].sort());

    const nowhere = await signInAs("front_desk", []);
    const none = await locationsOf(nowhere);
    expect(hasNoLocation(none)).toBe(true);
    expect(inScope(none, here)).toBe(false);
    expect(withinScope(none, list, (entry) => entry.id)).toEqual([]);
  });

  it("a page's assertLocation passes the account's location and answers 403 for another", async () => {
    const frontDesk = await signInAs("front_desk", [here]);
    await expect(assertLocation(frontDesk, here)).resolves.toBeUndefined();
    const digest = (promise: Promise<unknown>) =>
      promise.then(
        () => null,
        (thrown: unknown) => (thrown as { digest?: string }).digest,
      );
    expect(await digest(assertLocation(frontDesk, there))).toBe("NEXT_HTTP_ERROR_FALLBACK;403");
    expect(await digest(assertLocation(frontDesk, undefined))).toBe("NEXT_HTTP_ERROR_FALLBACK;403");
    await expect(assertLocation(await signInAs("admin", []), there)).resolves.toBeUndefined();
  });
});

describe("the door's location() in a route handler", () => {
  it("answers 403 in German and rolls back what the handler changed before asking", async () => {
    const appointment = await bookAt(there);
    const route = staffRoute(
      { action: "appointment.check-in", input: z.object({}), returnTo: "/staff" },
      async ({ tx, location }) => {
        await tx.appointment.update({ where: { id: appointment.id }, data: { status: "checked_in" } });
        await location(appointment.locationId);
        return new Response("done");
      },
    );
    await signInAs("front_desk", [here]);
    const refused = await route(request("/staff/test", {}), noParams);
    expect(refused.status).toBe(403);
    expect(await refused.text()).toBe("Dieser Standort ist Ihrem Konto nicht zugeordnet.");
    expect(await statusOf(appointment.id)).toBe("booked");
    await signInAs("front_desk", [there]);
    expect(await (await route(request("/staff/test", {}), noParams)).text()).toBe("done");
    expect(await statusOf(appointment.id)).toBe("checked_in");
  });
});

describe("the front desk's posts at another location", () => {
  it("check-in (typed code and QR), cancel, rebook and the day's file answer 403 and change nothing", async () => {
    const appointment = await bookAt(there);
    const day = berlinDate(appointment.startsAt);
    await signInAs("front_desk", [here]);

    const typed = await checkInByCodePost(
      request("/staff/front-desk/check-in/confirm", { code: appointment.reference, otherDay: "confirmed" }),
      noParams,
    );
    expect(typed.status).toBe(403);
    const scanned = await qrCheckInPost(
      request(`/staff/check-in/${appointment.reference}/confirm`, { otherDay: "confirmed" }),
      { params: Promise.resolve({ reference: appointment.reference }) },
    );
    expect(scanned.status).toBe(403);
    const cancelled = await cancelPost(
      request("/staff/front-desk/cancel/confirm", { appointment: appointment.id, location: there, day }),
      noParams,
    );
    expect(cancelled.status).toBe(403);
    const moved = await rebookPost(
      request("/staff/front-desk/rebook/save", {
        appointment: appointment.id,
        start: slotStart(40).toISOString(),
        location: there,
        day,
      }),
      noParams,
    );
    expect(moved.status).toBe(403);
    const file = await exportGet(request(`/staff/front-desk/export?location=${there}&day=${day}`), noParams);
    expect(file.status).toBe(403);
    expect(await statusOf(appointment.id)).toBe("booked");
    expect(await auditCount(appointment.id)).toBe(0);
    expect(await auditCount(there)).toBe(0);

    // The same posts by the front desk of that location go through.
    await signInAs("front_desk", [there]);
    expect((await exportGet(request(`/staff/front-desk/export?location=${there}&day=${day}`), noParams)).status).toBe(
      200,
    );
    const checkedIn = await checkInByCodePost(
      request("/staff/front-desk/check-in/confirm", { code: appointment.reference, otherDay: "confirmed" }),
      noParams,
    );
    expect(checkedIn.status).toBe(303);
    expect(await statusOf(appointment.id)).toBe("checked_in");
  });
});
