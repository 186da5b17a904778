import { describe, expect, it } from "vitest";
import { DEFAULT_HANDLING_MINUTES, estimateWaitMinutes, typicalHandlingMinutes } from "./estimate";

describe("the wait estimate", () => {
  it("takes the median handling time, or the default when nobody was served lately", () => {
    expect(typicalHandlingMinutes([])).toBe(DEFAULT_HANDLING_MINUTES);
    expect(typicalHandlingMinutes([30, 6, 10])).toBe(10);
    expect(typicalHandlingMinutes([6, 8, 10, 30])).toBe(9);
    expect(typicalHandlingMinutes([Number.NaN, -1, 4])).toBe(4);
  });

  it("shares the people ahead among the desks serving, at least one, rounded up to whole minutes", () => {
    expect(estimateWaitMinutes({ ahead: 0, desks: 3, handlingMinutes: [9] })).toBe(0);
    expect(estimateWaitMinutes({ ahead: 5, desks: 3, handlingMinutes: [6, 8, 10, 30] })).toBe(15);
    expect(estimateWaitMinutes({ ahead: 5, desks: 0, handlingMinutes: [] })).toBe(50);
    expect(estimateWaitMinutes({ ahead: 1, desks: 4, handlingMinutes: [7] })).toBe(2);
  });
});
