// The queue's staff routes through the real door against a real PostgreSQL: the desk chosen, a
// number drawn at the front desk (and a bad phone number refused with nothing stored), the call and
// the finish with their audit events, an admin refused at the desk, and the admin's renewal of the
// display link (the old one answers 404) and the daily limit. Only next-auth's session reader and
// the request's cookie jar are replaced.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { POST as displayPost } from "@/app/staff/admin/locations/[id]/display/route";
import { POST as callPost } from "@/app/staff/queue/call/route";
import { POST as deskPost } from "@/app/staff/queue/desk/route";
import { POST as stepPost } from "@/app/staff/queue/step/route";
import { POST as ticketPost } from "@/app/staff/queue/ticket/route";
import type { StaffRole } from "@/lib/generated/prisma/enums";
import { createTestLocation } from "@/tests/booking";
import { createTestDatabase, type TestDatabase } from "@/tests/database";
import { getQueueDisplay } from "./api";

const signedIn = vi.hoisted(() => ({
  session: null as null | { staff: { id: string; role: string; name: string; email: string; secondFactor: boolean } },
}));
const jar = vi.hoisted(() => new Map<string, string>());
vi.mock("next-auth/next", () => ({
  getServerSession: async () => (await import("@/tests/staff-session")).withServerSession(signedIn.session),
}));
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: (name: string) => (jar.has(name) ? { name, value: jar.get(name) } : undefined) }),
}));

let database: TestDatabase;
let locationId: string;

beforeAll(async () => {
  database = await createTestDatabase("queue_routes");
  (globalThis as { zugangPrisma?: unknown }).zugangPrisma = database.prisma;
  locationId = (await createTestLocation(database.prisma, { capacity: 2 })).id;
});
afterAll(async () => {
  (globalThis as { zugangPrisma?: unknown }).zugangPrisma = undefined;
  await database.drop();
});

/** A staff member signed in; front desk and caseworkers work at the test's location (or at those given). */
async function signInAs(role: StaffRole, locations: string[] = role === "admin" ? [] : [locationId]) {
  const staff = await database.prisma.staffUser.create({
    data: {
      email: `staff-${randomBytes(4).toString("hex")}@zugang.example`,
      name: "Test",
      role,
      passwordHash: "x",
      locations: { create: locations.map((id) => ({ locationId: id })) },
    },
  });
  signedIn.session = { staff: { id: staff.id, role, name: "Test", email: staff.email, secondFactor: false } };
  return staff;
}

const post = (path: string, fields: Record<string, string>) =>
  new Request(`http://portal.test${path}`, {
    method: "POST",
    headers: { host: "portal.test", origin: "http://portal.test", "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams(fields).toString(),
  });
const noParams = { params: Promise.resolve({}) };
const where = (response: Response) => new URL(response.headers.get("location") ?? "", "http://portal.test");
const actions = async (entityId: string) =>
  (await database.prisma.auditLog.findMany({ where: { entityId }, orderBy: { createdAt: "asc" } })).map(
    (row) => row.action,
  );

describe("the desk's posts", () => {
  it("choose the desk, draw a number, call it and finish it, each recorded; an admin may not work a desk", async () => {
    const frontDesk = await signInAs("front_desk");
    const refused = await deskPost(post("/staff/queue/desk", { locationId, desk: "" }), noParams);
    expect(where(refused).searchParams.get("problem")).toBe("bad-desk");
    const chosen = await deskPost(post("/staff/queue/desk", { locationId, desk: "Platz 4" }), noParams);
    expect(chosen.status).toBe(303);
    const cookie = chosen.headers.get("set-cookie") ?? "";
    const [name, value] = cookie.split(";")[0].split("=");
    jar.set(name, decodeURIComponent(value));

    const bad = await ticketPost(post("/staff/queue/ticket", { locationId, phone: "ruf mich an" }), noParams);
    expect(Object.fromEntries(where(bad).searchParams)).toMatchObject({ problem: "bad-ticket", detail: "Telefon" });
    expect(await database.prisma.queueTicket.count({ where: { locationId } })).toBe(0);

    const drawn = await ticketPost(
      post("/staff/queue/ticket", { locationId, requestType: "change-report", phone: "0171 2345678", language: "de" }),
      noParams,
    );
    expect(Object.fromEntries(where(drawn).searchParams)).toMatchObject({
      done: "drawn",
      number: "A001",
      position: "1",
    });
    const ticket = await database.prisma.queueTicket.findFirstOrThrow({ where: { locationId } });
    expect(ticket).toMatchObject({ drawnByStaffId: frontDesk.id, phone: "+491712345678" });

    const called = await callPost(post("/staff/queue/call", { expected: "A001" }), noParams);
    expect(Object.fromEntries(where(called).searchParams)).toMatchObject({ done: "called", number: "A001" });
    expect(where(called).searchParams.has("instead")).toBe(false);
    const nobody = await callPost(post("/staff/queue/call", { expected: "" }), noParams);
    expect(where(nobody).searchParams.get("problem")).toBe("nobody-waiting");

    const unknownOutcome = await stepPost(
      post("/staff/queue/step", { step: "finish", ticket: ticket.id, outcome: "whatever" }),
      noParams,
    );
    expect(where(unknownOutcome).searchParams.get("problem")).toBe("bad-step");
    const finished = await stepPost(
      post("/staff/queue/step", { step: "finish", ticket: ticket.id, outcome: "done" }),
      noParams,
    );
    expect(where(finished).searchParams.get("done")).toBe("finish");
    const again = await stepPost(post("/staff/queue/step", { step: "recall", ticket: ticket.id }), noParams);
    expect(where(again).searchParams.get("problem")).toBe("not-at-this-desk");
    expect(await actions(ticket.id)).toEqual(["queue.ticket-drawn", "queue.ticket-changed", "queue.ticket-changed"]);

    await signInAs("admin");
    expect((await callPost(post("/staff/queue/call", {}), noParams)).status).toBe(403);
    expect((await ticketPost(post("/staff/queue/ticket", { locationId }), noParams)).status).toBe(403);
  });
});

describe("the desk's posts at another location", () => {
  it("answer 403 and change nothing: choosing the desk, drawing a number, calling and a step there", async () => {
    const other = (await createTestLocation(database.prisma, { capacity: 2 })).id;
    await signInAs("front_desk", [locationId]);
    const desk = await deskPost(post("/staff/queue/desk", { locationId: other, desk: "Platz 9" }), noParams);
    expect(desk.status).toBe(403);
    expect(await desk.text()).toBe("Dieser Standort ist Ihrem Konto nicht zugeordnet.");
    expect(desk.headers.get("set-cookie")).toBeNull();
    const drawn = await ticketPost(post("/staff/queue/ticket", { locationId: other, language: "de" }), noParams);
    expect(drawn.status).toBe(403);
    expect(await database.prisma.queueTicket.count({ where: { locationId: other } })).toBe(0);

    // A number waits there (drawn by a colleague of that location); a desk cookie naming it does not reach it.
    await signInAs("front_desk", [other]);
    expect(
      (await ticketPost(post("/staff/queue/ticket", { locationId: other, language: "de" }), noParams)).status,
    ).toBe(303);
    const waiting = await database.prisma.queueTicket.findFirstOrThrow({ where: { locationId: other } });
    await signInAs("front_desk", [locationId]);
    jar.set("zugang_queue_desk", JSON.stringify({ locationId: other, desk: "Platz 9" }));
    expect((await callPost(post("/staff/queue/call", { expected: "" }), noParams)).status).toBe(403);
    expect((await stepPost(post("/staff/queue/step", { step: "recall", ticket: waiting.id }), noParams)).status).toBe(
      403,
    );
    expect(await database.prisma.queueTicket.findUniqueOrThrow({ where: { id: waiting.id } })).toMatchObject({
      status: "waiting",
    });
    expect(await actions(waiting.id)).toEqual(["queue.ticket-drawn"]);

    // An account without any location works at none.
    await signInAs("front_desk", []);
    expect((await ticketPost(post("/staff/queue/ticket", { locationId, language: "de" }), noParams)).status).toBe(403);
    jar.delete("zugang_queue_desk");
  });
});

describe("the admin's call display settings", () => {
  it("renews the link (the old one answers 404) and keeps the daily limit in range", async () => {
    await signInAs("admin");
    const params = { params: Promise.resolve({ id: locationId }) };
    const { displayToken: old } = await database.prisma.queueLocation.findUniqueOrThrow({ where: { locationId } });
    const display = (token: string) =>
      getQueueDisplay(new Request(`http://portal.test/api/v1/queue/display?token=${token}`));
    expect((await display(old)).status).toBe(200);
    const renewed = await displayPost(
      post(`/staff/admin/locations/${locationId}/display`, { intent: "renew" }),
      params,
    );
    expect(where(renewed).searchParams.get("notice")).toBe("display-renewed");
    const { displayToken } = await database.prisma.queueLocation.findUniqueOrThrow({ where: { locationId } });
    expect(displayToken).not.toBe(old);
    expect((await display(old)).status).toBe(404);
    expect((await display(displayToken)).status).toBe(200);

    const refused = await displayPost(
      post(`/staff/admin/locations/${locationId}/display`, {
        intent: "settings",
        dailyLimit: "1000",
        secondLanguage: "xx",
      }),
      params,
    );
    expect(Object.fromEntries(where(refused).searchParams)).toMatchObject({
      form: "display",
      "p.dailyLimit": expect.any(String),
      "p.secondLanguage": expect.any(String),
      "v.dailyLimit": "1000",
    });
    const saved = await displayPost(
      post(`/staff/admin/locations/${locationId}/display`, {
        intent: "settings",
        dailyLimit: "40",
        secondLanguage: "tr",
      }),
      params,
    );
    expect(where(saved).searchParams.get("notice")).toBe("saved");
    expect(await database.prisma.queueLocation.findUniqueOrThrow({ where: { locationId } })).toMatchObject({
      dailyLimit: 40,
      secondLanguage: "tr",
    });
    expect(await actions(locationId)).toEqual(["queue.display-renewed", "location.updated"]);
  });
});
