// Staff passwords their owners choose, against a real PostgreSQL, through the real route handlers and
// the door: a reset link sent by an admin (stored as a hash only, with an audit row and a German
// e-mail in the outbox) works once and for 24 hours; a password an admin set is changed first, before
// any other staff page or post; one's own change checks the current password and ends the other
// sessions. Only next-auth's session reader is replaced (by the staff member a test signs in as).
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { POST as changePost } from "@/app/staff/account/password/change/route";
import { POST as createPost } from "@/app/staff/admin/staff/create/route";
import { POST as adminPasswordPost } from "@/app/staff/admin/staff/[id]/password/route";
import { POST as resetLinkPost } from "@/app/staff/admin/staff/[id]/reset-link/route";
import { POST as savePost } from "@/app/staff/password-reset/[token]/save/route";
import type { StaffRole } from "@/lib/generated/prisma/enums";
import { hashToken } from "@/lib/tokens";
import { createTestDatabase, type TestDatabase } from "@/tests/database";
import { staffMemberNow } from "./auth";
import { staffPage } from "./door";
import { hashPassword, passwordMatches } from "./passwords";
import { passwordResetState, RESET_LINK_STATE_TEXTS, resetPasswordWithLink } from "./password-reset";
import { startStaffSession } from "./sessions";
import { attemptSignIn } from "./sign-in";

const signedIn = vi.hoisted(() => ({
  session: null as null | {
    staff: { id: string; role: string; name: string; email: string; secondFactor: boolean; sessionId?: string };
  },
}));
vi.mock("next-auth/next", () => ({
  getServerSession: async () => (await import("@/tests/staff-session")).withServerSession(signedIn.session),
}));

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase("staff_password_reset", { reference: false });
  (globalThis as { zugangPrisma?: unknown }).zugangPrisma = database.prisma;
});

afterAll(async () => {
  (globalThis as { zugangPrisma?: unknown }).zugangPrisma = undefined;
  await database.drop();
});

beforeEach(() => {
  signedIn.session = null;
});

const OLD_PASSWORD = "ein langes altes passwort";

async function createStaff(role: StaffRole, password = OLD_PASSWORD) {
  return database.prisma.staffUser.create({
    data: {
      email: `staff-${randomBytes(4).toString("hex")}@zugang.example`,
      name: "Renate Reset",
      role,
      passwordHash: await hashPassword(password),
    },
  });
}

function signInAs(staff: { id: string; role: StaffRole; email: string }, sessionId?: string) {
  signedIn.session = {
    staff: { id: staff.id, role: staff.role, name: "Test", email: staff.email, secondFactor: false, sessionId },
  };
}

function post(path: string, body: string) {
  return new Request(`http://portal.test${path}`, {
    method: "POST",
    headers: { host: "portal.test", origin: "http://portal.test", "content-type": "application/x-www-form-urlencoded" },
    body,
  });
}

const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
const noParams = { params: Promise.resolve({}) };

/** What a page's door throws instead of returning (redirect, 403), as Next.js digests. */
const interrupt = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (thrown: unknown) => (thrown as { digest?: string }).digest,
  );

/** The admin sends a reset link to the account; the token as the e-mail in the outbox carries it. */
async function sendLink(admin: { id: string; role: StaffRole; email: string }, staffId: string): Promise<string> {
  signInAs(admin);
  const answer = await resetLinkPost(post(`/staff/admin/staff/${staffId}/reset-link`, ""), {
    params: Promise.resolve({ id: staffId }),
  });
  expect(answer.headers.get("location")).toBe(`/staff/admin/staff/${staffId}?result=reset-link-sent`);
  signedIn.session = null;
  const staff = await database.prisma.staffUser.findUniqueOrThrow({ where: { id: staffId } });
  const [message] = await database.prisma.notificationOutbox.findMany({
    where: { recipient: staff.email, kind: "password-reset" },
    orderBy: { createdAt: "desc" },
    take: 1,
  });
  const token = /\/staff\/password-reset\/([A-Za-z0-9_-]+)/.exec(message.body)?.[1];
  expect(token).toBeDefined();
  return token!;
}

const signIn = (email: string, password: string) =>
  attemptSignIn(
    { email, password, address: `10.9.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}` },
    { client: database.prisma, sleep: async () => undefined },
  );

describe("a password reset link", () => {
  it("is sent through the outbox in German, stored only as its hash, recorded in the audit log, and sets a new password once", async () => {
    const admin = await createStaff("admin");
    const staff = await createStaff("caseworker");
    const elsewhere = await startStaffSession(staff.id, database.prisma);
    const token = await sendLink(admin, staff.id);

    const [message] = await database.prisma.notificationOutbox.findMany({ where: { recipient: staff.email } });
    expect(message).toMatchObject({ kind: "password-reset", transport: "email", status: "pending" });
    expect(message.subject).toBe("Zugang: Ihr Passwort neu setzen");
    expect(message.body).toContain("Guten Tag Renate Reset,");
    expect(message.body).toContain("Der Link gilt 24 Stunden");

    // Stored hashed: no column of the table holds the token itself.
    const rows = await database.prisma.$queryRaw<Record<string, unknown>[]>`SELECT * FROM staff_password_reset`;
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain(token);
    expect(rows[0].token_hash).toBe(hashToken(token));
    const hours = ((rows[0].expires_at as Date).getTime() - (rows[0].created_at as Date).getTime()) / 3_600_000;
    expect(hours).toBe(24);

    const [sent] = await database.prisma.auditLog.findMany({
      where: { action: "staff.password-reset-sent", entityId: staff.id },
    });
    expect(sent).toMatchObject({ staffUserId: admin.id, entityType: "staff_user" });
    expect((sent.details as { expiresAt: string }).expiresAt).toBe((rows[0].expires_at as Date).toISOString());

    // A refused form leaves the link usable.
    const save = (fields: Record<string, string>) =>
      savePost(post(`/staff/password-reset/${token}/save`, form(fields)), { params: Promise.resolve({ token }) });
    expect(
      (await save({ password: "ein neuer langer satz", repeat: "ein anderer satz" })).headers.get("location"),
    ).toBe(`/staff/password-reset/${token}?result=mismatch`);
    expect((await save({ password: "qwerty123456", repeat: "qwerty123456" })).headers.get("location")).toBe(
      `/staff/password-reset/${token}?result=common`,
    );
    expect(await passwordResetState(token, { client: database.prisma })).toBe("valid");

    const done = await save({ password: "ein neuer langer satz", repeat: "ein neuer langer satz" });
    expect(done.headers.get("location")).toBe("/staff/login?reset=1");
    expect(await signIn(staff.email, OLD_PASSWORD)).toBeNull();
    expect(await signIn(staff.email, "ein neuer langer satz")).toMatchObject({ id: staff.id });
    expect(
      await staffMemberNow({ id: staff.id, secondFactor: false, sessionId: elsewhere }, database.prisma),
    ).toBeNull();
    const [set] = await database.prisma.auditLog.findMany({
      where: { action: "staff.password-set", entityId: staff.id },
    });
    expect(set).toMatchObject({ staffUserId: staff.id, details: { by: "reset-link" } });

    // A second use is refused, in words, and changes nothing.
    expect(await passwordResetState(token, { client: database.prisma })).toBe("used");
    const again = await save({ password: "noch ein anderer satz", repeat: "noch ein anderer satz" });
    expect(again.headers.get("location")).toBe(`/staff/password-reset/${token}?result=used`);
    expect(RESET_LINK_STATE_TEXTS.used).toContain("schon benutzt");
    const account = await database.prisma.staffUser.findUniqueOrThrow({ where: { id: staff.id } });
    expect(await passwordMatches(account.passwordHash, "ein neuer langer satz")).toBe(true);
  });

  it("ends 24 hours after it was made, with a clear message", async () => {
    const admin = await createStaff("admin");
    const staff = await createStaff("front_desk");
    const token = await sendLink(admin, staff.id);
    const row = await database.prisma.staffPasswordReset.findUniqueOrThrow({ where: { tokenHash: hashToken(token) } });
    const justBefore = new Date(row.expiresAt.getTime() - 1000);
    expect(await passwordResetState(token, { client: database.prisma, now: justBefore })).toBe("valid");
    expect(await passwordResetState(token, { client: database.prisma, now: row.expiresAt })).toBe("expired");
    expect(
      await resetPasswordWithLink(
        token,
        { password: "ein neuer langer satz", repeat: "ein neuer langer satz" },
        { client: database.prisma, now: new Date(row.createdAt.getTime() + 25 * 3_600_000) },
      ),
    ).toBe("expired");
    expect(RESET_LINK_STATE_TEXTS.expired).toBe(
      "Dieser Link ist abgelaufen: Er gilt 24 Stunden. Fordern Sie unter „Passwort vergessen?“ einen neuen an, oder bitten Sie die Administration darum.",
    );
    // Through the route, after the database's clock has passed it too.
    await database.prisma.staffPasswordReset.update({
      where: { id: row.id },
      data: { createdAt: new Date(Date.now() - 25 * 3_600_000), expiresAt: new Date(Date.now() - 3_600_000) },
    });
    const answer = await savePost(
      post(
        `/staff/password-reset/${token}/save`,
        form({ password: "ein neuer satz hier", repeat: "ein neuer satz hier" }),
      ),
      { params: Promise.resolve({ token }) },
    );
    expect(answer.headers.get("location")).toBe(`/staff/password-reset/${token}?result=expired`);
    expect(await signIn(staff.email, OLD_PASSWORD)).toMatchObject({ id: staff.id });
  });

  it("is used once even when two posts race, a newer link replaces an older one, and nonsense finds nothing", async () => {
    const admin = await createStaff("admin");
    const staff = await createStaff("caseworker");
    const older = await sendLink(admin, staff.id);
    const token = await sendLink(admin, staff.id);
    expect(await passwordResetState(older, { client: database.prisma })).toBe("unknown");
    const outcomes = await Promise.all(
      ["erster paralleler satz", "zweiter paralleler satz"].map((password) =>
        resetPasswordWithLink(token, { password, repeat: password }, { client: database.prisma }),
      ),
    );
    expect(outcomes.sort()).toEqual(["password-set", "used"]);
    expect(await passwordResetState("kurz", { client: database.prisma })).toBe("unknown");
    expect(await passwordResetState(`${token.slice(0, -1)}A`, { client: database.prisma })).toBe("unknown");
    const nonsense = await savePost(post("/staff/password-reset/%00/save", form({ password: "x", repeat: "x" })), {
      params: Promise.resolve({ token: "\u0000" }),
    });
    expect(nonsense.status).toBe(303);
  });

  it("is refused from another site and not sent to a deactivated account; other roles may not send one", async () => {
    const admin = await createStaff("admin");
    const staff = await createStaff("caseworker");
    const token = await sendLink(admin, staff.id);
    const foreign = new Request(`http://portal.test/staff/password-reset/${token}/save`, {
      method: "POST",
      headers: { host: "portal.test", origin: "http://evil.test", "content-type": "application/x-www-form-urlencoded" },
      body: form({ password: "ein neuer langer satz", repeat: "ein neuer langer satz" }),
    });
    expect((await savePost(foreign, { params: Promise.resolve({ token }) })).status).toBe(403);
    expect(await passwordResetState(token, { client: database.prisma })).toBe("valid");

    await database.prisma.staffUser.update({ where: { id: staff.id }, data: { active: false } });
    expect(await passwordResetState(token, { client: database.prisma })).toBe("inactive");
    signInAs(admin);
    const refused = await resetLinkPost(post(`/staff/admin/staff/${staff.id}/reset-link`, ""), {
      params: Promise.resolve({ id: staff.id }),
    });
    expect(refused.headers.get("location")).toBe(`/staff/admin/staff/${staff.id}?result=inactive`);

    const desk = await createStaff("front_desk");
    signInAs(desk);
    const forbidden = await resetLinkPost(post(`/staff/admin/staff/${admin.id}/reset-link`, ""), {
      params: Promise.resolve({ id: admin.id }),
    });
    expect(forbidden.status).toBe(403);
    expect(await database.prisma.staffPasswordReset.count({ where: { staffUserId: admin.id } })).toBe(0);
  });
});

describe("a password an admin set", () => {
  it("is changed at the first sign-in: every other page and post is refused until then", async () => {
    const admin = await createStaff("admin");
    signInAs(admin);
    const email = `neu-${randomBytes(4).toString("hex")}@zugang.example`;
    const created = await createPost(
      post(
        "/staff/admin/staff/create",
        form({ name: "Neue Kollegin", email, role: "front_desk", password: "Frühling am Neckarufer" }),
      ),
      noParams,
    );
    expect(created.headers.get("location")).toMatch(/result=created/);
    const newcomer = await database.prisma.staffUser.findUniqueOrThrow({ where: { email } });
    expect(newcomer.mustChangePassword).toBe(true);

    signInAs(newcomer);
    expect(await interrupt(staffPage("staff.home", { returnTo: "/staff" }))).toMatch(
      /^NEXT_REDIRECT;replace;\/staff\/account\/password;307;/,
    );
    expect(await interrupt(staffPage("account.second-factor", { returnTo: "/staff" }))).toMatch(
      /^NEXT_REDIRECT;replace;\/staff\/account\/password;307;/,
    );
    expect((await staffPage("account.password", { returnTo: "/staff/account/password" })).staff).toMatchObject({
      mustChangePassword: true,
    });
    const refused = await resetLinkPost(post(`/staff/admin/staff/${admin.id}/reset-link`, ""), {
      params: Promise.resolve({ id: admin.id }),
    });
    expect(refused.status).toBe(403);

    const sessionId = await startStaffSession(newcomer.id, database.prisma);
    signInAs(newcomer, sessionId);
    const changed = await changePost(
      post(
        "/staff/account/password/change",
        form({
          current: "Frühling am Neckarufer",
          password: "mein eigener langer satz",
          repeat: "mein eigener langer satz",
        }),
      ),
      noParams,
    );
    expect(changed.headers.get("location")).toBe("/staff/account/password?result=changed");
    expect((await staffPage("staff.home", { returnTo: "/staff" })).staff).toMatchObject({ mustChangePassword: false });

    // The admin's "Passwort setzen" sets the flag again.
    signInAs(admin);
    const set = await adminPasswordPost(
      post(`/staff/admin/staff/${newcomer.id}/password`, "password=ein+admin+passwort+hier"),
      {
        params: Promise.resolve({ id: newcomer.id }),
      },
    );
    expect(set.headers.get("location")).toBe(`/staff/admin/staff/${newcomer.id}?result=password-set`);
    expect((await database.prisma.staffUser.findUniqueOrThrow({ where: { id: newcomer.id } })).mustChangePassword).toBe(
      true,
    );
    // A reset link clears it.
    const token = await sendLink(admin, newcomer.id);
    expect(
      await resetPasswordWithLink(
        token,
        { password: "wieder mein eigener satz", repeat: "wieder mein eigener satz" },
        { client: database.prisma },
      ),
    ).toBe("password-set");
    expect((await database.prisma.staffUser.findUniqueOrThrow({ where: { id: newcomer.id } })).mustChangePassword).toBe(
      false,
    );
  });
});

describe("one's own password", () => {
  it("needs the current one and the new one twice, and ends the account's other sessions but not this one", async () => {
    const staff = await createStaff("caseworker");
    const here = await startStaffSession(staff.id, database.prisma);
    const elsewhere = await startStaffSession(staff.id, database.prisma);
    signInAs(staff, here);
    const change = (fields: Record<string, string>) =>
      changePost(post("/staff/account/password/change", form(fields)), noParams).then((answer) =>
        answer.headers.get("location"),
      );
    const result = (code: string) => `/staff/account/password?result=${code}`;
    expect(
      await change({ current: "falsch falsch falsch", password: "ein neuer satz hier", repeat: "ein neuer satz hier" }),
    ).toBe(result("wrong-current"));
    expect(await change({ current: OLD_PASSWORD, password: "ein neuer satz hier", repeat: "ein neuer satz da" })).toBe(
      result("mismatch"),
    );
    expect(await change({ current: OLD_PASSWORD, password: "kurz", repeat: "kurz" })).toBe(result("too-short"));
    expect(await change({ current: OLD_PASSWORD, password: OLD_PASSWORD, repeat: OLD_PASSWORD })).toBe(result("same"));
    expect(
      await staffMemberNow({ id: staff.id, secondFactor: false, sessionId: elsewhere }, database.prisma),
    ).not.toBeNull();

    expect(
      await change({ current: OLD_PASSWORD, password: "ein neuer satz hier", repeat: "ein neuer satz hier" }),
    ).toBe(result("changed"));
    expect(
      await staffMemberNow({ id: staff.id, secondFactor: false, sessionId: elsewhere }, database.prisma),
    ).toBeNull();
    expect(await staffMemberNow({ id: staff.id, secondFactor: false, sessionId: here }, database.prisma)).toMatchObject(
      {
        id: staff.id,
      },
    );
    expect(await signIn(staff.email, OLD_PASSWORD)).toBeNull();
    expect(await signIn(staff.email, "ein neuer satz hier")).toMatchObject({ id: staff.id });
    const [set] = await database.prisma.auditLog.findMany({
      where: { action: "staff.password-set", entityId: staff.id },
    });
    expect(set).toMatchObject({ staffUserId: staff.id, details: { by: "own" } });
  });

  it("is not offered to a session of single sign-on, which has no password here", async () => {
    const staff = await createStaff("caseworker");
    const sessionId = await startStaffSession(staff.id, database.prisma);
    await database.prisma.staffUser.update({ where: { id: staff.id }, data: { mustChangePassword: true } });
    const now = await staffMemberNow(
      { id: staff.id, secondFactor: true, sessionId, singleSignOn: true },
      database.prisma,
    );
    expect(now).toMatchObject({ singleSignOn: true, mustChangePassword: false });
  });
});
