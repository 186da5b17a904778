// People: created at the counter without an e-mail address through the one person schema, linked
// honestly from what they book or file, and the person page's facts, ladder and timeline (the
// search has its own file, search.integration.test.ts).
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ValidationError } from "@/lib/errors";
import { createTestDatabase, type TestDatabase } from "@/tests/database";
import { recordFact } from "./facts";
import { linkPerson } from "./link";
import { createPerson } from "./people";
import { loadPersonView } from "./person-view";

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase("people");
});

afterAll(() => database.drop());

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => (error instanceof ValidationError ? error.fields : error),
  );

describe("creating a person at the counter", () => {
  it("needs a name only: no e-mail address, the rest when known", async () => {
    const person = await createPerson(
      {
        name: "  Jürgen Müller ",
        phone: "0621 / 12 34-56",
        customerNumber: "123A456789",
        dateOfBirth: "1980-02-29",
        language: "ar",
      },
      database.prisma,
    );
    expect(person).toMatchObject({
      name: "Jürgen Müller",
      phone: "+49621123456",
      customerNumber: "123A456789",
      dateOfBirth: "1980-02-29",
      email: null,
      language: "ar",
    });
    const stored = await database.prisma.citizen.findUniqueOrThrow({ where: { id: person.id } });
    expect(stored.email).toBeNull();
    expect(stored.dateOfBirth?.toISOString()).toBe("1980-02-29T00:00:00.000Z");
    await expect(createPerson({ name: "Mit Datum", dateOfBirth: "29.2.1980" }, database.prisma)).resolves.toMatchObject(
      { dateOfBirth: "1980-02-29" },
    );
    await expect(createPerson({ name: "Nur Name" }, database.prisma)).resolves.toMatchObject({
      phone: null,
      customerNumber: null,
      dateOfBirth: null,
      language: "de",
    });
  });

  it("refuses what the booking would refuse, and days that do not exist or lie ahead", async () => {
    expect(await refusal(createPerson({ name: "" }, database.prisma))).toEqual({ name: ["name"] });
    expect(await refusal(createPerson({ name: "Ok", phone: "not a phone" }, database.prisma))).toEqual({
      phone: ["phone"],
    });
    expect(await refusal(createPerson({ name: "A\u0007B" }, database.prisma))).toEqual({ name: ["invalidCharacters"] });
    expect(await refusal(createPerson({ name: "Ok", dateOfBirth: "1981-02-29" }, database.prisma))).toEqual({
      dateOfBirth: ["dateOfBirth"],
    });
    expect(await refusal(createPerson({ name: "Ok", dateOfBirth: "2999-01-01" }, database.prisma))).toEqual({
      dateOfBirth: ["dateOfBirth"],
    });
    expect(await refusal(createPerson({ name: "Ok", language: "xx" as "de" }, database.prisma))).toEqual({
      language: ["language"],
    });
  });
});

describe("linking what a person books or files to the person", () => {
  const link = (details: Parameters<typeof linkPerson>[1]) =>
    database.prisma.$transaction((tx) => linkPerson(tx, details));

  it("the same folded name with the same e-mail, phone, date of birth or customer number is the same person", async () => {
    const first = await link({ name: "Emine Kaya", email: "emine@example.org" });
    expect(await link({ name: "EMINE KAYA", email: " Emine@Example.org " })).toBe(first);
    // A gap is filled: the phone given the second time is kept, and then finds her too.
    expect(await link({ name: "Emine Kaya", email: "emine@example.org", phone: "0170 5550555" })).toBe(first);
    expect(await link({ name: "Emine Kaya", phone: "+49 170 5550555" })).toBe(first);
  });

  it("a name alone, or conflicting evidence, makes a new person instead of merging", async () => {
    const first = await link({ name: "Olga Petrenko", dateOfBirth: "1990-01-01", customerNumber: "111A111111" });
    expect(await link({ name: "Olga Petrenko" })).not.toBe(first);
    // Same name and date of birth, another customer number: two people.
    expect(await link({ name: "Olga Petrenko", dateOfBirth: "1990-01-01", customerNumber: "222B222222" })).not.toBe(
      first,
    );
    // Same phone, another name (a family's shared phone): not the same person.
    const mother = await link({ name: "Marta Nowak", phone: "0621 999999" });
    expect(await link({ name: "Jan Nowak", phone: "0621 999999" })).not.toBe(mother);
  });

  it("two people who both fit make a new person rather than a guess", async () => {
    const a = await createPerson({ name: "Ali Demir", phone: "0621 111111" }, database.prisma);
    const b = await createPerson({ name: "Ali Demir", phone: "0621 111111" }, database.prisma);
    const linked = await link({ name: "Ali Demir", phone: "0621111111" });
    expect([a.id, b.id]).not.toContain(linked);
  });

  it("a submission links its journey to the person and records what the journey said, as the person's", async () => {
    const journey = await database.prisma.journey.create({
      data: {
        requestTypeKey: "change-report",
        preference: "personal",
        situation: { helpNeed: "often", language: "tr", interpreter: true, devices: "smartphone-only" },
        forSomeoneElse: true,
        chosenChannel: "online",
        outcome: "chosen",
      },
    });
    const person = await link({ name: "Zeynep Arslan", email: "zeynep@example.org" });
    await database.prisma.formSubmission.create({
      data: {
        reference: `F-${randomUUID().slice(0, 8)}`,
        formKey: "change-report",
        answers: {},
        statusTokenHash: randomUUID(),
        idempotencyKey: randomUUID(),
        citizenId: person,
        journeyId: journey.id,
      },
    });
    expect((await database.prisma.journey.findUniqueOrThrow({ where: { id: journey.id } })).citizenId).toBe(person);
    const facts = await database.prisma.personFact.findMany({
      where: { citizenId: person! },
      orderBy: { kind: "asc" },
    });
    expect(facts.map((fact) => [fact.kind, fact.value, fact.recordedByStaffId, fact.source])).toEqual([
      ["devices", "smartphone-only", null, "journey"],
      ["help_need", "often", null, "journey"],
      ["helper", "someone", null, "journey"],
      ["interpreter", "tr", null, "journey"],
      ["language", "tr", null, "journey"],
      ["preference", "personal", null, "journey"],
    ]);
  });
});

describe("the person page", () => {
  it("shows the latest fact of each kind with who recorded it, the ladder and one timeline", async () => {
    const staff = await database.prisma.staffUser.create({
      data: { email: `cw-${randomUUID()}@example.org`, name: "Frau Berater", passwordHash: "x", role: "caseworker" },
    });
    const person = await createPerson({ name: "Hasan Öztürk", phone: "0621 424242" }, database.prisma);
    const journey = await database.prisma.journey.create({
      data: {
        requestTypeKey: "job-counselling",
        preference: "digital",
        situation: { devices: "none" },
        chosenChannel: "in_person",
        outcome: "chosen",
      },
    });
    await database.prisma.formSubmission.create({
      data: {
        reference: `F-${randomUUID().slice(0, 8)}`,
        formKey: "callback",
        answers: { requestType: "job-counselling", callbackDate: "2026-12-07", callbackWindow: "08-10" },
        statusTokenHash: randomUUID(),
        idempotencyKey: randomUUID(),
        citizenId: person.id,
        journeyId: journey.id,
      },
    });
    // Staff correct the preference: their statement wins and is marked as theirs.
    await database.prisma.$transaction((tx) =>
      recordFact(tx, person.id, staff.id, { kind: "preference", value: "personal", note: "am Schalter gesagt" }),
    );

    const view = await loadPersonView(person.id, database.prisma);
    expect(view).not.toBeNull();
    expect(view!.facts.preference).toMatchObject({
      value: "personal",
      recordedBy: { id: staff.id, name: "Frau Berater" },
      statements: 2,
      note: "am Schalter gesagt",
    });
    expect(view!.facts.devices).toMatchObject({ value: "none", recordedBy: null, statements: 1 });
    expect(view!.ladder.offer[0]).toBe("in_person");
    expect(view!.ladder.offer).not.toContain("email");
    expect(view!.ladder.never.join("\n")).toContain("Kein Gerät");
    expect(view!.timeline.map((entry) => entry.kind).sort()).toEqual(["callback", "journey"]);
    expect(view!.channels).toEqual([
      expect.objectContaining({
        requestType: "job-counselling",
        uses: [expect.objectContaining({ channel: "in_person" }), expect.objectContaining({ channel: "phone" })],
      }),
    ]);
    expect(await loadPersonView(randomUUID(), database.prisma)).toBeNull();
    expect(await loadPersonView("not-an-id", database.prisma)).toBeNull();
  });
});
