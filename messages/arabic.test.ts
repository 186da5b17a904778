// Arabic script: quotation marks are «…», and every Latin word (Jobcenter, Bürgergeld, PDF, an
// address) stands inside a direction isolate, so that it keeps its order in right-to-left text.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { allMessages } from "@/scripts/texts/catalog";
import { foreignQuotes, unisolatedLatin } from "@/scripts/texts/script-checks";

const requestTypeTexts = JSON.parse(
  readFileSync(path.join(process.cwd(), "lib/journey/request-type-texts.json"), "utf8"),
) as Record<string, Record<string, Record<string, string | string[]>>>;

const arabic = [
  ...allMessages("ar").map(({ namespace, key, message }) => ({ where: `${namespace}.${key}`, message })),
  ...Object.entries(requestTypeTexts).flatMap(([type, fields]) =>
    Object.entries(fields).flatMap(([field, texts]) =>
      [texts.ar ?? []].flat().map((message) => ({ where: `request type ${type}.${field}`, message })),
    ),
  ),
];

describe("Arabic texts", () => {
  it("use «…», never „…“ or “…”", () => {
    const found = arabic.filter(({ message }) => foreignQuotes(message).length > 0).map(({ where }) => where);
    expect(found).toEqual([]);
  });

  it("isolate every Latin word", () => {
    const found = arabic.flatMap(({ where, message }) => unisolatedLatin(message).map((word) => `${where}: ${word}`));
    expect(found).toEqual([]);
  });

  it("the check itself finds a Latin word without isolates and German quotation marks", () => {
    expect(unisolatedLatin("تستمر في الحصول على Bürgergeld.")).toEqual(["Bürgergeld"]);
    expect(unisolatedLatin("تستمر في الحصول على \u2068Bürgergeld\u2069.")).toEqual([]);
    expect(unisolatedLatin("{count, plural, one {ملف واحد} other {# ملفات}}")).toEqual([]);
    expect(foreignQuotes("كلمة „Widerspruch“")).toEqual(["„", "“"]);
  });
});
