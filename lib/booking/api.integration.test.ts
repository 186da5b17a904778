// The booking API's contract, called through its handlers against a real database: status codes,
// bodies, Idempotency-Key, Bearer manage token, and the PostgreSQL-backed rate limits.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { handle } from "@/lib/api/http";
import { deleteAppointment, getAppointment, getLocations, getSlots, postAppointment } from "@/lib/booking/api";
import { consumeLimits } from "@/lib/booking/rate-limit";
import { RateLimitedError } from "@/lib/errors";
import { createTestLocation, slotStart } from "@/tests/booking";
import { createTestDatabase, type TestDatabase } from "@/tests/database";
import { addDays, berlinDate, toBerlinIso } from "@/lib/time";
import { appCounters } from "@/lib/metrics";

/** zugang_bookings_total for a channel, as /metrics would show it. */
async function bookingsCounted(channel: string): Promise<number> {
  const { values } = await appCounters().bookings.get();
  return values.find((value) => value.labels.channel === channel)?.value ?? 0;
}

let database: TestDatabase;
let locationId: string;
let ipCounter = 0;

beforeAll(async () => {
  database = await createTestDatabase("bookingapi");
  process.env.DATABASE_URL = database.url;
  locationId = (await createTestLocation(database.prisma, { capacity: 1 })).id;
});

afterAll(async () => {
  await database.drop();
});

const base = "http://portal.test/api/v1";
/** Each test its own client address, so that the rate limits of one test do not touch another. */
const freshIp = () => `10.0.0.${++ipCounter}`;

function post(body: unknown, headers: Record<string, string> = {}) {
  return handle(postAppointment)(
    new Request(`${base}/appointments`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-for": freshIp(), ...headers },
      body: JSON.stringify(body),
    }),
  );
}

function body(start: Date, email = `api-${Math.random().toString(36).slice(2)}@example.org`) {
  return {
    requestType: "change-report",
    channel: "in-person",
    locationId,
    start: toBerlinIso(start),
    person: { name: "Api Person", email },
  };
}

describe("booking API", () => {
  it("lists locations and free slots", async () => {
    const locations = await (await handle(getLocations)()).json();
    expect(
      locations.locations.some(
        (location: { id: string; channels: string[] }) =>
          location.id === locationId && location.channels[0] === "in-person",
      ),
    ).toBe(true);
    const day = addDays(berlinDate(new Date()), 3);
    const response = await handle(getSlots)(
      new Request(
        `${base}/slots?requestType=change-report&channel=in-person&location=${locationId}&from=${day}&to=${day}`,
      ),
    );
    expect(response.status).toBe(200);
    const { slots } = await response.json();
    expect(slots[0]).toMatchObject({ start: expect.stringMatching(/T08:00:00\+0[12]:00$/), locationId, remaining: 1 });
    const bad = await handle(getSlots)(
      new Request(`${base}/slots?requestType=change-report&channel=boat&from=x&to=${day}`),
    );
    expect(bad.status).toBe(422);
    expect(Object.keys((await bad.json()).fields).sort()).toEqual(["channel", "from"]);
  });

  it("books (201), replays the same key (200, same id), refuses a full slot with next slots (409), and needs the key (422)", async () => {
    const start = slotStart(10);
    const request = body(start);
    const countedBefore = await bookingsCounted("in_person");
    const first = await post(request, { "idempotency-key": "api-key-0001" });
    expect(first.status).toBe(201);
    expect(await bookingsCounted("in_person")).toBe(countedBefore + 1);
    const created = await first.json();
    expect(created).toMatchObject({
      reference: expect.stringMatching(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/),
      manageToken: expect.any(String),
    });
    expect(created.manageUrl).toContain(`/appointments/manage/${created.manageToken}`);
    // a retry may come from another address (mobile networks): still the same booking
    const again = await post(request, { "idempotency-key": "api-key-0001" });
    expect(again.status).toBe(200);
    expect((await again.json()).id).toBe(created.id);
    const taken = await post(body(start), { "idempotency-key": "api-key-0002" });
    expect(taken.status).toBe(409);
    const conflict = await taken.json();
    expect(conflict.error).toBe("slot-taken");
    expect(conflict.nextSlots.length).toBeGreaterThan(0);
    // the replay and the refused booking are not counted
    expect(await bookingsCounted("in_person")).toBe(countedBefore + 1);
    const missing = await post(body(slotStart(11)));
    expect(missing.status).toBe(422);
    expect((await missing.json()).fields).toHaveProperty("Idempotency-Key");
    const invalid = await post({ ...body(slotStart(11)), person: { name: "" } }, { "idempotency-key": "api-key-0003" });
    expect(invalid.status).toBe(422);
    expect(Object.keys((await invalid.json()).fields)).toEqual(expect.arrayContaining(["person.name", "person.email"]));
  });

  it("replays a retry from the same client with the same id", async () => {
    const request = body(slotStart(12));
    const headers = { "idempotency-key": "api-key-retry", "x-forwarded-for": "10.9.9.9" };
    const first = await (await post(request, headers)).json();
    const second = await post(request, headers);
    expect(second.status).toBe(200);
    expect((await second.json()).id).toBe(first.id);
    expect(await database.prisma.appointment.count({ where: { reference: first.reference } })).toBe(1);
  });

  it("shows and cancels with the Bearer token; anything else is 404", async () => {
    const created = await (await post(body(slotStart(13)), { "idempotency-key": "api-key-0004" })).json();
    const auth = { authorization: `Bearer ${created.manageToken}` };
    const shown = await handle(getAppointment)(
      new Request(`${base}/appointments/${created.id}`, { headers: auth }),
      created.id,
    );
    expect(shown.status).toBe(200);
    expect((await shown.json()).status).toBe("booked");
    for (const headers of [
      {} as Record<string, string>,
      { authorization: "Bearer wrong" },
      { authorization: `Bearer ${"a".repeat(43)}` },
    ]) {
      expect(
        (await handle(getAppointment)(new Request(`${base}/appointments/${created.id}`, { headers }), created.id))
          .status,
      ).toBe(404);
    }
    const otherId = "00000000-0000-4000-8000-000000000000";
    expect(
      (await handle(getAppointment)(new Request(`${base}/appointments/${otherId}`, { headers: auth }), otherId)).status,
    ).toBe(404);
    // The id is read with the path schema the OpenAPI document shows: another shape is unknown, and nothing is cancelled.
    for (const id of ["not-an-id", `${created.id}x`, created.id.toUpperCase().replace(/-/g, "")]) {
      expect((await handle(getAppointment)(new Request(`${base}/appointments/x`, { headers: auth }), id)).status).toBe(
        404,
      );
      expect(
        (
          await handle(deleteAppointment)(
            new Request(`${base}/appointments/x`, {
              method: "DELETE",
              headers: { ...auth, "x-forwarded-for": freshIp() },
            }),
            id,
          )
        ).status,
      ).toBe(404);
    }
    const cancelled = await handle(deleteAppointment)(
      new Request(`${base}/appointments/${created.id}`, {
        method: "DELETE",
        headers: { ...auth, "x-forwarded-for": freshIp() },
      }),
      created.id,
    );
    expect(cancelled.status).toBe(200);
    expect((await cancelled.json()).status).toBe("cancelled");
    const kinds = (await database.prisma.notificationOutbox.findMany({ where: { appointmentId: created.id } }))
      .map((m) => `${m.kind}:${m.status}`)
      .sort();
    expect(kinds).toEqual(["cancellation:pending", "confirmation:pending", "reminder:cancelled"]);
  });
});

describe("rate limits in PostgreSQL", () => {
  it("counts across calls and answers with the seconds to wait", async () => {
    const limit = [{ key: `test:${Math.random()}`, limit: 3, windowSeconds: 60 }];
    const now = new Date("2026-12-01T10:00:15Z");
    for (let i = 0; i < 3; i++) await consumeLimits(limit, { client: database.prisma, now });
    const error = await consumeLimits(limit, { client: database.prisma, now }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitedError);
    expect((error as RateLimitedError).retryAfterSeconds).toBe(45);
    // the next window starts afresh
    await expect(
      consumeLimits(limit, { client: database.prisma, now: new Date("2026-12-01T10:01:01Z") }),
    ).resolves.toBeUndefined();
  });

  it("the API answers 429 with Retry-After after 10 booking attempts from one address", async () => {
    const headers = { "x-forwarded-for": "10.77.77.77", "idempotency-key": "limit-test-key" };
    const statuses = [];
    for (let i = 0; i < 11; i++) statuses.push((await post({ nothing: true }, headers)).status);
    expect(statuses.slice(0, 10).every((status) => status === 422)).toBe(true);
    const limited = await post({ nothing: true }, headers);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
  });
});
