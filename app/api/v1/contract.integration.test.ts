// The public API keeps the contract its OpenAPI document states: real requests through the route
// handlers, against a real database, for the success and every error of every operation; each
// answer's status must be listed and its body and headers must match the document's schemas.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as health } from "@/app/api/health/route";
import { DELETE as cancelAppointment, GET as getAppointment } from "@/app/api/v1/appointments/[id]/route";
import { POST as bookAppointment } from "@/app/api/v1/appointments/route";
import { GET as calendarFile } from "@/app/api/v1/calendar/[token]/route";
import { GET as listLocations } from "@/app/api/v1/locations/route";
import { GET as openApiDocument } from "@/app/api/v1/openapi.json/route";
import { POST as recommend } from "@/app/api/v1/recommendations/route";
import { GET as listRequestTypes } from "@/app/api/v1/request-types/route";
import { GET as queueDisplay } from "@/app/api/v1/queue/display/route";
import { POST as drawQueueTicket } from "@/app/api/v1/queue/tickets/route";
import { GET as listSlots } from "@/app/api/v1/slots/route";
import { POST as createSubmission } from "@/app/api/v1/submissions/route";
import { MAX_OPEN_APPOINTMENTS_PER_CONTACT } from "@/lib/booking/book";
import { createPrismaClient } from "@/lib/db";
import { setUpFormsTest, type FormsTestEnvironment } from "@/lib/forms/test-setup";
import { addDays, berlinDate, toBerlinIso } from "@/lib/time";
import { ContractChecker, type OpenApiDocument } from "@/tests/api-contract";
import { createTestLocation, slotStart } from "@/tests/booking";

const API_KEY = "kiosk-key-for-the-contract-test";
process.env.API_KEYS = `other-key, ${API_KEY}`;

let env: FormsTestEnvironment;
let contract: ContractChecker;
let inPerson: string;
let video: string;
const base = "http://portal.test";
const appGlobals = globalThis as { zugangPrisma?: unknown };

beforeAll(async () => {
  env = await setUpFormsTest("contract");
  process.env.UPLOAD_DIR = env.uploadDir;
  inPerson = (await createTestLocation(env.database.prisma, { capacity: 1 })).id;
  video = (await createTestLocation(env.database.prisma, { capacity: 5, kind: "virtual" })).id;
  contract = new ContractChecker((await openApiDocument().json()) as OpenApiDocument);
});
afterAll(async () => env?.close());

let addressCount = 0;
/** Each request its own client address unless a test says otherwise: rate limits count per address. */
const freshAddress = () => `10.30.${Math.floor(++addressCount / 250)}.${addressCount % 250}`;
const uniqueEmail = () => `contract-${Math.random().toString(36).slice(2, 10)}@example.org`;

function request(path: string, init: { method?: string; body?: unknown; headers?: Record<string, string> } = {}) {
  const headers = {
    "x-forwarded-for": freshAddress(),
    ...(init.body !== undefined ? { "content-type": "application/json" } : {}),
    ...init.headers,
  };
  return new Request(`${base}${path}`, {
    method: init.method ?? "GET",
    headers,
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
}
const params = <T>(value: T) => ({ params: Promise.resolve(value) });

/** Sends until the rate limit answers: at most twice its size, should a window turn over meanwhile. */
async function untilLimited(send: () => Promise<Response>, limit: number): Promise<Response> {
  for (let attempt = 0; attempt <= 2 * limit + 1; attempt++) {
    const response = await send();
    if (response.status === 429) return response;
    await response.arrayBuffer();
  }
  throw new Error(`no 429 after ${2 * limit + 2} requests`);
}

let day = 2;
const booking = (overrides: Record<string, unknown> = {}) => ({
  requestType: "change-report",
  channel: "in-person",
  locationId: inPerson,
  start: toBerlinIso(slotStart(day++)),
  person: { name: "Contract Person", email: uniqueEmail() },
  ...overrides,
});
const book = (body: unknown, key: string = crypto.randomUUID(), headers: Record<string, string> = {}) =>
  bookAppointment(
    request("/api/v1/appointments", { method: "POST", body, headers: { "idempotency-key": key, ...headers } }),
  );
const booked = async (body = booking()) =>
  (await contract.check("bookAppointment", "booked for a later case", await book(body), 201)) as {
    id: string;
    manageToken: string;
  };
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

describe("the public API answers as its OpenAPI document says", () => {
  it("getHealth: 200, and 503 when the database does not answer", async () => {
    await contract.check("getHealth", "database answers", await health(), 200);
    const working = appGlobals.zugangPrisma;
    const unreachable = createPrismaClient("postgresql://postgres@127.0.0.1:1/unreachable");
    appGlobals.zugangPrisma = unreachable;
    try {
      await contract.check("getHealth", "database unreachable", await health(), 503);
    } finally {
      appGlobals.zugangPrisma = working;
      await unreachable.$disconnect();
    }
  });

  it("listRequestTypes: 200, 422", async () => {
    await contract.check(
      "listRequestTypes",
      "English",
      await listRequestTypes(request("/api/v1/request-types?locale=en")),
      200,
    );
    await contract.check(
      "listRequestTypes",
      "unknown locale",
      await listRequestTypes(request("/api/v1/request-types?locale=xx")),
      422,
    );
  });

  it("recommendChannels: 200, 404, 422", async () => {
    const post = (body: unknown) => recommend(request("/api/v1/recommendations?locale=de", { method: "POST", body }));
    await contract.check(
      "recommendChannels",
      "personal preference",
      await post({ requestType: "job-counselling", preference: "personal" }),
      200,
    );
    await contract.check(
      "recommendChannels",
      "unknown request type",
      await post({ requestType: "no-such-request" }),
      404,
    );
    await contract.check("recommendChannels", "request type not a string", await post({ requestType: 5 }), 422);
  });

  it("listLocations: 200", async () => {
    await contract.check("listLocations", "all", await listLocations(), 200);
  });

  it("listSlots: 200, 422, 429, and a trusted channel's API key past the address's limit", async () => {
    const from = addDays(berlinDate(new Date()), 2);
    const query = `requestType=change-report&channel=in-person&location=${inPerson}&from=${from}&to=${addDays(from, 6)}`;
    const slots = (await contract.check(
      "listSlots",
      "a week",
      await listSlots(request(`/api/v1/slots?${query}`)),
      200,
    )) as { slots: unknown[] };
    expect(slots.slots.length).toBeGreaterThan(0);
    await contract.check(
      "listSlots",
      "bad channel and day",
      await listSlots(request("/api/v1/slots?requestType=change-report&channel=boat&from=x&to=y")),
      422,
    );
    await contract.check(
      "listSlots",
      "range too long",
      await listSlots(
        request(`/api/v1/slots?requestType=change-report&channel=in-person&from=${from}&to=${addDays(from, 90)}`),
      ),
      422,
    );
    const address = { "x-forwarded-for": "10.31.0.1" };
    const limited = await untilLimited(
      () => listSlots(request("/api/v1/slots?channel=boat", { headers: address })),
      120,
    );
    await contract.check("listSlots", "121st search a minute from one address", limited, 429);
    const withKey = await listSlots(
      request(`/api/v1/slots?${query}`, { headers: { ...address, "x-api-key": API_KEY } }),
    );
    await contract.check("listSlots", "same address with X-Api-Key", withKey, 200);
  });

  it("bookAppointment: 201, 200 replayed, 409 for each conflict, 422, 429", async () => {
    const first = booking();
    const created = (await contract.check(
      "bookAppointment",
      "in person",
      await book(first, "contract-key-0001"),
      201,
    )) as { id: string };
    await contract.check(
      "bookAppointment",
      "video",
      await book(booking({ channel: "video", locationId: video, videoConsent: true })),
      201,
    );
    const replay = (await contract.check(
      "bookAppointment",
      "same key, same body",
      await book(first, "contract-key-0001"),
      200,
    )) as { id: string };
    expect(replay.id).toBe(created.id);

    const conflict = async (what: string, response: Response) =>
      ((await contract.check("bookAppointment", what, response, 409)) as { error: string }).error;
    expect(await conflict("slot taken", await book({ ...booking(), start: first.start }))).toBe("slot-taken");
    expect(await conflict("same key, other body", await book(booking(), "contract-key-0001"))).toBe(
      "idempotency-key-reused",
    );
    const email = uniqueEmail();
    for (let index = 0; index < MAX_OPEN_APPOINTMENTS_PER_CONTACT; index++)
      await booked(booking({ person: { name: "Often", email } }));
    expect(
      await conflict(
        "one appointment too many for a contact",
        await book(booking({ person: { name: "Often", email } })),
      ),
    ).toBe("too-many-appointments");
    // What a concurrent twin finds while the first request with its key is still running: the claim without an answer.
    await env.database.prisma.idempotencyRecord.create({
      data: { scope: "api:appointments", key: "contract-key-running", requestHash: "still running" },
    });
    expect(await conflict("key of a request still running", await book(booking(), "contract-key-running"))).toBe(
      "idempotency-conflict",
    );

    await contract.check(
      "bookAppointment",
      "no Idempotency-Key",
      await bookAppointment(request("/api/v1/appointments", { method: "POST", body: booking() })),
      422,
    );
    await contract.check(
      "bookAppointment",
      "no name, no contact",
      await book({ ...booking(), person: { name: "" } }),
      422,
    );
    await contract.check(
      "bookAppointment",
      "start off the slot grid",
      await book(booking({ start: toBerlinIso(slotStart(day++, "09:07")) })),
      422,
    );
    const address = { "x-forwarded-for": "10.31.0.2" };
    const limited = await untilLimited(() => book({ nothing: true }, crypto.randomUUID(), address), 10);
    await contract.check("bookAppointment", "11th booking in 10 minutes from one address", limited, 429);
    await contract.check(
      "bookAppointment",
      "same address with X-Api-Key",
      await book(booking(), crypto.randomUUID(), { ...address, "x-api-key": API_KEY }),
      201,
    );
  });

  it("getAppointment: 200, 404, 429", async () => {
    const { id, manageToken } = await booked();
    const get = (token: string | null, headers: Record<string, string> = {}, forId = id) =>
      getAppointment(
        request(`/api/v1/appointments/${forId}`, { headers: { ...(token ? bearer(token) : {}), ...headers } }),
        params({ id: forId }),
      );
    await contract.check("getAppointment", "with its token", await get(manageToken), 200);
    await contract.check("getAppointment", "without a token", await get(null), 404);
    await contract.check("getAppointment", "wrong token", await get("a".repeat(43)), 404);
    await contract.check("getAppointment", "token of another id", await get(manageToken, {}, crypto.randomUUID()), 404);
    const limited = await untilLimited(() => get(manageToken, { "x-forwarded-for": "10.31.0.3" }), 120);
    await contract.check("getAppointment", "121st look a minute from one address", limited, 429);
  });

  it("cancelAppointment: 200, 404, 409, 429", async () => {
    const cancel = (id: string, token: string | null, headers: Record<string, string> = {}) =>
      cancelAppointment(
        request(`/api/v1/appointments/${id}`, {
          method: "DELETE",
          headers: { ...(token ? bearer(token) : {}), ...headers },
        }),
        params({ id }),
      );
    const open = await booked();
    await contract.check("cancelAppointment", "open appointment", await cancel(open.id, open.manageToken), 200);
    await contract.check("cancelAppointment", "already cancelled", await cancel(open.id, open.manageToken), 200);
    await contract.check("cancelAppointment", "without a token", await cancel(open.id, null), 404);
    const arrived = await booked();
    await env.database.prisma.appointment.update({ where: { id: arrived.id }, data: { status: "checked_in" } });
    await contract.check("cancelAppointment", "checked in", await cancel(arrived.id, arrived.manageToken), 409);
    const limited = await untilLimited(() => cancel(open.id, open.manageToken, { "x-forwarded-for": "10.31.0.4" }), 10);
    await contract.check("cancelAppointment", "11th cancellation in 10 minutes from one address", limited, 429);
  });

  it("getCalendarFile: 200 (text/calendar), 404", async () => {
    const { manageToken } = await booked();
    const file = (token: string) => calendarFile(request(`/api/v1/calendar/${token}`), params({ token }));
    expect(await contract.check("getCalendarFile", "its token", await file(manageToken), 200)).toContain(
      "BEGIN:VEVENT",
    );
    await contract.check("getCalendarFile", "unknown token", await file("b".repeat(43)), 404);
    await contract.check("getCalendarFile", "not a token", await file("nonsense"), 404);
  });

  it("createSubmission: 201 (and replayed), 409 for each conflict, 413, 415, 422", async () => {
    const pdf = new File([Buffer.from("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n")], "statement.pdf", {
      type: "application/pdf",
    });
    const answers = { documentKinds: ["bankStatement"], fullName: "Olena Kovalenko", dateOfBirth: "1979-11-30" };
    const submit = (parts: { form?: string; data?: unknown; files?: File[]; key?: string | null }) => {
      const body = new FormData();
      body.append("form", parts.form ?? "submit-documents");
      body.append("data", JSON.stringify(parts.data ?? answers));
      for (const file of parts.files ?? [pdf]) body.append("files", file);
      const headers: Record<string, string> =
        parts.key === null ? {} : { "Idempotency-Key": parts.key ?? crypto.randomUUID() };
      return createSubmission(new Request(`${base}/api/v1/submissions`, { method: "POST", body, headers }));
    };
    await contract.check("createSubmission", "documents", await submit({ key: "contract-submission-1" }), 201);
    const replayed = await submit({ key: "contract-submission-1" });
    expect(replayed.headers.get("idempotent-replayed")).toBe("true");
    await contract.check("createSubmission", "same key, same content", replayed, 201);
    const conflict = async (what: string, response: Response) =>
      ((await contract.check("createSubmission", what, response, 409)) as { error: string }).error;
    expect(
      await conflict(
        "same key, other content",
        await submit({ key: "contract-submission-1", data: { ...answers, fullName: "Someone Else" } }),
      ),
    ).toBe("idempotency-key-reused");
    await submit({ key: "contract-submission-2" });
    // What a concurrent twin finds while the first filing with its key is still running: a record without an answer.
    await env.database.prisma
      .$executeRaw`UPDATE idempotency_record SET status_code = NULL, response_body = NULL WHERE scope = 'submissions' AND key = 'contract-submission-2'`;
    expect(await conflict("key of a filing still running", await submit({ key: "contract-submission-2" }))).toBe(
      "in-progress",
    );

    const eleven = Array.from(
      { length: 11 },
      (_, index) => new File([pdf], `page-${index}.pdf`, { type: "application/pdf" }),
    );
    await contract.check("createSubmission", "eleven files", await submit({ files: eleven }), 413);
    await contract.check(
      "createSubmission",
      "a script named .jpg",
      await submit({ files: [new File(["#!/bin/sh\n"], "photo.jpg", { type: "image/jpeg" })] }),
      415,
    );
    const invalid = async (what: string, response: Response) =>
      ((await contract.check("createSubmission", what, response, 422)) as { error: string }).error;
    expect(
      await invalid(
        "wrong answers",
        await submit({ form: "change-report", data: { changeKind: "bank", iban: "DE12" } }),
      ),
    ).toBe("invalid");
    expect(await invalid("no Idempotency-Key", await submit({ key: null }))).toBe("invalid");
    expect(
      await invalid("an empty file", await submit({ files: [new File([], "empty.pdf", { type: "application/pdf" })] })),
    ).toBe("empty");
  });

  it("drawQueueTicket: 201, 401, 409, 422; getQueueDisplay: 200, 404, 422", async () => {
    const draw = (body: unknown, headers: Record<string, string> = { "x-api-key": API_KEY }) =>
      drawQueueTicket(request("/api/v1/queue/tickets", { method: "POST", body, headers }));
    const first = (await contract.check(
      "drawQueueTicket",
      "a walk-in",
      await draw({ locationId: inPerson, requestType: "change-report", language: "en", phone: "+49 171 5550199" }),
      201,
    )) as { number: string; position: number; ticketUrl: string };
    expect(first).toMatchObject({ number: "A001", position: 1 });
    expect(first.ticketUrl).toMatch(/\/display\/ticket\/[0-9a-f-]{36}$/);
    await contract.check("drawQueueTicket", "no key", await draw({ locationId: inPerson }, {}), 401);
    await contract.check(
      "drawQueueTicket",
      "a key not among API_KEYS",
      await draw({ locationId: inPerson }, { "x-api-key": "guessed" }),
      401,
    );
    await contract.check(
      "drawQueueTicket",
      "unknown location, bad phone",
      await draw({ locationId: crypto.randomUUID(), phone: "call me" }),
      422,
    );
    await contract.check(
      "drawQueueTicket",
      "not JSON",
      await drawQueueTicket(
        request("/api/v1/queue/tickets", {
          method: "POST",
          headers: { "x-api-key": API_KEY, "content-type": "application/json" },
        }),
      ),
      422,
    );
    const small = (await createTestLocation(env.database.prisma, { capacity: 1 })).id;
    await env.database.prisma.queueLocation.update({ where: { locationId: small }, data: { dailyLimit: 0 } });
    const full = (await contract.check(
      "drawQueueTicket",
      "the day's numbers all given out",
      await draw({ locationId: small, language: "de" }),
      409,
    )) as { message: string };
    expect(full.message).toContain("alle Wartenummern");

    const { displayToken } = await env.database.prisma.queueLocation.findUniqueOrThrow({
      where: { locationId: inPerson },
    });
    const display = (await contract.check(
      "getQueueDisplay",
      "its token",
      await queueDisplay(request(`/api/v1/queue/display?token=${displayToken}`)),
      200,
    )) as { waiting: number };
    expect(display.waiting).toBe(1);
    await contract.check(
      "getQueueDisplay",
      "unknown token",
      await queueDisplay(request(`/api/v1/queue/display?token=${"x".repeat(43)}`)),
      404,
    );
    await contract.check("getQueueDisplay", "no token", await queueDisplay(request("/api/v1/queue/display")), 422);
  });

  it("every answer the document lists was shown by a request, except those no request can provoke here", () => {
    // 500 is handle()'s answer to an unexpected failure, which no correct request provokes. The JSON
    // routes' 503 (a database that does not answer) is handle()'s too: its case belongs beside
    // getHealth's once handle() tells that failure apart from the others.
    const provokable = (operationId: string, status: string) =>
      status !== "500" && !(status === "503" && operationId !== "getHealth");
    const shown = new Set(contract.checked.map((answer) => `${answer.operationId} ${answer.status}`));
    const missing = contract
      .documented()
      .filter(({ operationId, status }) => provokable(operationId, status) && !shown.has(`${operationId} ${status}`));
    console.info(
      `checked against the document:\n${contract.checked.map((answer) => `  ${answer.operationId} ${answer.status}  ${answer.what}`).join("\n")}`,
    );
    expect(missing).toEqual([]);
  });
});
