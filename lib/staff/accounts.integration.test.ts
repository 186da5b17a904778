// Staff accounts against a real PostgreSQL: bcrypt hashes become argon2id at sign-in, the password
// policy, the second factor required for the admin role, the door's view of an account changed or
// deactivated after its sign-in, and an audit log the database refuses to rewrite.
import { randomBytes } from "node:crypto";
import bcrypt from "bcryptjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StaffRole } from "@/lib/generated/prisma/enums";
import { purgeExpiredData, RETENTION_DAYS } from "@/lib/retention";
import { createTestDatabase, type TestDatabase } from "@/tests/database";
import {
  createStaffAccount,
  resetSecondFactor,
  setAdminRequiresTotp,
  setStaffAccountActive,
  updateStaffAccount,
} from "./accounts";
import { auditAs } from "./audit";
import { staffForSingleSignOn, staffMemberNow } from "./auth";
import { hashPassword, passwordProblem } from "./passwords";
import { codeAt, newSecret, sealSecret } from "./second-factor";
import { confirmSecondFactor, secondFactorState, startSecondFactorSetup } from "./second-factor-setup";
import { startStaffSession } from "./sessions";
import { attemptSignIn } from "./sign-in";

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase("staff_accounts", { reference: false });
});

afterAll(async () => {
  await database.drop();
});

const unique = () => randomBytes(4).toString("hex");
const PASSWORD = "ein langer satz als passwort";

async function createStaff(role: StaffRole, passwordHash?: string) {
  return database.prisma.staffUser.create({
    data: {
      email: `staff-${unique()}@zugang.example`,
      name: "Test",
      role,
      passwordHash: passwordHash ?? (await hashPassword(PASSWORD)),
    },
  });
}

function signIn(email: string, password: string, code?: string, now = new Date()) {
  return attemptSignIn(
    { email, password, code, address: `10.9.${unique()}` },
    { client: database.prisma, now, sleep: async () => {} },
  );
}

/** Runs a change as the admin, in one transaction with its audit event, as the staff door does. */
function asAdmin<T>(
  adminId: string,
  change: (context: {
    tx: Parameters<Parameters<typeof database.prisma.$transaction>[0]>[0];
    audit: ReturnType<typeof auditAs>;
    actorId: string;
  }) => Promise<T>,
) {
  return database.prisma.$transaction((tx) => change({ tx, audit: auditAs(adminId, tx), actorId: adminId }));
}

describe("password hashes", () => {
  it("a bcrypt hash is replaced by argon2id at the next successful sign-in, and the password still works", async () => {
    const staff = await createStaff("front_desk", await bcrypt.hash(PASSWORD, 10));
    expect(await signIn(staff.email, "falsch-falsch-falsch")).toBeNull();
    expect((await database.prisma.staffUser.findUniqueOrThrow({ where: { id: staff.id } })).passwordHash).toMatch(
      /^\$2[aby]\$/,
    );
    expect(await signIn(staff.email, PASSWORD)).toMatchObject({ id: staff.id });
    const upgraded = (await database.prisma.staffUser.findUniqueOrThrow({ where: { id: staff.id } })).passwordHash;
    expect(upgraded).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await signIn(staff.email, PASSWORD)).toMatchObject({ id: staff.id });
    expect(await signIn(staff.email, "falsch-falsch-falsch")).toBeNull();
  });
});

describe("the password policy", () => {
  it("refuses a short and a common password, accepts a long uncommon one", () => {
    expect(passwordProblem("kurz-123")).toBe("too-short");
    expect(passwordProblem("elf Zeichen")).toBe("too-short");
    expect(passwordProblem("qwerty123456")).toBe("common");
    expect(passwordProblem("QWERTY123456")).toBe("common");
    expect(passwordProblem("1q2w3e4r5t6y")).toBe("common");
    expect(passwordProblem("Spargel wächst im Mai bei Schwetzingen")).toBeNull();
    expect(passwordProblem("x".repeat(201))).toBe("too-long");
  });

  it("a new account with a common password is refused and nothing is stored", async () => {
    const admin = await createStaff("admin");
    const email = `neu-${unique()}@zugang.example`;
    const refused = await asAdmin(admin.id, (context) =>
      createStaffAccount(context, { name: "Neu", email, role: "front_desk", password: "qwerty123456" }),
    );
    expect(refused).toMatchObject({ problems: { password: "common" }, kept: { email, role: "front_desk" } });
    expect(await database.prisma.staffUser.count({ where: { email } })).toBe(0);
    const created = await asAdmin(admin.id, (context) =>
      createStaffAccount(context, { name: "Neu", email, role: "front_desk", password: "Spargel wächst im Mai" }),
    );
    expect(created).toHaveProperty("created");
    expect(await signIn(email, "Spargel wächst im Mai")).toMatchObject({ email, role: "front_desk" });
    const [event] = await database.prisma.auditLog.findMany({
      where: { action: "staff.created", staffUserId: admin.id },
    });
    expect(event.details).toMatchObject({ email, role: "front_desk", locations: [] });
  });
});

describe("the second factor required for the admin role", () => {
  it("refuses a sign-in without the code and with a wrong code, accepts the right one once", async () => {
    const admin = await createStaff("admin");
    await asAdmin(admin.id, (context) => setAdminRequiresTotp(context, true));
    const secret = newSecret();
    await database.prisma.staffUser.update({
      where: { id: admin.id },
      data: { totpSecret: sealSecret(secret), totpEnabledAt: new Date() },
    });
    const now = new Date("2026-12-02T10:00:10Z");
    const right = codeAt(secret, now);
    const wrong = String((Number(right) + 1) % 1_000_000).padStart(6, "0");

    expect(await signIn(admin.email, PASSWORD, undefined, now)).toBeNull();
    expect(await signIn(admin.email, PASSWORD, wrong, now)).toBeNull();
    expect(await signIn(admin.email, "falsches passwort!", right, now)).toBeNull();
    expect(await signIn(admin.email, PASSWORD, right, now)).toMatchObject({ id: admin.id, secondFactor: true });
    // The same code again is refused; the previous step's code (clock 30 s behind) is within the window but older.
    expect(await signIn(admin.email, PASSWORD, right, now)).toBeNull();
    const next = new Date(now.getTime() + 30_000);
    expect(await signIn(admin.email, PASSWORD, codeAt(secret, next).replace(/(\d{3})/, "$1 "), next)).toMatchObject({
      id: admin.id,
    });

    const reasons = (
      await database.prisma.auditLog.findMany({
        where: { action: "sign-in.failed", entityId: admin.email },
        orderBy: { createdAt: "asc" },
      })
    ).map((entry) => (entry.details as { reason: string }).reason);
    expect(reasons).toEqual(["wrong-code", "wrong-code", "wrong-credentials", "wrong-code"]);

    // A session signed in without the code is not accepted for this admin; one with it is.
    const adminSession = await startStaffSession(admin.id, database.prisma);
    expect(
      await staffMemberNow({ id: admin.id, secondFactor: false, sessionId: adminSession }, database.prisma),
    ).toBeNull();
    expect(
      await staffMemberNow({ id: admin.id, secondFactor: true, sessionId: adminSession }, database.prisma),
    ).toMatchObject({
      role: "admin",
      mustSetUpSecondFactor: false,
    });

    // An admin without a second factor signs in with the password and must set one up first.
    const newcomer = await createStaff("admin");
    expect(await signIn(newcomer.email, PASSWORD)).toMatchObject({ id: newcomer.id, secondFactor: false });
    const newcomerToken = {
      id: newcomer.id,
      secondFactor: false,
      sessionId: await startStaffSession(newcomer.id, database.prisma),
    };
    expect(await staffMemberNow(newcomerToken, database.prisma)).toMatchObject({
      mustSetUpSecondFactor: true,
    });
    await asAdmin(admin.id, (context) => setAdminRequiresTotp(context, false));
    expect(await staffMemberNow(newcomerToken, database.prisma)).toMatchObject({
      mustSetUpSecondFactor: false,
    });
  });

  it("the stored secret is encrypted: the database holds neither the base32 secret nor anything that gives codes", async () => {
    const staff = await createStaff("caseworker");
    const secret = newSecret();
    await database.prisma.staffUser.update({
      where: { id: staff.id },
      data: { totpSecret: sealSecret(secret), totpEnabledAt: new Date() },
    });
    const [row] = await database.prisma.$queryRaw<
      { totp_secret: string }[]
    >`SELECT totp_secret FROM staff_user WHERE id = ${staff.id}::uuid`;
    expect(row.totp_secret).not.toContain(secret);
    expect(row.totp_secret).toMatch(/^v1\./);
  });
});

describe("setting up the second factor", () => {
  it("a pending secret is confirmed by a code from the app, then asked for at sign-in; an admin's reset lifts it", async () => {
    const admin = await createStaff("admin");
    const staff = await createStaff("front_desk");
    const mine = (change: Parameters<typeof asAdmin>[1]) => asAdmin(staff.id, change);
    expect(await mine((context) => confirmSecondFactor(context, staff.id, "123456"))).toBe("no-setup");
    await mine((context) => startSecondFactorSetup(context, staff.id));
    const { pending, enabledAt } = await secondFactorState(staff.id, database.prisma);
    expect(enabledAt).toBeNull();
    expect(pending?.uri).toContain(`otpauth://totp/Zugang%20Jobcenter:${encodeURIComponent(staff.email)}?`);
    const secret = pending?.secret ?? "";
    // Until it is confirmed, the password alone still signs in.
    expect(await signIn(staff.email, PASSWORD)).toMatchObject({ id: staff.id, secondFactor: false });

    const now = new Date();
    const wrong = String((Number(codeAt(secret, now)) + 1) % 1_000_000).padStart(6, "0");
    expect(await mine((context) => confirmSecondFactor(context, staff.id, wrong, now))).toBe("wrong-code");
    expect(await mine((context) => confirmSecondFactor(context, staff.id, codeAt(secret, now), now))).toBe("enabled");
    expect((await secondFactorState(staff.id, database.prisma)).pending).toBeNull();

    const later = new Date(now.getTime() + 30_000);
    expect(await signIn(staff.email, PASSWORD, undefined, later)).toBeNull();
    expect(await signIn(staff.email, PASSWORD, codeAt(secret, later), later)).toMatchObject({
      id: staff.id,
      secondFactor: true,
    });

    expect(await asAdmin(admin.id, (context) => resetSecondFactor(context, staff.id))).toBe("saved");
    expect(await asAdmin(admin.id, (context) => resetSecondFactor(context, staff.id))).toBe("unchanged");
    expect(await signIn(staff.email, PASSWORD)).toMatchObject({ id: staff.id, secondFactor: false });
    const actions = (
      await database.prisma.auditLog.findMany({
        where: {
          entityId: staff.id,
          action: { in: ["second-factor.setup-started", "second-factor.enabled", "staff.second-factor-reset"] },
        },
        orderBy: { createdAt: "asc" },
      })
    ).map((entry) => `${entry.action}:${entry.staffUserId === admin.id ? "admin" : "self"}`);
    expect(actions).toEqual([
      "second-factor.setup-started:self",
      "second-factor.enabled:self",
      "staff.second-factor-reset:admin",
    ]);
  });
});

describe("the door's view of an account", () => {
  it("a changed role and a deactivation end the account's sessions; reactivation brings none back", async () => {
    const admin = await createStaff("admin");
    const staff = await createStaff("front_desk");
    const signedIn = await signIn(staff.email, PASSWORD);
    expect(signedIn).toMatchObject({ id: staff.id });
    const session = (sessionId: string) => ({ id: staff.id, secondFactor: false, sessionId });
    const first = session(await startStaffSession(staff.id, database.prisma));
    expect(await staffMemberNow(first, database.prisma)).toMatchObject({ role: "front_desk" });
    // Another account's token with this session, or a token without one, admits nobody.
    expect(await staffMemberNow({ ...first, id: admin.id }, database.prisma)).toBeNull();
    expect(await staffMemberNow({ id: staff.id, secondFactor: false }, database.prisma)).toBeNull();

    expect(await asAdmin(admin.id, (context) => updateStaffAccount(context, staff.id, { role: "caseworker" }))).toBe(
      "saved",
    );
    expect(await staffMemberNow(first, database.prisma)).toBeNull();
    const second = session(await startStaffSession(staff.id, database.prisma));
    expect(await staffMemberNow(second, database.prisma)).toMatchObject({ role: "caseworker" });

    expect(await asAdmin(admin.id, (context) => setStaffAccountActive(context, staff.id, false))).toBe("saved");
    expect(await staffMemberNow(second, database.prisma)).toBeNull();
    expect(await signIn(staff.email, PASSWORD)).toBeNull();
    // Nobody deactivates or demotes themselves.
    expect(await asAdmin(admin.id, (context) => setStaffAccountActive(context, admin.id, false))).toBe("own-account");
    expect(await asAdmin(admin.id, (context) => updateStaffAccount(context, admin.id, { role: "caseworker" }))).toBe(
      "own-account",
    );

    expect(await asAdmin(admin.id, (context) => setStaffAccountActive(context, staff.id, true))).toBe("saved");
    expect(await staffMemberNow(second, database.prisma)).toBeNull();
    expect(await staffMemberNow(first, database.prisma)).toBeNull();
    const third = session(await startStaffSession(staff.id, database.prisma));
    expect(await staffMemberNow(third, database.prisma)).toMatchObject({ role: "caseworker" });
    const actions = (
      await database.prisma.auditLog.findMany({
        where: { entityId: staff.id, staffUserId: admin.id },
        orderBy: { createdAt: "asc" },
      })
    ).map((entry) => entry.action);
    expect(actions).toEqual(["staff.updated", "staff.deactivated", "staff.reactivated"]);
  });
});

describe("single sign-on", () => {
  it("finds the active account by the e-mail address the provider vouches for, and refuses and records any other", async () => {
    const staff = await createStaff("caseworker");
    expect(
      await staffForSingleSignOn({ email: staff.email.toUpperCase(), email_verified: true }, database.prisma),
    ).toEqual({ id: staff.id, role: "caseworker" });
    const unknown = `niemand-${unique()}@zugang.example`;
    expect(await staffForSingleSignOn({ email: unknown, email_verified: true }, database.prisma)).toBeNull();
    expect(await staffForSingleSignOn({ email: staff.email, email_verified: false }, database.prisma)).toBeNull();
    expect(await staffForSingleSignOn({}, database.prisma)).toBeNull();
    await database.prisma.staffUser.update({ where: { id: staff.id }, data: { active: false } });
    expect(await staffForSingleSignOn({ email: staff.email, email_verified: true }, database.prisma)).toBeNull();
    const refused = await database.prisma.auditLog.findMany({
      where: { action: "sign-in.refused", entityId: { in: [unknown, staff.email] } },
    });
    expect(refused).toHaveLength(3);
    expect(
      await database.prisma.auditLog.count({
        where: {
          action: "sign-in.succeeded",
          staffUserId: staff.id,
          details: { path: ["method"], equals: "single-sign-on" },
        },
      }),
    ).toBe(1);
  });
});

describe("the audit log", () => {
  it("refuses UPDATE, DELETE and TRUNCATE to the app's role; the retention job still purges old rows", async () => {
    const old = new Date(Date.now() - (RETENTION_DAYS.auditLog + 5) * 86_400_000);
    const oldEntry = await database.prisma.auditLog.create({
      data: { action: "person.viewed", entityType: "citizen", createdAt: old },
    });
    const recent = await database.prisma.auditLog.create({ data: { action: "person.viewed", entityType: "citizen" } });

    await expect(
      database.prisma.$executeRaw`UPDATE audit_log SET action = 'nothing' WHERE id = ${recent.id}::uuid`,
    ).rejects.toThrow(/permission denied for table audit_log/);
    await expect(database.prisma.$executeRaw`DELETE FROM audit_log WHERE id = ${oldEntry.id}::uuid`).rejects.toThrow(
      /permission denied for table audit_log/,
    );
    await expect(database.prisma.$executeRawUnsafe("TRUNCATE audit_log")).rejects.toThrow(
      /permission denied for table audit_log/,
    );
    await expect(database.prisma.auditLog.deleteMany({ where: { id: recent.id } })).rejects.toThrow();
    // The retention setting of another transaction does not carry over: a session-wide setting does not count either.
    await expect(
      database.prisma.$transaction([
        database.prisma.$executeRaw`SELECT set_config('zugang.audit_retention', 'on', false)`,
        database.prisma.$executeRaw`UPDATE audit_log SET action = 'x' WHERE id = ${recent.id}::uuid`,
      ]),
    ).rejects.toThrow(/permission denied/);
    expect(await database.prisma.auditLog.count({ where: { id: { in: [oldEntry.id, recent.id] } } })).toBe(2);

    const counts = await purgeExpiredData(database.prisma);
    expect(counts.auditLog).toBeGreaterThanOrEqual(1);
    expect(await database.prisma.auditLog.findUnique({ where: { id: oldEntry.id } })).toBeNull();
    expect(await database.prisma.auditLog.findUnique({ where: { id: recent.id } })).toMatchObject({
      action: "person.viewed",
    });
    await expect(database.prisma.$executeRaw`DELETE FROM audit_log WHERE id = ${recent.id}::uuid`).rejects.toThrow(
      /permission denied/,
    );
  });
});
