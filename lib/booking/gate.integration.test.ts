// One booking request, one gate, against a real database: answers the details page refused cannot
// be booked by confirming their draft, the API refuses the same answers with field errors, a draft
// that no longer fits reads as expired, and bad query values find nothing instead of failing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { handle } from "@/lib/api/http";
import { ValidationError } from "@/lib/errors";
import { toBerlinIso } from "@/lib/time";
import { createTestLocation, slotStart } from "@/tests/booking";
import { createTestDatabase, type TestDatabase } from "@/tests/database";
import { getSlots, postAppointment } from "./api";
import { bookSlot } from "./book";
import { requestTypeFor } from "./browse";
import { loadDraft } from "./drafts";
import { rescheduleAppointment } from "./manage";
import { confirmBooking, saveDetails } from "./posts";
import { hashToken } from "@/lib/tokens";

let database: TestDatabase;
let locationId: string;
let ipCounter = 0;

beforeAll(async () => {
  database = await createTestDatabase("bookinggate");
  // The app's lazily created client (lib/db.ts) uses this database for the whole file.
  (globalThis as { zugangPrisma?: unknown }).zugangPrisma = database.prisma;
  locationId = (await createTestLocation(database.prisma, { capacity: 5 })).id;
});

afterAll(async () => {
  (globalThis as { zugangPrisma?: unknown }).zugangPrisma = undefined;
  await database.drop();
});

/** Each call its own client address, so that the rate limits do not decide the outcome. */
const headers = () => new Headers({ "x-forwarded-for": `198.51.100.${++ipCounter}` });
const draftOf = (url: string) => new URL(url, "http://portal.test").searchParams.get("draft") ?? "";

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

const details = (start: Date, answers: Record<string, string>) =>
  form({
    requestType: "change-report",
    channel: "in_person",
    locationId,
    start: start.toISOString(),
    name: "Erika Muster",
    email: `gate-${++ipCounter}@example.org`,
    ...answers,
  });

async function bookedSoFar() {
  return {
    appointments: await database.prisma.appointment.count(),
    outbox: await database.prisma.notificationOutbox.count(),
  };
}

const refused: { label: string; answers: Record<string, string>; errors: Record<string, string>; api: string[] }[] = [
  {
    label: "an empty name and an e-mail that is none",
    answers: { name: "", email: "not-an-email<script>" },
    errors: { name: "name", email: "email" },
    api: ["person.email", "person.name"],
  },
  {
    label: "a 5,000-character name",
    answers: { name: "E".repeat(5000) },
    errors: { name: "tooLong" },
    api: ["person.name"],
  },
  {
    label: "a phone number that is none",
    answers: { email: "", phone: "call me maybe" },
    errors: { phone: "phone" },
    api: ["person.phone"],
  },
];

describe("the confirm step books only a draft that passes the gate", () => {
  it.each(refused)("$label: back to the details page with the errors, nothing booked", async ({ answers, errors }) => {
    const start = slotStart(4, "10:00");
    const saved = await saveDetails(details(start, answers), { locale: "en" });
    expect(saved).toMatch(/^\/en\/appointments\/new\/details\?draft=/);
    const draft = draftOf(saved);
    const before = await bookedSoFar();

    const answer = await confirmBooking(form({ draft }), { locale: "en", headers: headers() });
    expect(answer).toBe(`/en/appointments/new/details?draft=${draft}`);
    expect((await loadDraft(draft))?.errors).toEqual(errors);
    expect(await bookedSoFar()).toEqual(before);
  });

  it("a NUL in an answer is an error at its field, and the draft keeps the rest of the answer", async () => {
    const saved = await saveDetails(
      details(slotStart(4, "11:00"), { name: "Nul\u0000Byte", note: "line one\nline\u0007 two" }),
      { locale: "de" },
    );
    const draft = await loadDraft(draftOf(saved));
    expect(saved).toMatch(/^\/appointments\/new\/details\?draft=/);
    expect(draft?.errors).toEqual({ name: "invalidCharacters", note: "invalidCharacters" });
    expect(draft?.data.person.name).toBe("NulByte");
    expect(draft?.data.note).toBe("line one\nline two");
    // What is left would pass, but the person has not seen it yet: the confirm step sends them back.
    const before = await bookedSoFar();
    expect(await confirmBooking(form({ draft: draft!.token }), { locale: "de", headers: headers() })).toBe(
      `/appointments/new/details?draft=${draft!.token}`,
    );
    expect(await bookedSoFar()).toEqual(before);
  });
});

describe("the API refuses the same answers", () => {
  function post(person: Record<string, string>) {
    const body = {
      requestType: "change-report",
      channel: "in-person",
      locationId,
      start: toBerlinIso(slotStart(4, "12:00")),
      person: { name: "Api Person", email: "api@example.org", ...person },
    };
    const request = new Request("http://portal.test/api/v1/appointments", {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "idempotency-key": `gate-key-${++ipCounter}`,
        "x-forwarded-for": `192.0.2.${ipCounter}`,
      },
      body: JSON.stringify(body),
    });
    return handle(postAppointment)(request);
  }

  it.each(refused)("$label: 422 with field errors in English", async ({ answers, api }) => {
    const before = await bookedSoFar();
    const response = await post(answers);
    expect(response.status).toBe(422);
    const { fields } = (await response.json()) as { fields: Record<string, string[]> };
    expect(Object.keys(fields).sort()).toEqual(api);
    for (const messages of Object.values(fields)) expect(messages[0]).toMatch(/^[A-Z].*\.$/);
    expect(await bookedSoFar()).toEqual(before);
  });

  it("a NUL in the name is 422, not a database error", async () => {
    const response = await post({ name: "Nul\u0000Byte" });
    expect(response.status).toBe(422);
    expect((await response.json()).fields).toEqual({
      "person.name": ["Control characters (such as NUL) are not allowed."],
    });
  });

  it("bookSlot itself refuses, whoever calls it: codes by field", async () => {
    const request = {
      requestType: "change-report",
      channel: "in_person" as const,
      locationId,
      start: slotStart(4, "13:00"),
      person: { name: "", email: "not-an-email" },
      language: "de" as const,
    };
    const error = await bookSlot(request).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fields).toEqual({ "person.name": ["name"], "person.email": ["email"] });
  });
});

describe("values that do not fit find nothing, never an error", () => {
  it("a draft whose stored start is garbage reads as expired, on the check page and at confirm", async () => {
    const token = draftOf(await saveDetails(details(slotStart(5, "10:00"), {}), { locale: "en" }));
    const row = await database.prisma.bookingDraft.findUniqueOrThrow({ where: { tokenHash: hashToken(token) } });
    await database.prisma.bookingDraft.update({
      where: { id: row.id },
      data: { data: { ...(row.data as object), start: "garbage" } },
    });
    expect(await loadDraft(token)).toBeNull();
    const before = await bookedSoFar();
    expect(await confirmBooking(form({ draft: token }), { locale: "en", headers: headers() })).toBe(
      "/en/appointments/new/check?expired=1",
    );
    expect(await bookedSoFar()).toEqual(before);
  });

  it("a draft of an older shape reads as expired", async () => {
    const token = draftOf(await saveDetails(details(slotStart(5, "11:00"), {}), { locale: "en" }));
    await database.prisma.bookingDraft.updateMany({
      where: { tokenHash: hashToken(token) },
      data: { data: { requestType: "change-report", name: "Erika" } },
    });
    expect(await loadDraft(token)).toBeNull();
  });

  it("/api/v1/slots answers 422 to a day that does not exist", async () => {
    const response = await handle(getSlots)(
      new Request(
        `http://portal.test/api/v1/slots?requestType=change-report&channel=in-person&from=2026-02-30&to=2026-03-02`,
      ),
    );
    expect(response.status).toBe(422);
    expect((await response.json()).fields).toEqual({ from: ["Not a real date."] });
    const nul = await handle(getSlots)(
      new Request(`http://portal.test/api/v1/slots?requestType=%00&channel=in-person&from=2026-03-01&to=2026-03-02`),
    );
    expect(nul.status).toBe(422);
  });

  it("a request type with a NUL finds none", async () => {
    expect(await requestTypeFor("\u0000")).toBeNull();
    expect(await requestTypeFor("change-report")).toMatchObject({ key: "change-report" });
  });

  it("moving an appointment to a start that is no time is refused by the gate", async () => {
    const booked = await bookSlot({
      requestType: "change-report",
      channel: "in_person",
      locationId,
      start: slotStart(6, "09:00"),
      person: { name: "Move Person", email: "move@example.org" },
      language: "de",
    });
    const error = await rescheduleAppointment(booked.manageToken!, new Date("soon")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fields).toEqual({ start: ["notBookable"] });
  });
});
