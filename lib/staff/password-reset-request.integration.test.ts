// "Passwort vergessen?" against a real PostgreSQL, through the real route handler: the account's
// address gets a link in the outbox (the same kind of link an admin sends, worded for a request of
// one's own) with an audit row; an unknown or deactivated address gets the same answer and nothing;
// a badly written address is refused with its message; the fourth request for one address within
// the hour, and the eleventh from one client, are refused before anything is looked up.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as sendPost } from "@/app/staff/password-reset/send/route";
import { createTestDatabase, type TestDatabase } from "@/tests/database";
import { hashPassword } from "./passwords";
import { requestPasswordResetLink, RESET_REQUEST_LIMITS } from "./password-reset";

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase("staff_password_reset_request", { reference: false });
  (globalThis as { zugangPrisma?: unknown }).zugangPrisma = database.prisma;
});

afterAll(async () => {
  (globalThis as { zugangPrisma?: unknown }).zugangPrisma = undefined;
  await database.drop();
});

async function createStaff(active = true) {
  return database.prisma.staffUser.create({
    data: {
      email: `forgot-${randomBytes(4).toString("hex")}@zugang.example`,
      name: "Vera Vergessen",
      role: "front_desk",
      active,
      passwordHash: await hashPassword("ein langes altes passwort"),
    },
  });
}

const messagesTo = (email: string) =>
  database.prisma.notificationOutbox.findMany({ where: { kind: "password-reset", recipient: email } });

function send(email: string, origin = "http://portal.test") {
  return sendPost(
    new Request("http://portal.test/staff/password-reset/send", {
      method: "POST",
      headers: { host: "portal.test", origin, "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ email }).toString(),
    }),
  );
}

describe("asking for a password reset link", () => {
  it("sends a link to the account's address, and says the same for an address without an active account", async () => {
    const staff = await createStaff();
    const answer = await send(`  ${staff.email.toUpperCase()} `);
    expect(answer.status).toBe(303);
    expect(answer.headers.get("location")).toBe("/staff/password-reset?result=requested");
    const [message] = await messagesTo(staff.email);
    expect(message.body).toContain(
      "auf der Anmeldeseite des Portals Zugang wurde für Ihr Dienstkonto ein Link angefordert",
    );
    expect(message.body).toMatch(/\/staff\/password-reset\/[A-Za-z0-9_-]{20,}/);
    const links = await database.prisma.staffPasswordReset.findMany({ where: { staffUserId: staff.id } });
    expect(links).toHaveLength(1);
    const [audit] = await database.prisma.auditLog.findMany({
      where: { action: "staff.password-reset-requested", entityId: staff.id },
    });
    expect(audit).toMatchObject({ staffUserId: staff.id });

    const inactive = await createStaff(false);
    for (const email of ["niemand@zugang.example", inactive.email]) {
      const other = await send(email);
      expect(other.headers.get("location")).toBe("/staff/password-reset?result=requested");
      expect(await messagesTo(email)).toHaveLength(0);
    }
    expect(await database.prisma.staffPasswordReset.count({ where: { staffUserId: inactive.id } })).toBe(0);
  });

  it("refuses a badly written address, and another site's post", async () => {
    expect((await send("kein-at-zeichen")).headers.get("location")).toBe("/staff/password-reset?result=invalid-email");
    const foreign = await send("x@zugang.example", "https://evil.example");
    expect(foreign.status).toBe(403);
  });

  it("limits the links per address asked for and per client within the hour", async () => {
    const staff = await createStaff();
    const now = new Date("2026-12-08T09:10:00Z");
    const ask = (email: string, client: string) =>
      requestPasswordResetLink({ email, client }, { client: database.prisma, now });
    for (let n = 0; n < RESET_REQUEST_LIMITS.perAddressAskedFor; n++)
      expect(await ask(staff.email, `client-a-${n}`)).toBe("requested");
    expect(await ask(staff.email, "client-a-last")).toBe("too-many");
    // Each request replaced the link before: one open link, the newest.
    expect(await database.prisma.staffPasswordReset.count({ where: { staffUserId: staff.id, usedAt: null } })).toBe(1);
    for (let n = 0; n < RESET_REQUEST_LIMITS.perClient; n++)
      expect(await ask(`nobody-${n}@zugang.example`, "client-b")).toBe("requested");
    expect(await ask("nobody-else@zugang.example", "client-b")).toBe("too-many");
  });
});
