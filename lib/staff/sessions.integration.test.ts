// Sessions that end: sign-out and a new password end every session of the account; an idle session
// and one past the absolute limit admit nobody; a request keeps an open session alive.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/tests/database";
import { setStaffPassword } from "./account-password";
import { auditAs } from "./audit";
import { staffMemberNow } from "./auth";
import { hashPassword } from "./passwords";
import { endSessionOf, sessionLimits, startStaffSession } from "./sessions";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase("staff_sessions", { reference: false });
});
afterAll(() => database.drop());

async function createStaff() {
  return database.prisma.staffUser.create({
    data: {
      email: `s-${randomBytes(4).toString("hex")}@zugang.example`,
      name: "Test",
      role: "caseworker",
      passwordHash: await hashPassword("ein langer satz als passwort"),
    },
  });
}

const token = (id: string, sessionId: string) => ({ id, secondFactor: false, sessionId });
const MINUTE = 60_000;

describe("staff sessions", () => {
  it("signing out ends every session of the account, in every browser", async () => {
    const staff = await createStaff();
    const here = await startStaffSession(staff.id, database.prisma);
    const elsewhere = await startStaffSession(staff.id, database.prisma);
    const other = await createStaff();
    const othersSession = await startStaffSession(other.id, database.prisma);
    await endSessionOf(here, database.prisma);
    expect(await staffMemberNow(token(staff.id, here), database.prisma)).toBeNull();
    expect(await staffMemberNow(token(staff.id, elsewhere), database.prisma)).toBeNull();
    expect(await staffMemberNow(token(other.id, othersSession), database.prisma)).toMatchObject({ id: other.id });
  });

  it("a new password ends the account's sessions; a refused one changes nothing", async () => {
    const staff = await createStaff();
    const admin = await createStaff();
    const sessionId = await startStaffSession(staff.id, database.prisma);
    const set = (password: string) =>
      database.prisma.$transaction((tx) => setStaffPassword({ tx, audit: auditAs(admin.id, tx) }, staff.id, password));
    expect(await set("kurz")).toBe("too-short");
    expect(await staffMemberNow(token(staff.id, sessionId), database.prisma)).not.toBeNull();
    expect(await set("ein ganz neuer langer satz")).toBe("password-set");
    expect(await staffMemberNow(token(staff.id, sessionId), database.prisma)).toBeNull();
    expect(await database.prisma.auditLog.count({ where: { action: "staff.password-set", entityId: staff.id } })).toBe(
      1,
    );
  });

  it("ends after the idle limit without a request, and after the absolute limit whatever happened", async () => {
    const { idleMinutes, maxMinutes } = sessionLimits();
    expect({ idleMinutes, maxMinutes }).toEqual({ idleMinutes: 30, maxMinutes: 600 });
    const staff = await createStaff();
    const at = (minutesAgo: number) => new Date(Date.now() - minutesAgo * MINUTE);

    const idle = await startStaffSession(staff.id, database.prisma);
    await database.prisma.staffSession.update({ where: { id: idle }, data: { lastSeenAt: at(idleMinutes + 1) } });
    expect(await staffMemberNow(token(staff.id, idle), database.prisma)).toBeNull();

    const active = await startStaffSession(staff.id, database.prisma);
    await database.prisma.staffSession.update({ where: { id: active }, data: { lastSeenAt: at(idleMinutes - 1) } });
    expect(await staffMemberNow(token(staff.id, active), database.prisma)).not.toBeNull();
    // That request was seen: the idle clock starts again.
    const seen = await database.prisma.staffSession.findUniqueOrThrow({ where: { id: active } });
    expect(Date.now() - seen.lastSeenAt.getTime()).toBeLessThan(MINUTE);

    const long = await startStaffSession(staff.id, database.prisma);
    await database.prisma.staffSession.update({ where: { id: long }, data: { createdAt: at(maxMinutes + 1) } });
    expect(await staffMemberNow(token(staff.id, long), database.prisma)).toBeNull();
    const day = await startStaffSession(staff.id, database.prisma);
    await database.prisma.staffSession.update({ where: { id: day }, data: { createdAt: at(maxMinutes - 1) } });
    expect(await staffMemberNow(token(staff.id, day), database.prisma)).not.toBeNull();
  });
});
