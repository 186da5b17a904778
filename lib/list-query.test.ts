import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  decodeCursor,
  encodeCursor,
  keysetPlan,
  keysetWhere,
  pageRequest,
  pagingShape,
  queryChoice,
  queryDay,
  queryText,
  readQuery,
  readQueryList,
} from "./list-query";

describe("readQuery", () => {
  const shape = {
    status: queryChoice(["open", "done"]),
    q: queryText(10),
    page: z.coerce.number().int(),
    ...pagingShape,
  };

  it("takes the first of a repeated parameter and leaves out what does not fit", () => {
    expect(readQuery(shape, { status: ["done", "open"], q: "  Kaya ", page: "2" })).toEqual({
      status: "done",
      q: "Kaya",
      page: 2,
    });
    expect(readQuery(shape, { status: "everything", q: "x".repeat(11), page: "zwei", end: "yes" })).toEqual({});
    expect(readQuery(shape, { q: "   ", other: "ignored" })).toEqual({});
    expect(readQuery(shape, { q: "a\u0000b" })).toEqual({});
  });

  it("takes a day only within the calendar's range, so that the day after it exists", () => {
    const days = { from: queryDay(), to: queryDay() };
    expect(readQuery(days, { from: "2026-12-07", to: "9999-12-30" })).toEqual({ from: "2026-12-07", to: "9999-12-30" });
    expect(readQuery(days, { from: "1899-12-31", to: "9999-12-31" })).toEqual({});
    expect(readQuery(days, { from: "2026-02-30", to: "07.12.2026" })).toEqual({});
  });
});

describe("readQueryList", () => {
  it("reads every value of a repeated parameter, trimmed, leaving out blank, too long and control characters", () => {
    const params = { locations: ["a", " b ", "", "x".repeat(201), "c\u0000"], one: "d" };
    expect(readQueryList(params, "locations")).toEqual(["a", "b"]);
    expect(readQueryList(params, "one")).toEqual(["d"]);
    expect(readQueryList(params, "missing")).toEqual([]);
  });
});

describe("cursors", () => {
  it("round-trip a time to the millisecond and an id, and refuse anything else", () => {
    const cursor = { at: new Date("2026-12-07T08:15:00.123Z"), id: "0a5c2b7e-3f1d-4c8e-9b6a-1d2e3f4a5b6c" };
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
    expect(decodeCursor("123_not-a-uuid")).toBeUndefined();
    expect(decodeCursor("abc_0a5c2b7e-3f1d-4c8e-9b6a-1d2e3f4a5b6c")).toBeUndefined();
    expect(decodeCursor(undefined)).toBeUndefined();
  });

  it("reads one direction: after wins over before, end only without a cursor", () => {
    const after = encodeCursor({ at: new Date(1), id: "0a5c2b7e-3f1d-4c8e-9b6a-1d2e3f4a5b6c" });
    expect(pageRequest({ after, before: after, end: "1" })).toEqual({
      after: decodeCursor(after),
      before: undefined,
      end: false,
    });
    expect(pageRequest({ end: "1" })).toEqual({ after: undefined, before: undefined, end: true });
  });
});

describe("keysetWhere", () => {
  const at = new Date("2026-12-07T08:00:00.123Z");
  const id = "0b5f4c1e-3a7d-4c2e-9f10-8d6b2a4e1c3f";

  it("asks for rows past the cursor, bounded on the time alone so that an index scan starts at the cursor", () => {
    expect(keysetWhere("createdAt", keysetPlan({ after: { at, id } }, "asc"))).toEqual({
      createdAt: { gte: at },
      OR: [{ createdAt: { gt: at } }, { createdAt: at, id: { gt: id } }],
    });
    expect(keysetWhere("createdAt", keysetPlan({ before: { at, id } }, "asc"))).toEqual({
      createdAt: { lte: at },
      OR: [{ createdAt: { lt: at } }, { createdAt: at, id: { lt: id } }],
    });
    expect(keysetWhere("createdAt", keysetPlan({ after: { at, id } }, "desc"))).toEqual({
      createdAt: { lte: at },
      OR: [{ createdAt: { lt: at } }, { createdAt: at, id: { lt: id } }],
    });
  });

  it("has no condition on the first page", () => {
    expect(keysetWhere("createdAt", keysetPlan({}, "asc"))).toBeUndefined();
  });
});
