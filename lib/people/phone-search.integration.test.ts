// One number, any spelling: a person booked through the JSON API with "+49 621 5550101" is found by
// the front desk's search and by /staff/people's search however the number is typed; a number that
// cannot be read is refused at its field, in the API and in the staff form.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { handle } from "@/lib/api/http";
import { postAppointment } from "@/lib/booking/api";
import { ValidationError } from "@/lib/errors";
import { toBerlinIso } from "@/lib/time";
import { createTestLocation, slotStart } from "@/tests/booking";
import { createTestDatabase, type TestDatabase } from "@/tests/database";
import { createPerson, findPeople } from "./people";
import { parsePeopleQuery, searchPeople } from "./search";

let database: TestDatabase;
let locationId: string;
const name = `Telefon Person ${Date.now()}`;

function book(phone: string, ip: string) {
  return handle(postAppointment)(
    new Request("http://portal.test/api/v1/appointments", {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-for": ip, "idempotency-key": randomUUID() },
      body: JSON.stringify({
        requestType: "change-report",
        channel: "in-person",
        locationId,
        start: toBerlinIso(slotStart(3, "10:00")),
        person: { name, phone },
      }),
    }),
  );
}

beforeAll(async () => {
  database = await createTestDatabase("phone_search");
  process.env.DATABASE_URL = database.url;
  locationId = (await createTestLocation(database.prisma, { capacity: 2 })).id;
});

afterAll(() => database.drop());

describe("a phone number in any spelling", () => {
  it("is stored as E.164 when booked through the API, and found by the front desk and /staff/people", async () => {
    const booked = await book("+49 621 5550101", "10.1.0.1");
    expect(booked.status).toBe(201);
    const stored = await database.prisma.citizen.findFirstOrThrow({ where: { name } });
    expect(stored.phone).toBe("+496215550101");

    for (const typed of ["0621 5550101", "0621/555 01 01", "+49 621 555 0101", "00496215550101"]) {
      const desk = await findPeople({ phone: typed }, database.prisma);
      expect(
        desk.map((person) => person.id),
        typed,
      ).toEqual([stored.id]);
      const query = parsePeopleQuery(typed);
      if (!query.ok) throw new Error(query.message);
      const hits = await searchPeople(query.criteria, database.prisma);
      expect(
        hits.map((person) => person.id),
        typed,
      ).toEqual([stored.id]);
    }
  });

  it("refuses a number that cannot be read at its field: in the API and in the front desk's form", async () => {
    const refused = await book("12ab", "10.1.0.2");
    expect(refused.status).toBe(422);
    expect(JSON.stringify(await refused.json())).toContain("person.phone");
    const error = await createPerson({ name: "Zwölf Ab", phone: "12ab" }, database.prisma).catch((caught) => caught);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fields).toEqual({ phone: ["phone"] });
  });
});
