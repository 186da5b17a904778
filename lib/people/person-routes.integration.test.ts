// The person page's post through the real route handler and the door, against a real PostgreSQL:
// a caseworker corrects a preference for the person (marked as recorded by them, audited in the same
// transaction); a value that does not fit goes back with a message and stores nothing; an admin is
// refused. Only next-auth's session reader is replaced (by the staff member a test signs in as).
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { POST as contactPost } from "@/app/staff/people/[id]/contact/route";
import { POST as factPost } from "@/app/staff/people/[id]/facts/route";
import type { StaffRole } from "@/lib/generated/prisma/enums";
import { createTestDatabase, type TestDatabase } from "@/tests/database";
import { loadPersonView } from "./person-view";
import { createPerson } from "./people";

const signedIn = vi.hoisted(() => ({
  session: null as null | { staff: { id: string; role: string; name: string; email: string; secondFactor: boolean } },
}));
vi.mock("next-auth/next", () => ({
  getServerSession: async () => (await import("@/tests/staff-session")).withServerSession(signedIn.session),
}));

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase("person_routes");
  (globalThis as { zugangPrisma?: unknown }).zugangPrisma = database.prisma;
});
afterAll(async () => {
  (globalThis as { zugangPrisma?: unknown }).zugangPrisma = undefined;
  await database.drop();
});
beforeEach(() => {
  signedIn.session = null;
});

async function signInAs(role: StaffRole) {
  const staff = await database.prisma.staffUser.create({
    data: {
      email: `staff-${randomBytes(4).toString("hex")}@zugang.example`,
      name: "Herr Berater",
      role,
      passwordHash: "x",
    },
  });
  signedIn.session = { staff: { id: staff.id, role, name: staff.name, email: staff.email, secondFactor: false } };
  return staff;
}

const request = (id: string, route: string, fields: Record<string, string>) =>
  new Request(`http://portal.test/staff/people/${id}/${route}`, {
    method: "POST",
    headers: {
      host: "portal.test",
      origin: "http://portal.test",
      "content-type": "application/x-www-form-urlencoded",
    },
    body: new URLSearchParams(fields).toString(),
  });

const correct = (id: string, fields: Record<string, string>) =>
  contactPost(request(id, "contact", fields), { params: Promise.resolve({ id }) });

const post = (id: string, fields: Record<string, string>) =>
  factPost(
    new Request(`http://portal.test/staff/people/${id}/facts`, {
      method: "POST",
      headers: {
        host: "portal.test",
        origin: "http://portal.test",
        "content-type": "application/x-www-form-urlencoded",
      },
      body: new URLSearchParams(fields).toString(),
    }),
    { params: Promise.resolve({ id }) },
  );

describe("recording a fact for a person", () => {
  it("stores the staff member's statement, which wins and says who recorded it, with its audit event", async () => {
    const person = await createPerson({ name: "Natalija Petrenko" }, database.prisma);
    const staff = await signInAs("caseworker");
    const answer = await post(person.id, { choice: "helper:social-worker", note: "Betreuerin Frau K." });
    expect(answer.status).toBe(303);
    expect(answer.headers.get("location")).toBe(`/staff/people/${person.id}?saved=1#facts-heading`);
    expect((await post(person.id, { kind: "interpreter", value: "uk" })).status).toBe(303);
    const view = await loadPersonView(person.id, database.prisma);
    expect(view?.facts.helper).toMatchObject({
      value: "social-worker",
      note: "Betreuerin Frau K.",
      recordedBy: { id: staff.id, name: "Herr Berater" },
    });
    expect(view?.facts.interpreter).toMatchObject({ value: "uk", recordedBy: { id: staff.id } });
    // Staff type a language by its German name; it is stored as its code.
    expect((await post(person.id, { kind: "language", value: "Türkisch" })).status).toBe(303);
    expect((await loadPersonView(person.id, database.prisma))?.facts.language).toMatchObject({ value: "tr" });
    const audit = await database.prisma.auditLog.findMany({
      where: { staffUserId: staff.id, action: "person.fact-recorded" },
      orderBy: { createdAt: "asc" },
    });
    expect(audit.map((row) => [row.citizenId, row.details])).toEqual([
      [person.id, { kind: "helper", value: "social-worker" }],
      [person.id, { kind: "interpreter", value: "uk" }],
      [person.id, { kind: "language", value: "tr" }],
    ]);
  });

  it("sends a value that does not fit back with a message and stores nothing; an admin gets 403", async () => {
    const person = await createPerson({ name: "Bogdan Ionescu" }, database.prisma);
    await signInAs("front_desk");
    const refused: Record<string, string>[] = [
      { choice: "preference:sometimes" },
      { kind: "language", value: "Türkisch!" },
      // a well-formed code that is no language of the one table
      { kind: "interpreter", value: "xx" },
      { choice: "" },
      { kind: "nonsense", value: "x" },
    ];
    for (const fields of refused) {
      const answer = await post(person.id, fields);
      expect(answer.headers.get("location")).toBe(`/staff/people/${person.id}?problem=fact#record-heading`);
    }
    expect(await database.prisma.personFact.count({ where: { citizenId: person.id } })).toBe(0);
    await signInAs("admin");
    expect((await post(person.id, { choice: "preference:personal" })).status).toBe(403);
  });
});

describe("correcting phone, e-mail and language", () => {
  it("stores the phone as E.164 and the other values, says who recorded them when, and audits the fields only", async () => {
    const person = await createPerson({ name: "Emine Kaya", email: "alt@example.org" }, database.prisma);
    const staff = await signInAs("caseworker");
    const answer = await correct(person.id, {
      phone: "0049 (0)621 / 555-0101",
      email: "Emine.Kaya@Example.org ",
      language: "tr",
    });
    expect(answer.status).toBe(303);
    expect(answer.headers.get("location")).toBe(
      `/staff/people/${person.id}?corrected=phone,email,language#contact-heading`,
    );
    const stored = await database.prisma.citizen.findUniqueOrThrow({ where: { id: person.id } });
    expect([stored.phone, stored.email, stored.language]).toEqual(["+496215550101", "emine.kaya@example.org", "tr"]);
    const view = await loadPersonView(person.id, database.prisma);
    expect(view?.contact.phone).toMatchObject({ value: "+496215550101", byStaff: { staff: "Herr Berater" } });
    expect(view?.contact.email).toMatchObject({ value: "emine.kaya@example.org", byStaff: { staff: "Herr Berater" } });
    expect(view?.contact.language).toMatchObject({ value: "tr", messages: "tr", byStaff: { staff: "Herr Berater" } });
    const audit = await database.prisma.auditLog.findMany({
      where: { staffUserId: staff.id, action: "person.corrected" },
    });
    expect(audit.map((row) => [row.citizenId, row.entityType, row.details])).toEqual([
      [person.id, "citizen", { fields: ["phone", "email", "language"] }],
    ]);

    // The same values in another spelling change nothing and write nothing.
    const again = await correct(person.id, {
      phone: "+49 621 5550101",
      email: "emine.KAYA@example.org",
      language: "tr",
    });
    expect(again.headers.get("location")).toBe(`/staff/people/${person.id}?corrected=none#contact-heading`);
    expect(await database.prisma.auditLog.count({ where: { staffUserId: staff.id, action: "person.corrected" } })).toBe(
      1,
    );
  });

  it("keeps a language the portal does not speak apart from the messages' language, and removes a number left empty", async () => {
    const person = await createPerson({ name: "Dawit Tesfay", phone: "0621 5550111", language: "en" }, database.prisma);
    await signInAs("front_desk");
    await correct(person.id, { phone: "", language: "ti" });
    const stored = await database.prisma.citizen.findUniqueOrThrow({ where: { id: person.id } });
    expect([stored.phone, stored.language]).toEqual([null, "en"]);
    const view = await loadPersonView(person.id, database.prisma);
    expect(view?.contact.language).toMatchObject({ value: "ti", messages: "en" });
    expect(view?.contact.phone).toMatchObject({ value: null, byStaff: { staff: "Herr Berater" } });
    // The ladder reads the same language: an interpreter need not be guessed from the messages' language.
    expect(view?.facts.language?.value).toBe("ti");
  });

  it("refuses a bad value at its field, keeps what was typed on the server (not in the address), and stores nothing", async () => {
    const person = await createPerson({ name: "Jan Kowalski", phone: "+496215550199" }, database.prisma);
    const staff = await signInAs("caseworker");
    const answer = await correct(person.id, { phone: "12ab", email: "kein-at-zeichen", language: "tr" });
    const location = answer.headers.get("location") ?? "";
    expect(location).toMatch(new RegExp(`^/staff/people/${person.id}\\?draft=[0-9a-f-]{36}#contact-heading$`));
    expect(location).not.toContain("12ab");
    const draft = await database.prisma.staffFormDraft.findFirstOrThrow({
      where: { staffUserId: staff.id, form: "person" },
    });
    expect(draft.entries).toMatchObject({
      phone: "12ab",
      email: "kein-at-zeichen",
      person: person.id,
      refused: "phone,email",
    });
    const stored = await database.prisma.citizen.findUniqueOrThrow({ where: { id: person.id } });
    expect([stored.phone, stored.language]).toEqual(["+496215550199", "de"]);
    expect(await database.prisma.personFact.count({ where: { citizenId: person.id } })).toBe(0);
    expect((await correct(person.id, { language: "klingonisch" })).headers.get("location")).toContain("?draft=");
  });

  it("lets the front desk and caseworkers correct, not an admin", async () => {
    const person = await createPerson({ name: "Lea Schmidt" }, database.prisma);
    await signInAs("admin");
    expect((await correct(person.id, { phone: "0621 5550101" })).status).toBe(403);
    expect((await database.prisma.citizen.findUniqueOrThrow({ where: { id: person.id } })).phone).toBeNull();
  });
});
