// The admin's staff routes against a real PostgreSQL, through the real route handlers and the door:
// a new account refused for a common password and then made, a deactivation that the account's next
// request sees, an admin sent to set up the second factor first, and the audit log's CSV file. Only
// next-auth's session reader is replaced (by the staff member a test signs in as).
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { POST as activePost } from "@/app/staff/admin/staff/[id]/active/route";
import { POST as createPost } from "@/app/staff/admin/staff/create/route";
import { POST as securityPost } from "@/app/staff/admin/security/route";
import { POST as exportPost } from "@/app/staff/audit/export/route";
import type { StaffRole } from "@/lib/generated/prisma/enums";
import { createTestDatabase, type TestDatabase } from "@/tests/database";
import { staffPage } from "./door";
import { hashPassword } from "./passwords";

const signedIn = vi.hoisted(() => ({
  session: null as null | { staff: { id: string; role: string; name: string; email: string; secondFactor: boolean } },
}));
vi.mock("next-auth/next", () => ({
  getServerSession: async () => (await import("@/tests/staff-session")).withServerSession(signedIn.session),
}));

let database: TestDatabase;
let locationId: string;

beforeAll(async () => {
  database = await createTestDatabase("staff_admin_routes", { reference: false });
  (globalThis as { zugangPrisma?: unknown }).zugangPrisma = database.prisma;
  locationId = (
    await database.prisma.location.create({
      data: { slug: `ort-${randomBytes(3).toString("hex")}`, name: "Standort Test" },
    })
  ).id;
});

afterAll(async () => {
  (globalThis as { zugangPrisma?: unknown }).zugangPrisma = undefined;
  await database.drop();
});

beforeEach(() => {
  signedIn.session = null;
});

async function createStaff(role: StaffRole) {
  return database.prisma.staffUser.create({
    data: {
      email: `staff-${randomBytes(4).toString("hex")}@zugang.example`,
      name: "Test",
      role,
      passwordHash: await hashPassword("ein langes passwort"),
    },
  });
}

function signInAs(staff: { id: string; role: StaffRole; email: string }, secondFactor = false) {
  signedIn.session = { staff: { id: staff.id, role: staff.role, name: "Test", email: staff.email, secondFactor } };
}

function post(path: string, body: string) {
  return new Request(`http://portal.test${path}`, {
    method: "POST",
    headers: { host: "portal.test", origin: "http://portal.test", "content-type": "application/x-www-form-urlencoded" },
    body,
  });
}

const noParams = { params: Promise.resolve({}) };

/** What a page's door throws instead of returning (redirect, 403), as Next.js digests. */
const interrupt = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (thrown: unknown) => (thrown as { digest?: string }).digest,
  );

describe("staff account routes", () => {
  it("a common password sends the form back with its entries and nothing stored; a long uncommon one makes the account", async () => {
    const admin = await createStaff("admin");
    signInAs(admin);
    const email = `neu-${randomBytes(4).toString("hex")}@zugang.example`;
    const fields = new URLSearchParams({
      name: "Neue Kollegin",
      email,
      role: "front_desk",
      locations: locationId,
      password: "qwerty123456",
    });
    const refused = await createPost(post("/staff/admin/staff/create", fields.toString()), noParams);
    expect(refused.status).toBe(303);
    const back = new URL(refused.headers.get("location") ?? "", "http://portal.test");
    expect(back.pathname).toBe("/staff/admin/staff/new");
    expect(back.searchParams.getAll("problem")).toEqual(["password:common"]);
    expect(Object.fromEntries(back.searchParams)).toMatchObject({
      name: "Neue Kollegin",
      email,
      role: "front_desk",
      locations: locationId,
    });
    expect(back.searchParams.has("password")).toBe(false);
    expect(await database.prisma.staffUser.count({ where: { email } })).toBe(0);

    fields.set("password", "Frühling am Neckarufer");
    const made = await createPost(post("/staff/admin/staff/create", fields.toString()), noParams);
    expect(made.headers.get("location")).toBe("/staff/admin/staff?result=created");
    const account = await database.prisma.staffUser.findUniqueOrThrow({
      where: { email },
      include: { locations: true },
    });
    expect(account).toMatchObject({ role: "front_desk", active: true, locations: [{ locationId }] });
    expect(account.passwordHash).toMatch(/^\$argon2id\$/);
  });

  it("a deactivated account's session is refused on its next request", async () => {
    const admin = await createStaff("admin");
    const desk = await createStaff("front_desk");
    signInAs(desk);
    expect((await staffPage("staff.home", { returnTo: "/staff" })).staff).toMatchObject({
      id: desk.id,
      role: "front_desk",
    });

    signInAs(admin);
    const answer = await activePost(post(`/staff/admin/staff/${desk.id}/active`, "active=0"), {
      params: Promise.resolve({ id: desk.id }),
    });
    expect(answer.headers.get("location")).toBe(`/staff/admin/staff/${desk.id}?result=saved`);

    signInAs(desk);
    expect(await interrupt(staffPage("staff.home", { returnTo: "/staff" }))).toMatch(
      /^NEXT_REDIRECT;replace;\/staff\/login\?callbackUrl=%2Fstaff;307;/,
    );
  });

  it("with the second factor required for admins, an admin without one is sent to set it up before anything else", async () => {
    const admin = await createStaff("admin");
    signInAs(admin);
    expect(
      (await securityPost(post("/staff/admin/security", "adminRequiresTotp=1"), noParams)).headers.get("location"),
    ).toBe("/staff/admin/staff?result=security-saved");
    expect(await interrupt(staffPage("staff.home", { returnTo: "/staff" }))).toMatch(
      /^NEXT_REDIRECT;replace;\/staff\/account\/second-factor;307;/,
    );
    expect(
      (await staffPage("account.second-factor", { returnTo: "/staff/account/second-factor" })).staff,
    ).toMatchObject({ mustSetUpSecondFactor: true });
    const refused = await securityPost(post("/staff/admin/security", "adminRequiresTotp=0"), noParams);
    expect(refused.status).toBe(403);
    expect(await refused.text()).toBe("Richten Sie zuerst den zweiten Faktor ein (Seite „Zweiter Faktor“).");
    await database.prisma.securitySetting.update({ where: { id: 1 }, data: { adminRequiresTotp: false } });
  });
});

describe("the audit log's CSV file", () => {
  it("holds the filtered rows behind a byte order mark, neutralises formulas, is recorded, and is for admins only", async () => {
    const admin = await createStaff("admin");
    await database.prisma.auditLog.create({
      data: {
        action: "sign-in.failed",
        entityType: "staff_sign_in",
        entityId: '=HYPERLINK("x")',
        details: { email: "=1+1" },
      },
    });
    signInAs(admin);
    const answer = await exportPost(post("/staff/audit/export", "action=sign-in.failed"), noParams);
    expect(answer.status).toBe(200);
    expect(answer.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const bytes = new Uint8Array(await answer.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes).trim().split("\r\n");
    expect(lines[0]).toBe("Zeitpunkt;Aktion;Bezeichnung;Mitarbeiter/in;E-Mail;Person (ID);Objekt;Objekt-ID;Details");
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(';sign-in.failed;Anmeldung fehlgeschlagen;;;;staff_sign_in;"\'=HYPERLINK(""x"")";');
    const [exported] = await database.prisma.auditLog.findMany({
      where: { action: "audit.exported", staffUserId: admin.id },
    });
    expect(exported.details).toMatchObject({ count: 1, filters: { action: "sign-in.failed", staff: null } });

    const bad = await exportPost(post("/staff/audit/export", "from=2026-02-30"), noParams);
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain("Von: Bitte geben Sie ein Datum ein");

    signInAs(await createStaff("caseworker"));
    expect((await exportPost(post("/staff/audit/export", ""), noParams)).status).toBe(403);
  });
});
