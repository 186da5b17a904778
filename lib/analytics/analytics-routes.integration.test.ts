// Paper answers imported through the admin's upload route and read back through the export
// addresses, against a real PostgreSQL: 240 answers split like the research's types (101 / 77 / 62)
// with school certificates in Tab. 7's proportions give the research's percentages; a file with bad
// rows is refused with their lines and stores nothing; the same file twice is recognised. Only
// next-auth's session reader is replaced (by the staff member a test signs in as).
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { GET as exportGet } from "@/app/staff/analytics/export/[table]/route";
import { POST as uploadPost } from "@/app/staff/analytics/import/upload/route";
import type { StaffRole } from "@/lib/generated/prisma/enums";
import { createTestDatabase, type TestDatabase } from "@/tests/database";
import { CSV_COLUMNS } from "./vocabulary";

const signedIn = vi.hoisted(() => ({
  session: null as null | { staff: { id: string; role: string; name: string; email: string; secondFactor: boolean } },
}));
vi.mock("next-auth/next", () => ({
  getServerSession: async () => (await import("@/tests/staff-session")).withServerSession(signedIn.session),
}));

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase("analytics_routes", { reference: false });
  (globalThis as { zugangPrisma?: unknown }).zugangPrisma = database.prisma;
});

afterAll(async () => {
  (globalThis as { zugangPrisma?: unknown }).zugangPrisma = undefined;
  await database.drop();
});

beforeEach(async () => {
  signedIn.session = null;
  await database.prisma.surveyImport.deleteMany();
});

async function signInAs(role: StaffRole) {
  const staff = await database.prisma.staffUser.create({
    data: { email: `staff-${randomBytes(4).toString("hex")}@zugang.example`, name: "Test", role, passwordHash: "-" },
  });
  signedIn.session = { staff: { id: staff.id, role, name: "Test", email: staff.email, secondFactor: false } };
}

function upload(csv: string, name = "fragebogen.csv") {
  const form = new FormData();
  form.set("file", new File([csv], name, { type: "text/csv" }));
  form.set("month", "2026-11");
  return uploadPost(
    new Request("http://portal.test/staff/analytics/import/upload", {
      method: "POST",
      headers: { host: "portal.test", origin: "http://portal.test" },
      body: form,
    }),
    { params: Promise.resolve({}) },
  );
}

async function exported(table: string): Promise<string[][]> {
  const response = await exportGet(new Request(`http://portal.test/staff/analytics/export/${table}`), {
    params: Promise.resolve({ table }),
  });
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
  return (await response.text())
    .replace(/^\uFEFF/, "")
    .trim()
    .split("\r\n")
    .map((line) => line.split(";"));
}

const resultOf = (response: Response) =>
  new URL(response.headers.get("location") ?? "", "http://portal.test").searchParams;

type Line = Partial<Record<(typeof CSV_COLUMNS)[number], string>>;
const csvOf = (lines: Line[]) =>
  [CSV_COLUMNS.join(","), ...lines.map((line) => CSV_COLUMNS.map((column) => line[column] ?? "").join(","))].join(
    "\n",
  ) + "\n";

/**
 * 240 answers: types 101 / 77 / 62, school certificates in Tab. 7's row proportions (none from a
 * German school 21/33/13, Hauptschule 30/14/8, Realschule 31/19/22, Abitur 12/8/17), the rest of
 * each type (7/3/2) without a certificate given. Hauptschule is twice Tab. 7's smallest counts
 * (15/7/4): with 4 in a cell the rule would rightly show "< 5" there.
 */
function researchSample(): Line[] {
  const bySchool: [string, number[]][] = [
    ["none-german", [21, 33, 13]],
    ["hauptschule", [30, 14, 8]],
    ["realschule", [31, 19, 22]],
    ["abitur", [12, 8, 17]],
    ["", [7, 3, 2]],
  ];
  const types = ["personal", "mixed", "digital"];
  const lines: Line[] = [];
  for (const [school, counts] of bySchool)
    counts.forEach((count, t) => {
      for (let i = 0; i < count; i++)
        lines.push({ type: types[t], school, item_11_3: String(1 + (i % 5)), age: i % 2 ? "25-44" : "over-44" });
    });
  return lines;
}

describe("paper questionnaires imported and exported", () => {
  it("240 answers give the research's type shares and Tab. 7's row percentages", async () => {
    await signInAs("admin");
    const lines = researchSample();
    expect(lines).toHaveLength(240);
    const response = await upload(csvOf(lines));
    expect(response.status).toBe(303);
    expect(Object.fromEntries(resultOf(response))).toEqual({ result: "imported", count: "240" });
    expect(await database.prisma.surveyResponse.count()).toBe(240);

    const types = await exported("types.csv");
    expect(types[0]).toEqual(["Typ", "Anzahl", "Anteil (%)", "Studie (%)"]);
    expect(types.slice(1).map((line) => line.slice(1, 3))).toEqual([
      ["101", "42,1"],
      ["77", "32,1"],
      ["62", "25,8"],
      ["240", "100,0"],
    ]);

    const school = await exported("type-by-school.csv");
    const percentages = (label: string) => {
      const line = school.find((cells) => cells[0] === label)!;
      return [line[3], line[5], line[7]];
    };
    expect(percentages("ohne deutschen Schulabschluss")).toEqual(["31,3", "49,3", "19,4"]);
    expect(percentages("Hauptschulabschluss")).toEqual(["57,7", "26,9", "15,4"]);
    expect(percentages("Realschulabschluss")).toEqual(["43,1", "26,4", "30,6"]);
    expect(percentages("Abitur")).toEqual(["32,4", "21,6", "45,9"]);
    // The research's figures stand beside the portal's.
    expect(school.find((cells) => cells[0] === "Abitur")!.slice(-3)).toEqual(["32,4", "21,6", "45,9"]);

    const audit = await database.prisma.auditLog.findMany({
      where: { action: { startsWith: "analytics." } },
      orderBy: { createdAt: "asc" },
    });
    expect(audit.map((entry) => entry.action)).toEqual([
      "analytics.imported",
      "analytics.exported",
      "analytics.exported",
    ]);

    // The same file again is recognised, and nothing is added.
    const again = await upload(csvOf(lines), "noch-einmal.csv");
    expect(resultOf(again).get("result")).toBe("duplicate");
    expect(resultOf(again).get("earlierName")).toBe("fragebogen.csv");
    expect(await database.prisma.surveyResponse.count()).toBe(240);
  });

  it("a file with bad rows is refused with their line numbers and columns, and nothing of it is stored", async () => {
    await signInAs("admin");
    const lines: Line[] = [
      { type: "personal", item_11_3: "1" },
      { type: "digitally", item_18: "2" },
      { type: "mixed" },
      { type: "mixed", item_11_6: "6", german: "fluent" },
      { type: "digital" },
    ];
    const response = await upload(csvOf(lines));
    const result = resultOf(response);
    expect(result.get("result")).toBe("refused");
    expect(result.get("count")).toBe("3");
    expect(result.getAll("problem").map((problem) => problem.split("|").slice(0, 2))).toEqual([
      ["3", "type"],
      ["5", "german"],
      ["5", "item_11_6"],
    ]);
    expect(await database.prisma.surveyResponse.count()).toBe(0);
    expect(await database.prisma.surveyImport.count()).toBe(0);

    const header = await upload("type;age\npersonal;under-25\n");
    expect(resultOf(header).get("problem")).toMatch(/^1\|\|Die Kopfzeile passt nicht \(fehlt: school/);
    const ragged = await upload(`${CSV_COLUMNS.join(",")}\npersonal\n`);
    expect(resultOf(ragged).getAll("problem")).toEqual(["2||13 Spalten erwartet, 1 gefunden."]);
  });

  it("the portal's journeys, counted per day by the trigger, give advice followed, left and not taken", async () => {
    await signInAs("admin");
    await database.prisma.requestType.create({
      data: {
        key: "test-anliegen",
        title: { de: "Testanliegen" },
        description: { de: "" },
        allowedChannels: ["online", "in_person"],
      },
    });
    const journey = (chosenChannel: "online" | "in_person" | null, preference: "personal" | "digital") => ({
      requestTypeKey: "test-anliegen",
      preference,
      recommendedChannel: "online" as const,
      chosenChannel,
      outcome: chosenChannel ? "chosen" : "abandoned",
    });
    await database.prisma.journey.createMany({
      data: [
        ...Array.from({ length: 20 }, () => journey("online", "digital")),
        ...Array.from({ length: 6 }, () => journey("in_person", "personal")),
        ...Array.from({ length: 8 }, () => journey(null, "personal")),
      ],
    });
    // One journey changes its mind afterwards: the trigger moves it from "nothing chosen" to "other channel".
    const late = await database.prisma.journey.findFirstOrThrow({ where: { chosenChannel: null } });
    await database.prisma.journey.update({
      where: { id: late.id },
      data: { chosenChannel: "in_person", outcome: "chosen" },
    });

    const byType = await exported("recommended-vs-chosen.csv");
    expect(byType.find((cells) => cells[0] === "Testanliegen")).toEqual([
      "Testanliegen",
      "34",
      "20",
      "58,8",
      "7",
      "20,6",
      "7",
      "20,6",
    ]);
    const byPreference = await exported("recommended-vs-chosen-by-preference.csv");
    expect(byPreference.find((cells) => cells[0] === "Typ 3 „mehr digital“")?.slice(1, 4)).toEqual([
      "20",
      "20",
      "100,0",
    ]);
    const matrix = await exported("recommended-by-chosen.csv");
    expect(matrix.find((cells) => cells[0] === "Online-Formular")?.slice(1, 4)).toEqual(["34", "20", "58,8"]);
  });

  it("is for admins only, and an unknown table is a 404", async () => {
    await signInAs("caseworker");
    expect((await upload(csvOf([{ type: "personal" }]))).status).toBe(403);
    expect(
      (
        await exportGet(new Request("http://portal.test/staff/analytics/export/types.csv"), {
          params: Promise.resolve({ table: "types.csv" }),
        })
      ).status,
    ).toBe(403);
    await signInAs("admin");
    expect(
      (
        await exportGet(new Request("http://portal.test/staff/analytics/export/people.csv"), {
          params: Promise.resolve({ table: "people.csv" }),
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await exportGet(new Request("http://portal.test/staff/analytics/export/types.csv?from=2026-13-01"), {
          params: Promise.resolve({ table: "types.csv" }),
        })
      ).status,
    ).toBe(400);
  });
});
