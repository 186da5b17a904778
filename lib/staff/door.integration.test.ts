// The staff door against a real PostgreSQL, through the real staff routes: another site's post,
// no session, a wrong role and bad input are refused before anything is written; a handler's change
// and its audit event commit together or not at all. Only next-auth's session reader is replaced
// (by the staff member a test signs in as); the database is real.
import { randomBytes } from "node:crypto";
import bcrypt from "bcryptjs";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { POST as checkInPost } from "@/app/staff/check-in/[reference]/confirm/route";
import { POST as unlockPost } from "@/app/staff/admin/sign-in-locks/unlock/route";
import { bookSlot } from "@/lib/booking/book";
import { checkIn } from "@/lib/booking/check-in";
import type { StaffRole } from "@/lib/generated/prisma/enums";
import { bookingRequest, createTestLocation, slotStart } from "@/tests/booking";
import { createTestDatabase, type TestDatabase } from "@/tests/database";
import { appointmentViewed } from "./audit";
import { staffPage, staffRoute } from "./door";
import { startStaffSession } from "./sessions";
import { UNSEEN_HEADER } from "@/lib/plain-post";

const signedIn = vi.hoisted(() => ({
  session: null as null | { staff: { id: string; role: string; name: string; email: string; sessionId: string } },
  requestHeaders: new Headers(),
}));
vi.mock("next-auth/next", () => ({ getServerSession: async () => signedIn.session }));
// A page's request headers, as proxy.ts passes them on.
vi.mock("next/headers", () => ({ headers: async () => signedIn.requestHeaders }));

let database: TestDatabase;
const staff = {} as Record<StaffRole, string>;
let locationId: string;

beforeAll(async () => {
  database = await createTestDatabase("staff_door");
  // The app's lazily created client (lib/db.ts) uses this database for the whole file.
  (globalThis as { zugangPrisma?: unknown }).zugangPrisma = database.prisma;
  const passwordHash = await bcrypt.hash("x", 4);
  for (const role of ["front_desk", "caseworker", "admin"] as const) {
    staff[role] = (
      await database.prisma.staffUser.create({
        data: { email: `${role}@zugang.example`, name: role, passwordHash, role },
      })
    ).id;
  }
  locationId = (await createTestLocation(database.prisma, { capacity: 20 })).id;
  // Front desk and caseworker work at the location of the appointments (lib/staff/locations.ts).
  await database.prisma.staffLocation.createMany({
    data: [staff.front_desk, staff.caseworker].map((staffUserId) => ({ staffUserId, locationId })),
  });
});

afterAll(async () => {
  (globalThis as { zugangPrisma?: unknown }).zugangPrisma = undefined;
  await database.drop();
});

beforeEach(() => {
  signedIn.session = null;
  signedIn.requestHeaders = new Headers();
});

async function signInAs(role: StaffRole) {
  const sessionId = await startStaffSession(staff[role], database.prisma);
  signedIn.session = { staff: { id: staff[role], role, name: role, email: `${role}@zugang.example`, sessionId } };
}

let slot = 0;
async function bookAppointment() {
  slot += 1;
  const booked = await bookSlot(bookingRequest(locationId, slotStart(3 + slot), slot), { client: database.prisma });
  return database.prisma.appointment.findUniqueOrThrow({ where: { id: booked.id } });
}

/** A post as a browser on this site sends it (or, with `origin`, as another site's form would). */
function post(path: string, body: string, options: { origin?: string; type?: string } = {}) {
  return new Request(`http://portal.test${path}`, {
    method: "POST",
    headers: {
      host: "portal.test",
      origin: options.origin ?? "http://portal.test",
      "content-type": options.type ?? "application/x-www-form-urlencoded",
    },
    body,
  });
}

const checkInRequest = (reference: string, options?: { origin?: string }, body = "") =>
  checkInPost(post(`/staff/check-in/${reference}/confirm`, body, options), { params: Promise.resolve({ reference }) });
const unlockRequest = (body: string, type?: string) =>
  unlockPost(post("/staff/admin/sign-in-locks/unlock", body, { type }), { params: Promise.resolve({}) });
const auditRows = (entityId: string) =>
  database.prisma.auditLog.findMany({ where: { entityId }, orderBy: { createdAt: "asc" } });
const statusOf = async (id: string) => (await database.prisma.appointment.findUniqueOrThrow({ where: { id } })).status;

describe("staffRoute refuses before anything is written", () => {
  it("another site's post: 403, checked first, even without a session", async () => {
    const appointment = await bookAppointment();
    const answer = await checkInRequest(appointment.reference, { origin: "https://evil.example" });
    expect(answer.status).toBe(403);
    expect(await answer.text()).toMatch(/^Anfrage von einer fremden Seite abgelehnt\. Das Portal ist unter http/);
    await signInAs("front_desk");
    expect((await checkInRequest(appointment.reference, { origin: "https://evil.example" })).status).toBe(403);
    expect(await statusOf(appointment.id)).toBe("booked");
    expect(await auditRows(appointment.id)).toEqual([]);
  });

  it("no session: 303 to the sign-in page, coming back to the page", async () => {
    const appointment = await bookAppointment();
    const answer = await checkInRequest(appointment.reference);
    expect(answer.status).toBe(303);
    expect(answer.headers.get("location")).toBe(
      `/staff/login?callbackUrl=${encodeURIComponent(`/staff/check-in/${appointment.reference}`)}`,
    );
    expect(await statusOf(appointment.id)).toBe("booked");
  });

  it("a role the table does not allow: 403 with a German text", async () => {
    const appointment = await bookAppointment();
    // Admins configure the portal; they do not handle people's appointments.
    await signInAs("admin");
    const answer = await checkInRequest(appointment.reference);
    expect(answer.status).toBe(403);
    expect(answer.headers.get("content-type")).toMatch(/^text\/plain/);
    expect(await answer.text()).toBe("Diese Aktion ist für Ihre Rolle nicht freigegeben.");
    expect(await statusOf(appointment.id)).toBe("booked");
    expect(await auditRows(appointment.id)).toEqual([]);
    await signInAs("front_desk");
    expect((await unlockRequest("scope=account&key=x%40zugang.example")).status).toBe(403);
  });

  it("input that does not parse: 400 with the route's message, for a form and for broken JSON", async () => {
    await signInAs("admin");
    for (const [body, type] of [
      ["scope=person&key=x", undefined],
      ["scope=account", undefined],
      ["scope=account&key=a%00b", undefined],
      ["{", "application/json"],
      ["", "text/plain"],
    ] as const) {
      const answer = await unlockRequest(body, type);
      expect(answer.status, body).toBe(400);
      expect(await answer.text()).toBe("Die Angaben zum Entsperren fehlen oder sind ungültig.");
    }
  });
});

describe("staffRoute runs the change and its audit event in one transaction", () => {
  it("checks the person in and records appointment.checked-in with actor, person and object", async () => {
    const appointment = await bookAppointment();
    await signInAs("front_desk");
    // Days ahead: without the confirmation nothing changes and nothing is recorded; the page asks.
    const unconfirmed = await checkInRequest(appointment.reference);
    expect(unconfirmed.headers.get("location")).toBe(`/staff/check-in/${appointment.reference}`);
    expect(await statusOf(appointment.id)).toBe("booked");
    expect(await auditRows(appointment.id)).toEqual([]);
    const answer = await checkInRequest(appointment.reference, undefined, "otherDay=confirmed");
    expect(answer.status).toBe(303);
    expect(answer.headers.get("location")).toBe(`/staff/check-in/${appointment.reference}?result=checked-in`);
    expect(await statusOf(appointment.id)).toBe("checked_in");
    const [event] = await auditRows(appointment.id);
    expect(event).toMatchObject({
      action: "appointment.checked-in",
      staffUserId: staff.front_desk,
      citizenId: appointment.citizenId,
      entityType: "appointment",
      entityId: appointment.id,
      details: { outcome: "checked-in" },
    });
    expect((await checkInRequest(appointment.reference)).headers.get("location")).toBe(
      `/staff/check-in/${appointment.reference}?result=already`,
    );
  });

  it("lifts a sign-in lock and records sign-in.unlocked with the admin (JSON input read alike)", async () => {
    const key = `locked-${randomBytes(3).toString("hex")}@zugang.example`;
    await database.prisma.signInThrottle.create({
      data: {
        scope: "account",
        key,
        failures: 5,
        lastFailureAt: new Date(),
        lockedUntil: new Date(Date.now() + 15 * 60_000),
      },
    });
    await signInAs("admin");
    const answer = await unlockRequest(JSON.stringify({ scope: "account", key }), "application/json");
    expect(answer.headers.get("location")).toBe("/staff/admin/sign-in-locks?result=unlocked");
    expect(await database.prisma.signInThrottle.count({ where: { key } })).toBe(0);
    expect(await auditRows(`account:${key}`)).toMatchObject([
      {
        action: "sign-in.unlocked",
        staffUserId: staff.admin,
        citizenId: null,
        entityType: "sign_in_throttle",
        details: { scope: "account", key },
      },
    ]);
    expect(
      (await unlockRequest(new URLSearchParams({ scope: "account", key }).toString())).headers.get("location"),
    ).toBe("/staff/admin/sign-in-locks?result=gone");
  });

  it("a handler that fails after its change and its audit event leaves neither", async () => {
    const appointment = await bookAppointment();
    const failing = staffRoute(
      { action: "appointment.check-in", input: z.object({ reference: z.string() }), returnTo: "/staff" },
      async ({ input, tx, audit }) => {
        const result = await checkIn(input.reference, { client: tx });
        await audit({
          action: "appointment.checked-in",
          citizenId: appointment.citizenId,
          object: { type: "appointment", id: appointment.id },
          details: { outcome: result!.outcome },
        });
        // Both are written in the transaction at this point.
        expect(await tx.auditLog.count({ where: { entityId: appointment.id } })).toBe(1);
        throw new Error("fails after the audit event");
      },
    );
    await signInAs("front_desk");
    await expect(
      failing(post("/staff/test", `reference=${appointment.reference}`), { params: Promise.resolve({}) }),
    ).rejects.toThrow("fails after the audit event");
    expect(await statusOf(appointment.id)).toBe("booked");
    expect(await auditRows(appointment.id)).toEqual([]);
  });
});

describe("staffPage", () => {
  // Next.js sets this from next.config.js's experimental.authInterrupts; forbidden() throws without it.
  beforeAll(() => {
    vi.stubEnv("__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS", "true");
  });
  afterAll(() => {
    vi.unstubAllEnvs();
  });

  const interrupt = async (promise: Promise<unknown>) => {
    const error = await promise.then(
      () => null,
      (thrown: unknown) => thrown as { digest?: string },
    );
    return error?.digest;
  };

  it("sends a visitor without a session to the sign-in page, coming back afterwards", async () => {
    expect(await interrupt(staffPage("feedback.read", { returnTo: "/staff/feedback" }))).toMatch(
      /^NEXT_REDIRECT;replace;\/staff\/login\?callbackUrl=%2Fstaff%2Ffeedback;307;/,
    );
  });

  it("answers a role the table does not allow with 403 (forbidden())", async () => {
    await signInAs("front_desk");
    expect(await interrupt(staffPage("feedback.read", { returnTo: "/staff/feedback" }))).toBe(
      "NEXT_HTTP_ERROR_FALLBACK;403",
    );
    await signInAs("caseworker");
    expect(await interrupt(staffPage("sign-in-locks.manage", { returnTo: "/staff/admin/sign-in-locks" }))).toBe(
      "NEXT_HTTP_ERROR_FALLBACK;403",
    );
  });

  it("returns the session of an allowed role", async () => {
    await signInAs("admin");
    const session = await staffPage("feedback.read", { returnTo: "/staff/feedback" });
    expect(session.staff).toMatchObject({ id: staff.admin, role: "admin" });
  });

  it("loads what a page shows after letting the staff member in, and records its view as a typed event", async () => {
    await signInAs("caseworker");
    const appointment = await bookAppointment();
    const { session, data } = await staffPage("appointment.view", {
      returnTo: "/staff/check-in/X",
      view: {
        load: async (session) => ({ appointment, loadedFor: session.staff.id }),
        event: ({ appointment }) => ({
          action: "appointment.viewed",
          citizenId: appointment.citizenId,
          object: { type: "appointment", id: appointment.id },
          details: {},
        }),
      },
    });
    expect(session.staff).toMatchObject({ id: staff.caseworker, role: "caseworker" });
    expect(data).toEqual({ appointment, loadedFor: staff.caseworker });
    expect(await auditRows(appointment.id)).toMatchObject([
      {
        action: "appointment.viewed",
        staffUserId: staff.caseworker,
        citizenId: appointment.citizenId,
        entityType: "appointment",
        details: {},
      },
    ]);
  });

  it("loads nothing and records nothing for a visitor the door turns away", async () => {
    const appointment = await bookAppointment();
    let loaded = false;
    const view = {
      load: async () => {
        loaded = true;
        return appointment;
      },
      event: appointmentViewed,
    };
    expect(await interrupt(staffPage("appointment.view", { returnTo: "/staff/check-in/X", view }))).toMatch(
      /^NEXT_REDIRECT;/,
    );
    await signInAs("admin");
    expect(await interrupt(staffPage("appointment.view", { returnTo: "/staff/check-in/X", view }))).toBe(
      "NEXT_HTTP_ERROR_FALLBACK;403",
    );
    expect(loaded).toBe(false);
    expect(await auditRows(appointment.id)).toEqual([]);
  });

  it("records nothing where the page shows nobody (the event is null)", async () => {
    await signInAs("caseworker");
    const before = await database.prisma.auditLog.count();
    const { data } = await staffPage("appointment.view", {
      returnTo: "/staff/check-in/X",
      view: { load: async () => null, event: appointmentViewed },
    });
    expect(data).toBeNull();
    expect(await database.prisma.auditLog.count()).toBe(before);
  });

  it("records nothing for a HEAD or prefetch request, which shows nobody anything", async () => {
    await signInAs("caseworker");
    const appointment = await bookAppointment();
    signedIn.requestHeaders = new Headers({ [UNSEEN_HEADER]: "1" });
    const { data } = await staffPage("appointment.view", {
      returnTo: "/staff/check-in/X",
      view: { load: async () => appointment, event: appointmentViewed },
    });
    expect(data).toBe(appointment);
    expect(await auditRows(appointment.id)).toEqual([]);
  });
});
