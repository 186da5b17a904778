// The inbox pages by keyset: oldest first, every submission on exactly one page walking forward or
// back, rows filed in the same millisecond ordered by id, the last page reachable in one step, and
// the total over all pages; against a real PostgreSQL.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decodeCursor, PAGE_SIZE, type PageRequest } from "@/lib/list-query";
import { createTestDatabase, type TestDatabase } from "@/tests/database";
import { listInbox } from "./inbox";

let database: TestDatabase;
const COUNT = 2 * PAGE_SIZE + 7;
/** ids oldest first, as the inbox must show them */
let expected: string[] = [];
const viewer = randomUUID();

beforeAll(async () => {
  database = await createTestDatabase("inbox_paging", { reference: false });
  const start = Date.UTC(2026, 0, 5, 8);
  const rows = Array.from({ length: COUNT }, (_, index) => ({
    id: randomUUID(),
    reference: `F-P${String(index).padStart(5, "0")}`,
    formKey: "change-report",
    answers: {},
    statusTokenHash: randomUUID(),
    idempotencyKey: randomUUID(),
    // Pairs of submissions share their millisecond: the id decides between them.
    createdAt: new Date(start + Math.floor(index / 2) * 60_000),
  }));
  await database.prisma.formSubmission.createMany({ data: rows });
  // A callback request is not in the inbox.
  await database.prisma.formSubmission.create({
    data: {
      reference: "F-CALLBACK",
      formKey: "callback",
      answers: {},
      statusTokenHash: randomUUID(),
      idempotencyKey: randomUUID(),
    },
  });
  expected = rows
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((row) => row.id);
});

afterAll(() => database.drop());

const list = (page: PageRequest) => listInbox({}, viewer, page, database.prisma);

describe("the inbox's pages", () => {
  it("walks forward from the first page to the last, every submission once, oldest first, with the total", async () => {
    const seen: string[] = [];
    let page = await list({});
    expect(page.total).toBe(COUNT);
    expect(page.atStart).toBe(true);
    expect(page.previous).toBeUndefined();
    for (;;) {
      expect(page.rows.length).toBeLessThanOrEqual(PAGE_SIZE);
      seen.push(...page.rows.map((row) => row.id));
      if (!page.next) break;
      page = await list({ after: decodeCursor(page.next) });
    }
    expect(page.atEnd).toBe(true);
    expect(seen).toEqual(expected);
  });

  it("reaches the newest in one step and walks back to the oldest", async () => {
    let page = await list({ end: true });
    expect(page.rows.map((row) => row.id)).toEqual(expected.slice(-PAGE_SIZE));
    expect(page.atEnd).toBe(true);
    expect(page.next).toBeUndefined();
    const seen: string[] = [];
    for (;;) {
      seen.unshift(...page.rows.map((row) => row.id));
      if (!page.previous) break;
      page = await list({ before: decodeCursor(page.previous) });
      expect(page.next).toBeDefined();
    }
    expect(page.atStart).toBe(true);
    expect(seen).toEqual(expected);
  });

  it("keeps the filters on every page and counts only what matches them", async () => {
    const filtered = await listInbox({ status: "done" }, viewer, {}, database.prisma);
    expect(filtered).toMatchObject({ total: 0, rows: [], atStart: true, atEnd: true });
  });

  it("filters by the day received (Berlin days, both ends included), on every page", async () => {
    const between = (from?: string, to?: string) => listInbox({ from, to }, viewer, {}, database.prisma);
    expect((await between("2026-01-05", "2026-01-05")).total).toBe(COUNT);
    expect((await between("2026-01-05")).total).toBe(COUNT);
    expect((await between(undefined, "2026-01-05")).total).toBe(COUNT);
    expect((await between("2026-01-06")).total).toBe(0);
    expect((await between(undefined, "2026-01-04")).total).toBe(0);
    const first = await between("2026-01-05", "2026-01-05");
    const second = await listInbox(
      { from: "2026-01-05", to: "2026-01-05" },
      viewer,
      { after: decodeCursor(first.next) },
      database.prisma,
    );
    expect(second.rows.map((row) => row.id)).toEqual(expected.slice(PAGE_SIZE, 2 * PAGE_SIZE));
  });
});
