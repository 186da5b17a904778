// The front desk's people: created without an e-mail address through the one person schema, and
// found by customer number, the start of a name (any case, any accents), date of birth or phone.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ValidationError } from "@/lib/errors";
import { createTestDatabase, type TestDatabase } from "@/tests/database";
import { createPerson, findPeople } from "./people";

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

describe("finding a person", () => {
  beforeAll(async () => {
    for (const person of [
      { name: "Ayşe Yılmaz", dateOfBirth: "1971-04-02", phone: "+49 170 1234567" },
      { name: "Ángel Núñez", customerNumber: "987D654321" },
      { name: "Anna Schmidt", dateOfBirth: "1971-04-02" },
      { name: "100% Sicher" },
    ]) {
      await createPerson(person, database.prisma);
    }
  });

  const names = async (query: Parameters<typeof findPeople>[0]) =>
    (await findPeople(query, database.prisma)).map((person) => person.name);

  it("by the start of any word of the name, whatever the case and accents", async () => {
    expect(await names({ name: "mül" })).toEqual(["Jürgen Müller"]);
    expect(await names({ name: "MULL" })).toEqual(["Jürgen Müller"]);
    expect(await names({ name: "jurgen m" })).toEqual(["Jürgen Müller"]);
    expect(await names({ name: "ayse" })).toEqual(["Ayşe Yılmaz"]);
    expect(await names({ name: "angel" })).toEqual(["Ángel Núñez"]);
    expect(await names({ name: "nun" })).toEqual(["Ángel Núñez"]);
    expect(await names({ name: "ller" })).toEqual([]);
  });

  it("treats LIKE's wildcards as the characters typed", async () => {
    expect(await names({ name: "10" })).toEqual(["100% Sicher"]);
    expect(await names({ name: "%S" })).toEqual([]);
    expect(await names({ name: "__" })).toEqual([]);
  });

  it("by customer number, date of birth or phone (as typed in any format), every criterion given", async () => {
    expect(await names({ customerNumber: "987D654321" })).toEqual(["Ángel Núñez"]);
    expect(await names({ dateOfBirth: "1971-04-02" })).toEqual(["Anna Schmidt", "Ayşe Yılmaz"]);
    expect(await names({ dateOfBirth: "1971-04-02", name: "an" })).toEqual(["Anna Schmidt"]);
    // As dates are typed at a German counter.
    expect(await names({ dateOfBirth: "02.04.1971" })).toEqual(["Anna Schmidt", "Ayşe Yılmaz"]);
    expect(await names({ dateOfBirth: " 2.4.1971 " })).toEqual(["Anna Schmidt", "Ayşe Yılmaz"]);
    expect(await names({ phone: "+49 (170) 123-4567" })).toEqual(["Ayşe Yılmaz"]);
    expect(await names({ phone: "0621 / 12 34-56" })).toEqual(["Jürgen Müller"]);
  });

  it("needs at least one criterion, and refuses bad ones", async () => {
    expect(await refusal(findPeople({}, database.prisma))).toEqual({ form: ["criterion"] });
    expect(await refusal(findPeople({ name: " ", phone: "" }, database.prisma))).toEqual({ form: ["criterion"] });
    expect(await refusal(findPeople({ dateOfBirth: "1971/04/02" }, database.prisma))).toEqual({
      dateOfBirth: ["dateOfBirth"],
    });
    expect(await refusal(findPeople({ dateOfBirth: "31.02.1971" }, database.prisma))).toEqual({
      dateOfBirth: ["dateOfBirth"],
    });
    expect(await refusal(findPeople({ name: "a" }, database.prisma))).toEqual({ name: ["nameTooShort"] });
  });
});
