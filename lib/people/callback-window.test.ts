// A callback's wished day and hours on the person page's timeline: in words, never as stored.
import { describe, expect, it } from "vitest";
import { callbackWindowText } from "./timeline";

describe("callbackWindowText", () => {
  it("writes the stored day and hours as dd.mm.yyyy and a range", () => {
    expect(callbackWindowText("2026-12-08 10-12")).toBe("08.12.2026, 10–12");
    expect(callbackWindowText("2026-12-08")).toBe("08.12.2026");
    expect(callbackWindowText("08-10")).toBe("08–10");
    expect(callbackWindowText("")).toBeNull();
    expect(callbackWindowText(null)).toBeNull();
    expect(callbackWindowText("morgen früh")).toBe("morgen früh");
  });
});
