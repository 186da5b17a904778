import { describe, expect, it } from "vitest";
import { storable } from "./storable";

describe("storable", () => {
  it("marks control characters in texts, keys and nested values, and keeps line breaks and tabs", () => {
    const when = new Date("2026-03-29T00:30:00Z");
    expect(
      storable({
        values: { "na\u0000me": "a\u0000b\u0001c", note: "eins\nzwei\tdrei\r\n" },
        list: ["\u007f", 3, null],
        when,
      }),
    ).toEqual({
      values: { "na\uFFFDme": "a\uFFFDb\uFFFDc", note: "eins\nzwei\tdrei\r\n" },
      list: ["\uFFFD", 3, null],
      when,
    });
  });
  it("leaves clean text as it is", () => {
    expect(storable("Ayşe Yılmaz – 68159 Mannheim")).toBe("Ayşe Yılmaz – 68159 Mannheim");
  });
});
