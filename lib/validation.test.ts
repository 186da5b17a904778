import { describe, expect, it } from "vitest";
import { isStorageKey } from "@/lib/forms/storage/types";
import { calendarDay, hasControlCharacters, isCalendarDay, isUuid, text, typedDay, uuid } from "@/lib/validation";

describe("text()", () => {
  const line = text({ max: 10, min: 1, messages: { required: "name" } });
  const block = text({ max: 100, multiline: true });

  it("trims and keeps ordinary text, letters of every script included", () => {
    expect(line.parse("  Yılmaz ")).toBe("Yılmaz");
    expect(block.parse("عربي\nzweite Zeile\tmit Tab")).toBe("عربي\nzweite Zeile\tmit Tab");
  });

  it("refuses a NUL and other control characters with a field error", () => {
    for (const bad of ["Nul\u0000Byte", "a\u0007b", "a\u001bb", "a\u007fb", "a\u0085b"]) {
      const result = line.safeParse(bad);
      expect(result.success, JSON.stringify(bad)).toBe(false);
      expect(result.error?.issues[0].message).toBe("invalidCharacters");
    }
  });

  it("refuses line breaks in a one-line field, allows them in a multi-line one", () => {
    expect(line.safeParse("a\nb").success).toBe(false);
    expect(line.safeParse("a\u2028b").success).toBe(false);
    expect(block.safeParse("a\r\nb").success).toBe(true);
    expect(block.safeParse("a\u0000b").success).toBe(false);
  });

  it("checks the length after trimming", () => {
    expect(line.safeParse("   ").error?.issues[0].message).toBe("name");
    expect(line.safeParse("x".repeat(11)).success).toBe(false);
  });
});

describe("calendar days", () => {
  it("accepts days that exist, leap days included", () => {
    expect(isCalendarDay("2026-03-29")).toBe(true);
    // 1900 to the day before the last of 9999: a day's range ends at the next day, which must exist.
    for (const [day, ok] of [
      ["1900-01-01", true],
      ["9999-12-30", true],
      ["1899-12-31", false],
      ["9999-12-31", false],
      ["0001-01-01", false],
    ] as const)
      expect(isCalendarDay(day), day).toBe(ok);
    expect(isCalendarDay("2028-02-29")).toBe(true);
  });

  it("refuses days that would roll over into the next month", () => {
    for (const bad of ["2026-02-30", "2026-04-31", "2027-02-29", "2026-13-01", "2026-00-10", "2026-1-1", ""]) {
      expect(isCalendarDay(bad), bad).toBe(false);
      expect(calendarDay().safeParse(bad).success, bad).toBe(false);
    }
  });

  it("spots control characters directly too", () => {
    expect(hasControlCharacters("ok")).toBe(false);
    expect(hasControlCharacters("a\tb", { multiline: true })).toBe(false);
    expect(hasControlCharacters("a\tb")).toBe(true);
  });
});

describe("uuid() and isUuid()", () => {
  const id = "3f0c6f8e-2b7a-4c1e-9a55-0d7f1e2a9b10";
  it("accept a UUID and nothing else", () => {
    expect(isUuid(id)).toBe(true);
    expect(isUuid(crypto.randomUUID())).toBe(true);
    for (const bad of [
      undefined,
      null,
      42,
      "",
      `${id}x`,
      id.replace(/-/g, ""),
      "' OR 1=1 --",
      "zzzzzzzz-zzzz-4zzz-8zzz-zzzzzzzzzzzz",
    ])
      expect(isUuid(bad)).toBe(false);
  });

  it("as a schema, answer with the message the caller names", () => {
    expect(uuid("notBookable").safeParse("x").error?.issues[0]?.message).toBe("notBookable");
    expect(uuid().safeParse(id).success).toBe(true);
  });

  it("checks the id part of a storage key the same way", () => {
    expect(isStorageKey(`2026/12/${id}`)).toBe(true);
    expect(isStorageKey(`2026/12/${id}/x`)).toBe(false);
    expect(isStorageKey(`2026/12/../${id}`)).toBe(false);
    expect(isStorageKey(`2026/12/------------------------------------`)).toBe(false);
  });
});

describe("typedDay()", () => {
  it("reads a day as typed at a German counter, and leaves anything else to the check", () => {
    expect(typedDay("02.04.1971")).toBe("1971-04-02");
    expect(typedDay(" 2.4.1971 ")).toBe("1971-04-02");
    expect(typedDay("1971-04-02")).toBe("1971-04-02");
    expect(isCalendarDay(typedDay("31.02.1971"))).toBe(false);
    expect(typedDay("04/02/1971")).toBe("04/02/1971");
    expect(typedDay("2.4.71")).toBe("2.4.71");
  });
});

describe("bidirectional control characters", () => {
  it("are refused in single-line and multi-line text alike", () => {
    const name = text({ max: 100 });
    const note = text({ max: 100, multiline: true });
    for (const mark of ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069"]) {
      expect(name.safeParse(`Anna${mark}reteP`).success, mark.codePointAt(0)!.toString(16)).toBe(false);
      expect(note.safeParse(`Zeile\n${mark}eins`).success).toBe(false);
    }
    // Arabic and Hebrew text itself, and the implicit marks LRM/RLM, stay welcome.
    expect(name.safeParse("مريم العلي").success).toBe(true);
    expect(name.safeParse("Anna\u200fMüller").success).toBe(true);
  });
});

describe("the portal's own translated texts", () => {
  it("keep their direction isolates (a Latin word in Arabic), never an override", () => {
    const arabic = "قدّموا \u2068Widerspruch\u2069 خلال شهر";
    expect(hasControlCharacters(arabic)).toBe(true);
    expect(hasControlCharacters(arabic, { isolates: true })).toBe(false);
    expect(hasControlCharacters("abc\u202Edef", { isolates: true })).toBe(true);
  });
});
