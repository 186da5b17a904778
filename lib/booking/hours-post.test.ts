// The opening hours post is read whole: rows 0 … n-1, each with every field, or nothing at all.
import { describe, expect, it } from "vitest";
import { hoursPost } from "./hours-post";

const row = (index: number, weekday = "1") => ({
  [`row-${index}-weekday`]: weekday,
  [`row-${index}-opensAt`]: "08:00",
  [`row-${index}-closesAt`]: "12:00",
  [`row-${index}-capacity`]: "2",
  [`row-${index}-frontDeskReserve`]: "0",
});

describe("hoursPost", () => {
  it("takes the table as the form posts it, empty rows included", () => {
    expect(hoursPost.safeParse({ ...row(0), ...row(1, "") }).success).toBe(true);
  });

  it("refuses a post without rows, a row missing a field, and a gap between rows", () => {
    expect(hoursPost.safeParse({}).success).toBe(false);
    const dayMissing: Record<string, string> = { ...row(0), ...row(1) };
    delete dayMissing["row-1-weekday"];
    expect(hoursPost.safeParse(dayMissing).success).toBe(false);
    expect(hoursPost.safeParse({ ...row(0), ...row(2) }).success).toBe(false);
  });
});
