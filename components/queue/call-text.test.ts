import { describe, expect, it } from "vitest";
import { callText } from "./live-display";

describe("the spoken call", () => {
  it("says the number character by character and the desk, and nothing else", () => {
    expect(callText("A017", "Platz 3")).toBe("Nummer A 0 1 7, bitte zu Platz 3");
  });
});
