// The journey API against a real database: the contract's answers, 404 for an unknown request type,
// and 422 (never 500) for fifty malformed bodies.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/tests/database";

let database: TestDatabase;
let POST: (request: Request) => Promise<Response>;
let GET: (request: Request) => Promise<Response>;

beforeAll(async () => {
  database = await createTestDatabase("journey_api");
  process.env.DATABASE_URL = database.url;
  ({ POST } = await import("./route"));
  ({ GET } = await import("../request-types/route"));
});
afterAll(async () => {
  await database?.drop();
});

const recommend = (body: string, query = "?locale=de") =>
  POST(
    new Request(`http://localhost/api/v1/recommendations${query}`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body,
    }),
  );

describe("GET /api/v1/request-types", () => {
  it("lists the seeded types with API channel names, in the asked language", async () => {
    const response = await GET(new Request("http://localhost/api/v1/request-types?locale=en"));
    expect(response.status).toBe(200);
    const body = (await response.json()) as { requestTypes: { key: string; title: string; channels: string[] }[] };
    expect(body.requestTypes).toHaveLength(11);
    expect(body.requestTypes.find((type) => type.key === "change-report")).toMatchObject({
      title: "Report a change",
      channels: ["online", "video", "in-person", "phone"],
    });
  });
  it("answers 422 for an unknown locale", async () => {
    const response = await GET(new Request("http://localhost/api/v1/request-types?locale=xx"));
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({ error: "invalid", fields: { locale: expect.any(Array) } });
  });
});

describe("POST /api/v1/recommendations", () => {
  it("recommends per the contract and stores the pass as a journey", async () => {
    const before = await database.prisma.journey.count();
    const response = await recommend(
      JSON.stringify({
        requestType: "continued-benefits",
        preference: "digital",
        situation: { helpNeed: "always", devices: "smartphone-only" },
      }),
    );
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      recommended: string;
      options: { channel: string; rank: number; reason: string }[];
    };
    expect(body.recommended).toBe("video");
    expect(body.options.map((o) => o.channel)).toEqual(["video", "in-person", "online"]);
    expect(body.options.map((o) => o.rank)).toEqual([1, 2, 3]);
    expect(body.options[2].reason).toContain("Hilfe");
    expect(await database.prisma.journey.count()).toBe(before + 1);
  });
  it("answers in the requested language", async () => {
    const response = await recommend(
      JSON.stringify({ requestType: "job-counselling", preference: "personal" }),
      "?locale=en",
    );
    const body = (await response.json()) as { recommended: string; options: { reason: string }[] };
    expect(body.recommended).toBe("in-person");
    expect(body.options[0].reason).toMatch(/in person/i);
  });
  it("works without preference and situation", async () => {
    const response = await recommend(JSON.stringify({ requestType: "emergency" }));
    expect(response.status).toBe(200);
    expect(((await response.json()) as { options: { channel: string }[] }).options.map((o) => o.channel)).toEqual([
      "in-person",
      "phone",
    ]);
  });
  it("answers 404 for an unknown request type and stores nothing", async () => {
    const before = await database.prisma.journey.count();
    const response = await recommend(JSON.stringify({ requestType: "no-such-type", preference: "mixed" }));
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: "not-found" });
    expect(await database.prisma.journey.count()).toBe(before);
  });

  const huge = "x".repeat(70 * 1024);
  const ok = { requestType: "change-report", preference: "mixed" };
  const malformed: [string, string][] = [
    ["empty body", ""],
    ["whitespace", "   \n"],
    ["not JSON", "requestType=change-report"],
    ["truncated JSON", '{"requestType": "change-report"'],
    ["null", "null"],
    ["a number", "42"],
    ["a string", '"change-report"'],
    ["an array", "[]"],
    ["an array of the object", JSON.stringify([ok])],
    ["true", "true"],
    ["empty object", "{}"],
    ["requestType missing", JSON.stringify({ preference: "mixed" })],
    ["requestType null", JSON.stringify({ requestType: null })],
    ["requestType number", JSON.stringify({ requestType: 7 })],
    ["requestType empty", JSON.stringify({ requestType: "" })],
    ["requestType array", JSON.stringify({ requestType: ["change-report"] })],
    ["requestType object", JSON.stringify({ requestType: { key: "change-report" } })],
    ["requestType huge", JSON.stringify({ requestType: "a".repeat(5000) })],
    ["requestType with spaces", JSON.stringify({ requestType: "change report" })],
    ["requestType SQL", JSON.stringify({ requestType: "x'; DROP TABLE journey; --" })],
    ["requestType upper case", JSON.stringify({ requestType: "CHANGE-REPORT" })],
    ["preference unknown", JSON.stringify({ ...ok, preference: "telepathy" })],
    ["preference number", JSON.stringify({ ...ok, preference: 1 })],
    ["preference null", JSON.stringify({ ...ok, preference: null })],
    ["preference upper case", JSON.stringify({ ...ok, preference: "DIGITAL" })],
    ["unknown top-level key", JSON.stringify({ ...ok, name: "Erika Mustermann" })],
    ["situation string", JSON.stringify({ ...ok, situation: "emergency" })],
    ["situation array", JSON.stringify({ ...ok, situation: [] })],
    ["situation null", JSON.stringify({ ...ok, situation: null })],
    ["situation unknown key", JSON.stringify({ ...ok, situation: { income: 0 } })],
    ["emergency string", JSON.stringify({ ...ok, situation: { emergency: "yes" } })],
    ["emergency number", JSON.stringify({ ...ok, situation: { emergency: 1 } })],
    ["helpNeed unknown", JSON.stringify({ ...ok, situation: { helpNeed: "daily" } })],
    ["helpNeed array", JSON.stringify({ ...ok, situation: { helpNeed: ["often"] } })],
    ["devices unknown", JSON.stringify({ ...ok, situation: { devices: "laptop" } })],
    ["devices underscore", JSON.stringify({ ...ok, situation: { devices: "smartphone_only" } })],
    ["language number", JSON.stringify({ ...ok, situation: { language: 49 } })],
    ["language huge", JSON.stringify({ ...ok, situation: { language: "t".repeat(10000) } })],
    ["language not a tag", JSON.stringify({ ...ok, situation: { language: "Türkisch" } })],
    ["language markup", JSON.stringify({ ...ok, situation: { language: "<script>alert(1)</script>" } })],
    ["interpreter string", JSON.stringify({ ...ok, situation: { interpreter: "true" } })],
    ["mobility null", JSON.stringify({ ...ok, situation: { mobility: null } })],
    ["distance unknown", JSON.stringify({ ...ok, situation: { distance: "moon" } })],
    ["distance number", JSON.stringify({ ...ok, situation: { distance: 12 } })],
    ["nested garbage", JSON.stringify({ ...ok, situation: { emergency: { deep: { deeper: true } } } })],
    ["body over the size limit", JSON.stringify({ ...ok, padding: huge })],
    ["huge string value", JSON.stringify({ requestType: huge.slice(0, 60 * 1024) })],
    ["prototype key", '{"requestType":"change-report","__proto__":{"admin":true}}'],
    ["duplicate-looking keys with wrong type", '{"requestType":"change-report","requestType":false}'],
    ["binary noise", "\u0000\u0001\u0002\uFFFD"],
  ];

  it("has fifty malformed bodies", () => {
    expect(malformed).toHaveLength(50);
  });

  it.each(malformed)("%s → 422 with field errors", async (_label, body) => {
    const response = await recommend(body);
    expect(response.status).toBe(422);
    const answer = (await response.json()) as { error: string; fields: Record<string, string[]> };
    expect(answer.error).toBe("invalid");
    expect(Object.keys(answer.fields).length).toBeGreaterThan(0);
  });

  it("names control characters as such (422) and stores nothing", async () => {
    const before = await database.prisma.journey.count();
    for (const [body, field] of [
      [{ requestType: "change-report\u0000" }, "requestType"],
      [{ ...ok, situation: { language: "t\u0001r" } }, "situation.language"],
    ] as const) {
      const response = await recommend(JSON.stringify(body));
      expect(response.status).toBe(422);
      expect(((await response.json()) as { fields: Record<string, string[]> }).fields[field]).toContain(
        "control characters are not allowed",
      );
    }
    expect(await database.prisma.journey.count()).toBe(before);
  });

  it("answers 422 for an unknown locale", async () => {
    expect((await recommend(JSON.stringify(ok), "?locale=klingon")).status).toBe(422);
  });
});
