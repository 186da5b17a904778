// The caseworker's people: search as staff type (folded names, typos, customer number, date of
// birth, phone, e-mail), people linked honestly from what they book or file, facts with who
// recorded them, and the person page's timeline and ladder, against a real PostgreSQL.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/tests/database";
import { recordFact } from "./facts";
import { linkPerson } from "./link";
import { loadPersonView } from "./person-view";
import { createPerson } from "./people";
import { parsePeopleQuery, searchPeople } from "./search";

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase("people_search");
  for (const person of [
    { name: "Jürgen Müller", dateOfBirth: "1980-02-29", customerNumber: "123A456789" },
    { name: "Petra Mueller", dateOfBirth: "1975-06-01" },
    { name: "Ayşe Yılmaz", dateOfBirth: "1971-04-02", phone: "+49 170 1234567" },
    { name: "Ángel Núñez", email: "angel@example.org" },
    { name: "Anna Schmidt", dateOfBirth: "1971-04-02" },
    { name: "Heinz Groß" },
  ]) {
    await createPerson(person, database.prisma);
  }
});

afterAll(() => database.drop());

async function names(q: string): Promise<string[]> {
  const parsed = parsePeopleQuery(q);
  if (!parsed.ok) throw new Error(parsed.message);
  return (await searchPeople(parsed.criteria, database.prisma)).map((hit) => hit.name);
}

describe("searching for a person", () => {
  it("finds umlauts typed the German way and without them: Müller ↔ Mueller", async () => {
    expect(await names("Mueller")).toEqual(expect.arrayContaining(["Jürgen Müller", "Petra Mueller"]));
    expect(await names("Müller")).toEqual(expect.arrayContaining(["Jürgen Müller", "Petra Mueller"]));
    expect(await names("Jürgen Mueller")).toEqual(["Jürgen Müller"]);
    // Typed without the umlaut and without its e, as from a keyboard without ü.
    expect(await names("Jurgen Muller")).toEqual(["Jürgen Müller"]);
    expect(await names("Muller")).toEqual(expect.arrayContaining(["Jürgen Müller", "Petra Mueller"]));
    expect(await names("Gross")).toEqual(["Heinz Groß"]);
  });

  it("finds Turkish and Spanish letters typed without them: Yilmaz finds Yılmaz, Nunez Núñez", async () => {
    expect(await names("Yilmaz")).toEqual(["Ayşe Yılmaz"]);
    expect(await names("ayse yilmaz")).toEqual(["Ayşe Yılmaz"]);
    expect(await names("Nunez")).toEqual(["Ángel Núñez"]);
  });

  it("finds a name with one typo, and not an unrelated one", async () => {
    expect(await names("Yilmas")).toEqual(["Ayşe Yılmaz"]);
    expect(await names("Schmitt")).toEqual(["Anna Schmidt"]);
    expect(await names("Mueler")).toEqual(expect.arrayContaining(["Jürgen Müller", "Petra Mueller"]));
    expect(await names("Kowalski")).toEqual([]);
  });

  it("does not let a long first name carry a name alone, and still forgives a typo in the surname", async () => {
    // At pg_trgm's plain 0.6, "Malgorzata Seidel" matched every Małgorzata (the first name is 11 of its 18 trigrams).
    for (const name of ["Małgorzata Seidel", "Małgorzata Winter", "Małgorzata Kowal"])
      await createPerson({ name }, database.prisma);
    expect(await names("Malgorzata Seidel")).toEqual(["Małgorzata Seidel"]);
    expect(await names("Malgorzata Seidek")).toEqual(["Małgorzata Seidel"]);
    expect(await names("Malgorzata Wimter")).toEqual(["Małgorzata Winter"]);
    // The first name alone still lists everyone of that name.
    expect(await names("Malgorzata")).toHaveLength(3);
  });

  it("forgives one typo but not two: the threshold is (n − 3) / (n + 3) of the n trigrams typed", async () => {
    // "konstantin seidel" has 18 trigrams: the threshold is 15/21 (0.714). "Sadel" shares 12 of them
    // (word similarity 0.667): a looser (n − 4) / (n + 4) = 0.636 would let it through.
    for (const name of ["Konstantin Seidel", "Konstantin Sadel"]) await createPerson({ name }, database.prisma);
    expect(await names("Konstantin Seidel")).toEqual(["Konstantin Seidel"]);
    expect(await names("Konstantin Seidek")).toEqual(["Konstantin Seidel"]);
  });

  it("leaves pg_trgm's threshold as it found it for the rest of a transaction", async () => {
    const threshold = await database.prisma.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT count(*) FROM citizen_name_matches('Malgorzata Seidel')`;
      return (
        await tx.$queryRaw<{ value: string }[]>`SELECT current_setting('pg_trgm.word_similarity_threshold') AS value`
      )[0].value;
    });
    expect(threshold).toBe("0.6");
  });

  it("ranks the closest name first", async () => {
    expect((await names("Petra Mueller"))[0]).toBe("Petra Mueller");
  });

  it("finds by customer number (any case, spaces), date of birth, phone and e-mail, and all of them together", async () => {
    expect(await names("123a 456789")).toEqual(["Jürgen Müller"]);
    expect(await names("02.04.1971")).toEqual(["Anna Schmidt", "Ayşe Yılmaz"].sort((a, b) => a.localeCompare(b)));
    expect(await names("Yilmaz 2.4.1971")).toEqual(["Ayşe Yılmaz"]);
    expect(await names("+491701234567")).toEqual(["Ayşe Yılmaz"]);
    expect(await names("ANGEL@example.org")).toEqual(["Ángel Núñez"]);
    expect(await names("Schmidt 29.02.1980")).toEqual([]);
  });

  it("answers a query that means nothing with a German message, not an error", () => {
    expect(parsePeopleQuery("")).toEqual({ ok: false, message: "Bitte geben Sie mindestens zwei Zeichen ein." });
    expect(parsePeopleQuery("a")).toMatchObject({ ok: false });
    expect(parsePeopleQuery("31.02.1980")).toEqual({ ok: false, message: "„31.02.1980“ ist kein gültiges Datum." });
    expect(parsePeopleQuery("x".repeat(201))).toMatchObject({ ok: false, message: expect.stringContaining("zu lang") });
    expect(parsePeopleQuery("a\u0000b")).toMatchObject({ ok: false });
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
