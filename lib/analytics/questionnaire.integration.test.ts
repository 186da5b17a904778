// The portal's questionnaire through its route handlers, against a real PostgreSQL: the sheet
// travels in the signed cookie only, the stored row has no person, journey or time of day, a second
// send (after, or at the same moment) stores nothing, bad answers and changed cookies are refused,
// and the admin's exports (types, an item by type, a cross-table) count the sheet by its type. Only
// next-auth's session reader is replaced.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { POST as answerPost } from "@/app/[locale]/questionnaire/question/[step]/answer/route";
import { POST as sendPost } from "@/app/[locale]/questionnaire/send/confirm/route";
import { POST as startPost } from "@/app/[locale]/questionnaire/start/route";
import { GET as exportGet } from "@/app/staff/analytics/export/[table]/route";
import { createTestDatabase, type TestDatabase } from "@/tests/database";
import { newState } from "./questionnaire";
import { storePortalResponse } from "./questionnaire-store";

const signedIn = vi.hoisted(() => ({
  session: null as null | { staff: { id: string; role: string; name: string; email: string; secondFactor: boolean } },
}));
vi.mock("next-auth/next", () => ({
  getServerSession: async () => (await import("@/tests/staff-session")).withServerSession(signedIn.session),
}));

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase("questionnaire");
  (globalThis as { zugangPrisma?: unknown }).zugangPrisma = database.prisma;
});

afterAll(async () => {
  (globalThis as { zugangPrisma?: unknown }).zugangPrisma = undefined;
  await database.drop();
});

const BASE = "http://portal.test";

/** A browser's cookie jar of one: what the last answer set. */
class Browser {
  cookie = "";

  async post(
    handler: (request: Request, context: { params: Promise<never> }) => Promise<Response>,
    path: string,
    fields: Record<string, string>,
    params: Record<string, string>,
  ) {
    const body = new URLSearchParams(fields);
    const response = await handler(
      new Request(`${BASE}${path}`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded", cookie: this.cookie },
        body,
      }),
      { params: Promise.resolve(params) as Promise<never> },
    );
    const set = response.headers.get("set-cookie");
    if (set) this.cookie = set.split(";")[0];
    return { status: response.status, location: response.headers.get("location") ?? "" };
  }

  start(fields: Record<string, string>, locale = "de") {
    return this.post(startPost, "/questionnaire/start", fields, { locale });
  }

  answer(step: number, fields: Record<string, string>, locale = "de") {
    return this.post(answerPost, `/questionnaire/question/${step}/answer`, fields, { locale, step: String(step) });
  }

  send(locale = "de") {
    return this.post(sendPost, "/questionnaire/send/confirm", {}, { locale });
  }
}

const portalRows = () => database.prisma.surveyResponse.findMany({ where: { source: "portal" } });

async function exported(table: string): Promise<string[][]> {
  const staff = await database.prisma.staffUser.create({
    data: {
      email: `admin-${randomBytes(4).toString("hex")}@zugang.example`,
      name: "Test",
      role: "admin",
      passwordHash: "-",
    },
  });
  signedIn.session = { staff: { id: staff.id, role: "admin", name: "Test", email: staff.email, secondFactor: false } };
  const response = await exportGet(new Request(`${BASE}/staff/analytics/export/${table}.csv`), {
    params: Promise.resolve({ table: `${table}.csv` }),
  });
  expect(response.status).toBe(200);
  return (await response.text())
    .replace(/^\uFEFF/, "")
    .trim()
    .split("\r\n")
    .map((line) => line.split(";"));
}

describe("the portal's questionnaire", () => {
  it("carries the journey's type only, stores the sheet once with no person, journey or time of day, and the export counts it", async () => {
    const citizen = await database.prisma.citizen.create({
      data: { name: "Erika Muster", email: "erika@example.org", preference: "digital" },
    });
    const journey = await database.prisma.journey.create({
      data: {
        requestTypeKey: "change-report",
        preference: "digital",
        citizenId: citizen.id,
        recommendedChannel: "online",
        chosenChannel: "in_person",
      },
    });
    // Ten paper answers of each type already there, answering 11.3 and the devices as the sheet will,
    // so that no cell the sheet adds to is a small one ("< 5").
    await database.prisma.surveyResponse.createMany({
      data: (["personal", "mixed", "digital"] as const).flatMap((type) =>
        Array.from({ length: 10 }, () => ({
          source: "paper",
          answeredMonth: new Date("2026-01-01T00:00:00Z"),
          type,
          item11_3: 2,
          devices: "smartphone-plus",
        })),
      ),
    });
    const before = await exported("types");

    const browser = new Browser();
    expect(await browser.start({ type: journey.preference! }, "en")).toEqual({
      status: 303,
      location: "/en/questionnaire/question/1",
    });
    // The cookie carries the answers signed, not a journey, a person or an address.
    const payload = Buffer.from(decodeURIComponent(browser.cookie.split("=")[1]).split(".")[0], "base64url").toString(
      "utf8",
    );
    expect(payload).not.toContain(journey.id);
    expect(payload).not.toContain(citizen.id);
    expect(JSON.parse(payload)).toMatchObject({ carriedType: "digital", answers: {} });

    // 12 questions (the type came with the journey): five items, then the seven factors; two skipped.
    const answers = ["2", "4", "1", "5", "3", "smartphone-plus", "sometimes", "far", "good", null, "abitur", null];
    for (const [index, answer] of answers.entries()) {
      const step = index + 1;
      const moved = await browser.answer(step, answer === null ? { move: "skip" } : { move: "next", answer }, "en");
      expect(moved).toEqual({
        status: 303,
        location: step < 12 ? `/en/questionnaire/question/${step + 1}` : "/en/questionnaire/send",
      });
    }
    expect(await portalRows()).toHaveLength(0);

    const sheet = browser.cookie;
    expect(await browser.send("en")).toEqual({ status: 303, location: "/en/questionnaire/thanks" });
    const rows = await portalRows();
    expect(rows).toHaveLength(1);
    const { id, answeredMonth, ...row } = rows[0];
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(answeredMonth.toISOString()).toMatch(/^\d{4}-\d{2}-01T00:00:00\.000Z$/);
    expect(row).toEqual({
      source: "portal",
      type: "digital",
      item11_3: 2,
      item11_7: 4,
      item11_6: 1,
      item11_8: 5,
      item18: 3,
      devices: "smartphone-plus",
      help: "sometimes",
      distance: "far",
      german: "good",
      age: null,
      school: "abitur",
      training: null,
      importId: null,
    });
    // The table has no column that could lead to a person, a journey, an address or a time of day.
    const columns = await database.prisma.$queryRaw<
      { column_name: string }[]
    >`SELECT column_name FROM information_schema.columns WHERE table_name = 'survey_response' ORDER BY column_name`;
    expect(
      columns
        .map((column) => column.column_name)
        .filter((name) => /citizen|journey|person|address|email|phone|ip|created|time/.test(name)),
    ).toEqual([]);

    // The cookie was cleared; the same sheet sent again (a second tap, a reload) stores nothing.
    expect(browser.cookie).toBe("zugang-questionnaire=");
    browser.cookie = sheet;
    expect(await browser.send("en")).toEqual({ status: 303, location: "/en/questionnaire/thanks" });
    expect(await portalRows()).toHaveLength(1);

    // The admin's files count it with its type: the types, the item by type, the cross-table.
    const after = await exported("types");
    const counts = (lines: string[][]) => lines.slice(1).map((line) => line.slice(0, 2));
    expect(counts(before)).toEqual([
      ["Typ 1 „vor allem persönlich“", "10"],
      ["Typ 2 „persönlich und digital“", "10"],
      ["Typ 3 „mehr digital“", "10"],
      ["Gesamt", "30"],
    ]);
    expect(counts(after)).toEqual([
      ["Typ 1 „vor allem persönlich“", "10"],
      ["Typ 2 „persönlich und digital“", "10"],
      ["Typ 3 „mehr digital“", "11"],
      ["Gesamt", "31"],
    ]);
    // Item 11.3 by type: the digital row, n and "eher ja" (the sheet's 2).
    const item = (await exported("item-11-3-by-type")).find((line) => line[0] === "Typ 3 „mehr digital“")!;
    expect([item[1], item[4]]).toEqual(["11", "11"]);
    // Type by devices: the row of smartphone and more, n and the digital column.
    const devices = (await exported("type-by-devices")).find((line) => line[0] === "Smartphone und weitere Geräte")!;
    expect([devices[1], devices[6]]).toEqual(["31", "11"]);
  });

  it("stores one sheet when the same sheet is sent twice at the same moment", async () => {
    const before = (await portalRows()).length;
    const browser = new Browser();
    await browser.start({ type: "personal" });
    await browser.answer(1, { move: "next", answer: "1" });
    const [first, second] = await Promise.all([browser.send(), browser.send()]);
    expect([first.location, second.location]).toEqual(["/questionnaire/thanks", "/questionnaire/thanks"]);
    expect(await portalRows()).toHaveLength(before + 1);
  });

  it("asks the type first when the journey brought none, and does not let it be skipped", async () => {
    const browser = new Browser();
    await browser.start({ type: "everything" });
    expect(await browser.answer(1, { move: "skip" })).toEqual({
      status: 303,
      location: "/questionnaire/question/1?error=typeRequired#error-summary-title",
    });
    expect(await browser.answer(1, { move: "next" })).toEqual({
      status: 303,
      location: "/questionnaire/question/1?error=typeRequired#error-summary-title",
    });
    expect(await browser.answer(1, { move: "next", answer: "mixed" })).toEqual({
      status: 303,
      location: "/questionnaire/question/2",
    });
    // 13 questions: the type, then the twelve.
    expect((await browser.answer(13, { move: "skip" })).location).toBe("/questionnaire/send");
  });

  it("refuses bad answers with a message, a changed cookie as no sheet, and stores nothing for them", async () => {
    const before = (await portalRows()).length;
    const browser = new Browser();
    await browser.start({ type: "mixed" });
    expect(await browser.answer(1, { move: "next", answer: "6" })).toEqual({
      status: 303,
      location: "/questionnaire/question/1?error=invalid#error-summary-title",
    });
    expect(await browser.answer(1, { move: "next", answer: "" })).toEqual({
      status: 303,
      location: "/questionnaire/question/1?error=required#error-summary-title",
    });
    expect(await browser.answer(6, { move: "next", answer: "tablet-only" })).toEqual({
      status: 303,
      location: "/questionnaire/question/6?error=invalid#error-summary-title",
    });
    // A question past the end leads back to the first.
    expect((await browser.answer(40, { move: "next", answer: "1" })).location).toBe("/questionnaire/question/1");

    // The browser cannot change what it carries: a changed sheet is no sheet.
    const [name, value] = browser.cookie.split("=");
    const [payload, signature] = decodeURIComponent(value).split(".");
    const forged = Buffer.from(
      Buffer.from(payload, "base64url").toString("utf8").replace('"carriedType":"mixed"', '"carriedType":"digital"'),
    ).toString("base64url");
    browser.cookie = `${name}=${forged}.${signature}`;
    expect(await browser.send()).toEqual({ status: 303, location: "/questionnaire/expired" });
    expect(await browser.answer(1, { move: "next", answer: "1" })).toEqual({
      status: 303,
      location: "/questionnaire/expired",
    });

    // Stopping throws the sheet away.
    const stopping = new Browser();
    await stopping.start({ type: "personal" });
    await stopping.answer(1, { move: "next", answer: "2" });
    expect(await stopping.answer(2, { move: "stop" })).toEqual({ status: 303, location: "/questionnaire/stopped" });
    expect(stopping.cookie).toBe("zugang-questionnaire=");

    // The store checks every value itself, whoever calls it.
    const bad = { ...newState("personal", new Date()), answers: { item_11_3: "7" } };
    expect(await storePortalResponse(bad, new Date())).toBe("refused");
    const typeless = { ...newState(null, new Date()), answers: { item_11_3: "1" } };
    expect(await storePortalResponse(typeless, new Date())).toBe("refused");
    expect(await portalRows()).toHaveLength(before);
  });
});
