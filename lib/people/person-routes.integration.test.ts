// The person page's post through the real route handler and the door, against a real PostgreSQL:
// a caseworker corrects a preference for the person (marked as recorded by them, audited in the same
// transaction); a value that does not fit goes back with a message and stores nothing; an admin is
// refused. Only next-auth's session reader is replaced (by the staff member a test signs in as).
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
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
