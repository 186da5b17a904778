// The one person search, as both pages use it against a real PostgreSQL: /staff/people's box
// (parsePeopleQuery) and the front desk's fields (criteriaFromFields) go through searchPeople.
// "Mueller" finds Müller, a typo is forgiven, a phone number is found in any spelling (booked
// through the JSON API as "+49 621 5550101"), customer number, date of birth as typed (02.04.1971)
// and e-mail; the hits are paged by keyset with their total.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { handle } from "@/lib/api/http";
import { postAppointment } from "@/lib/booking/api";
import { ValidationError } from "@/lib/errors";
import { toBerlinIso } from "@/lib/time";
import { createTestLocation, slotStart } from "@/tests/booking";
import { createTestDatabase, type TestDatabase } from "@/tests/database";
import { createPerson } from "./people";
import { criteriaFromFields, type PersonSearch } from "./search-form";
import { parsePeopleQuery, PEOPLE_PAGE_SIZE, searchPeople, type PeoplePageRequest } from "./search";

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase("people_search");
  for (const person of [
    { name: "Jürgen Müller", dateOfBirth: "1980-02-29", customerNumber: "123A456789", phone: "0621 / 12 34-56" },
    { name: "Petra Mueller", dateOfBirth: "1975-06-01" },
    { name: "Ayşe Yılmaz", dateOfBirth: "1971-04-02", phone: "+49 170 1234567" },
    { name: "Ángel Núñez", email: "angel@example.org", customerNumber: "987D654321" },
    { name: "Anna Schmidt", dateOfBirth: "1971-04-02" },
    { name: "Heinz Groß" },
    { name: "100% Sicher" },
  ]) {
    await createPerson(person, database.prisma);
  }
});

afterAll(() => database.drop());

/** The names /staff/people's box finds (the first page). */
async function box(q: string): Promise<string[]> {
  const parsed = parsePeopleQuery(q);
  if (!parsed.ok) throw new Error(parsed.message);
  return (await searchPeople(parsed.criteria, {}, database.prisma)).rows.map((hit) => hit.name);
}

/** The names the front desk's fields find (the first page). */
async function fields(input: PersonSearch): Promise<string[]> {
  return (await searchPeople(criteriaFromFields(input), {}, database.prisma)).rows.map((hit) => hit.name);
}

const refusal = (run: () => unknown) => {
  try {
    run();
    return null;
  } catch (error) {
    return error instanceof ValidationError ? error.fields : error;
  }
};

const byName = (names: string[]) => [...names].sort((a, b) => a.localeCompare(b));

describe("names: folded, typos forgiven, on both pages", () => {
  it("finds umlauts typed the German way and without them: Müller ↔ Mueller", async () => {
    for (const search of [box, (name: string) => fields({ name })]) {
      expect(await search("Mueller")).toEqual(expect.arrayContaining(["Jürgen Müller", "Petra Mueller"]));
      expect(await search("Müller")).toEqual(expect.arrayContaining(["Jürgen Müller", "Petra Mueller"]));
      expect(await search("Jürgen Mueller")).toEqual(["Jürgen Müller"]);
      // Typed without the umlaut and without its e, as from a keyboard without ü.
      expect(await search("Jurgen Muller")).toEqual(["Jürgen Müller"]);
      expect(await search("Gross")).toEqual(["Heinz Groß"]);
    }
  });

  it("finds Turkish and Spanish letters typed without them, and the start of a name", async () => {
    for (const search of [box, (name: string) => fields({ name })]) {
      expect(await search("Yilmaz")).toEqual(["Ayşe Yılmaz"]);
      expect(await search("ayse yilmaz")).toEqual(["Ayşe Yılmaz"]);
      expect(await search("Nunez")).toEqual(["Ángel Núñez"]);
      expect(await search("mül")).toContain("Jürgen Müller");
    }
  });

  it("finds a name with one typo, and not an unrelated one", async () => {
    for (const search of [box, (name: string) => fields({ name })]) {
      expect(await search("Yilmas")).toEqual(["Ayşe Yılmaz"]);
      expect(await search("Schmitt")).toEqual(["Anna Schmidt"]);
      expect(await search("Mueler")).toEqual(expect.arrayContaining(["Jürgen Müller", "Petra Mueller"]));
      expect(await search("Kowalski")).toEqual([]);
    }
  });

  it("does not let a long first name carry a name alone, and still forgives a typo in the surname", async () => {
    // At pg_trgm's plain 0.6, "Malgorzata Seidel" matched every Małgorzata (the first name is 11 of its 18 trigrams).
    for (const name of ["Małgorzata Seidel", "Małgorzata Winter", "Małgorzata Kowal"])
      await createPerson({ name }, database.prisma);
    expect(await box("Malgorzata Seidel")).toEqual(["Małgorzata Seidel"]);
    expect(await box("Malgorzata Seidek")).toEqual(["Małgorzata Seidel"]);
    expect(await box("Malgorzata Wimter")).toEqual(["Małgorzata Winter"]);
    // The first name alone still lists everyone of that name.
    expect(await box("Malgorzata")).toHaveLength(3);
  });

  it("forgives one typo but not two: the threshold is (n − 3) / (n + 3) of the n trigrams typed", async () => {
    // "konstantin seidel" has 18 trigrams: the threshold is 15/21 (0.714). "Sadel" shares 12 of them
    // (word similarity 0.667): a looser (n − 4) / (n + 4) = 0.636 would let it through.
    for (const name of ["Konstantin Seidel", "Konstantin Sadel"]) await createPerson({ name }, database.prisma);
    expect(await box("Konstantin Seidel")).toEqual(["Konstantin Seidel"]);
    expect(await box("Konstantin Seidek")).toEqual(["Konstantin Seidel"]);
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

  it("ranks the closest name first, and takes LIKE's wildcards as the characters typed", async () => {
    expect((await box("Petra Mueller"))[0]).toBe("Petra Mueller");
    expect(await box("Sicher")).toEqual(["100% Sicher"]);
    expect(await fields({ name: "100% Sicher" })).toEqual(["100% Sicher"]);
    expect(await fields({ name: "%S" })).toEqual([]);
  });
});

describe("customer number, date of birth, phone, e-mail", () => {
  it("finds by customer number in any case and with spaces, on both pages", async () => {
    expect(await box("123a 456789")).toEqual(["Jürgen Müller"]);
    expect(await fields({ customerNumber: "123a456789" })).toEqual(["Jürgen Müller"]);
    expect(await fields({ customerNumber: "987D654321" })).toEqual(["Ángel Núñez"]);
  });

  it("finds by date of birth as typed at a German counter (dd.mm.yyyy), alone and with a name", async () => {
    const both = byName(["Anna Schmidt", "Ayşe Yılmaz"]);
    expect(await box("02.04.1971")).toEqual(both);
    expect(await box("1971-04-02")).toEqual(both);
    expect(await box("Yilmaz 2.4.1971")).toEqual(["Ayşe Yılmaz"]);
    expect(await fields({ dateOfBirth: "02.04.1971" })).toEqual(both);
    expect(await fields({ dateOfBirth: " 2.4.1971 " })).toEqual(both);
    expect(await fields({ dateOfBirth: "02.04.1971", name: "Schmidt" })).toEqual(["Anna Schmidt"]);
    expect(await box("Schmidt 29.02.1980")).toEqual([]);
  });

  it("finds by phone in any spelling, on both pages", async () => {
    for (const typed of ["+491701234567", "0170 1234567", "0170/123 45 67", "+49 (170) 123-4567", "0049 170 1234567"]) {
      expect(await box(typed), typed).toEqual(["Ayşe Yılmaz"]);
      expect(await fields({ phone: typed }), typed).toEqual(["Ayşe Yılmaz"]);
    }
    expect(await fields({ phone: "0621 / 12 34-56" })).toEqual(["Jürgen Müller"]);
  });

  it("finds by e-mail in any case", async () => {
    expect(await box("ANGEL@example.org")).toEqual(["Ángel Núñez"]);
    expect(await box("Nunez angel@example.org")).toEqual(["Ángel Núñez"]);
  });

  it("finds a person booked through the API with +49 621 5550101 by every spelling", async () => {
    const location = await createTestLocation(database.prisma, { capacity: 2 });
    process.env.DATABASE_URL = database.url;
    const name = `Telefon Person ${Date.now()}`;
    const booked = await handle(postAppointment)(
      new Request("http://portal.test/api/v1/appointments", {
        method: "POST",
        headers: { "content-type": "application/json", "x-forwarded-for": "10.1.0.1", "idempotency-key": randomUUID() },
        body: JSON.stringify({
          requestType: "change-report",
          channel: "in-person",
          locationId: location.id,
          start: toBerlinIso(slotStart(3, "10:00")),
          person: { name, phone: "+49 621 5550101" },
        }),
      }),
    );
    expect(booked.status).toBe(201);
    const stored = await database.prisma.citizen.findFirstOrThrow({ where: { name } });
    expect(stored.phone).toBe("+496215550101");
    for (const typed of ["0621 5550101", "0621/555 01 01", "+49 621 555 0101", "00496215550101"]) {
      expect(await box(typed), typed).toEqual([name]);
      expect(await fields({ phone: typed }), typed).toEqual([name]);
    }
  });
});

describe("what cannot be searched", () => {
  it("the box answers a query that means nothing with a German message, not an error", () => {
    expect(parsePeopleQuery("")).toEqual({ ok: false, message: "Bitte geben Sie mindestens zwei Zeichen ein." });
    expect(parsePeopleQuery("a")).toMatchObject({ ok: false });
    expect(parsePeopleQuery("31.02.1980")).toEqual({ ok: false, message: "„31.02.1980“ ist kein gültiges Datum." });
    expect(parsePeopleQuery("x".repeat(201))).toMatchObject({ ok: false, message: expect.stringContaining("zu lang") });
    expect(parsePeopleQuery("a\u0000b")).toMatchObject({ ok: false });
  });

  it("the fields are refused at the field: none given, a day that is none, a short name, a phone that is none", () => {
    expect(refusal(() => criteriaFromFields({}))).toEqual({ form: ["criterion"] });
    expect(refusal(() => criteriaFromFields({ name: " ", phone: "" }))).toEqual({ form: ["criterion"] });
    expect(refusal(() => criteriaFromFields({ dateOfBirth: "1971/04/02" }))).toEqual({ dateOfBirth: ["dateOfBirth"] });
    expect(refusal(() => criteriaFromFields({ dateOfBirth: "31.02.1971" }))).toEqual({ dateOfBirth: ["dateOfBirth"] });
    expect(refusal(() => criteriaFromFields({ name: "a" }))).toEqual({ name: ["nameTooShort"] });
    expect(refusal(() => criteriaFromFields({ phone: "12ab" }))).toEqual({ phone: ["phone"] });
  });
});

describe("paging the hits", () => {
  const SURNAME = "Vielfalt";
  const COUNT = PEOPLE_PAGE_SIZE * 2 + 7;

  beforeAll(async () => {
    // Many people of one surname, some sharing the whole name (then told apart by date of birth and id).
    for (let index = 0; index < COUNT; index++)
      await database.prisma.citizen.create({
        data: {
          name: `${["Ada", "Ben", "Cem", "Dana"][index % 4]} ${SURNAME}`,
          dateOfBirth: index % 3 === 0 ? null : new Date(Date.UTC(1950 + (index % 40), index % 12, 1 + (index % 27))),
        },
      });
  });

  const criteria = () => {
    const parsed = parsePeopleQuery(SURNAME);
    if (!parsed.ok) throw new Error(parsed.message);
    return parsed.criteria;
  };
  const page = (request: PeoplePageRequest) => searchPeople(criteria(), request, database.prisma);

  it("walks forwards and backwards through every hit once, in order, with the total on every page", async () => {
    const forwards: string[] = [];
    let current = await page({});
    expect(current.atStart).toBe(true);
    for (;;) {
      expect(current.total).toBe(COUNT);
      expect(current.rows.length).toBeLessThanOrEqual(PEOPLE_PAGE_SIZE);
      forwards.push(...current.rows.map((row) => row.id));
      if (!current.next) break;
      current = await page({ after: current.next });
    }
    expect(current.atEnd).toBe(true);
    expect(forwards).toHaveLength(COUNT);
    expect(new Set(forwards).size).toBe(COUNT);

    const backwards: string[] = [];
    current = await page({ end: true });
    expect(current.atEnd).toBe(true);
    // The last page is full: it is the last PEOPLE_PAGE_SIZE hits (the first page, reached backwards, holds the rest).
    expect(current.rows).toHaveLength(PEOPLE_PAGE_SIZE);
    for (;;) {
      backwards.unshift(...current.rows.map((row) => row.id));
      if (!current.previous) break;
      current = await page({ before: current.previous });
    }
    expect(current.atStart).toBe(true);
    expect(backwards).toEqual(forwards);
  });

  it("a page named by a hit that no longer matches starts again at the first", async () => {
    const first = await page({});
    const gone = await createPerson({ name: "Niemand Anderes" }, database.prisma);
    expect((await page({ after: gone.id })).rows.map((row) => row.id)).toEqual(first.rows.map((row) => row.id));
  });
});
