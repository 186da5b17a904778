// The translators' round trip on a copy of the message files: an export read back changes nothing;
// one Turkish target changed changes exactly that message (one line of its file); a translation that
// lost a placeholder refuses the whole file and names the key.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { MESSAGES_DIR } from "./catalog";
import { exportXliff, importXliff, XliffRefusedError } from "./xliff";

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "messages-"));
  cpSync(MESSAGES_DIR, dir, { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function snapshot(): Map<string, string> {
  return new Map(
    readdirSync(path.join(dir, "tr")).map((file) => [file, readFileSync(path.join(dir, "tr", file), "utf8")]),
  );
}

/** The XLIFF with one unit's target replaced (the unit found by its file and id). */
function withTarget(xml: string, namespace: string, key: string, target: string): string {
  const file = xml.indexOf(`<file id="${namespace}">`);
  const unit = xml.indexOf(`<unit id="${key}">`, file);
  const start = xml.indexOf("<target>", unit) + "<target>".length;
  const end = xml.indexOf("</target>", start);
  expect(file).toBeGreaterThan(-1);
  expect(unit).toBeGreaterThan(file);
  return xml.slice(0, start) + target + xml.slice(end);
}

describe("XLIFF round trip", () => {
  it("exports XLIFF 2.0 with German source, the target, the key as unit id and the glossary's notes", async () => {
    const xml = await exportXliff("tr", dir);
    expect(xml).toMatch(
      /<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="de" trgLang="tr">/,
    );
    expect(xml).toContain('<file id="booking">');
    expect(xml).toMatch(
      /<unit id="day.free">\s*<notes>\s*<note>Counts \(\{count\}\) need the plural forms one, other\.<\/note>/,
    );
    expect(xml).toContain("<source>{count, plural, one {# freie Zeit} other {# freie Zeiten}}</source>");
    expect(xml).toMatch(/<note>Termin: [^<]*Use "randevu"/);
  });

  it("reads its own export back without changing anything", async () => {
    const before = snapshot();
    const result = await importXliff(await exportXliff("tr", dir), dir);
    expect(result).toEqual({ locale: "tr", changed: [] });
    expect(snapshot()).toEqual(before);
  });

  it("changes exactly the one Turkish message whose target changed", async () => {
    const before = snapshot();
    const xml = withTarget(await exportXliff("tr", dir), "booking", "location.choose", "{name} şubesini seçin");
    const result = await importXliff(xml, dir);
    expect(result).toEqual({ locale: "tr", changed: ["booking.location.choose"] });
    const after = snapshot();
    for (const file of before.keys()) if (file !== "booking.json") expect(after.get(file)).toBe(before.get(file));
    const oldLines = before.get("booking.json")!.split("\n");
    const newLines = after.get("booking.json")!.split("\n");
    expect(newLines).toHaveLength(oldLines.length);
    const changedLines = newLines.filter((line, index) => line !== oldLines[index]);
    expect(changedLines).toEqual(['    "choose": "{name} şubesini seçin",']);
  });

  it("refuses a file whose translation lost a placeholder, naming the key, and writes nothing", async () => {
    const before = snapshot();
    const xml = withTarget(await exportXliff("tr", dir), "booking", "location.choose", "Konumu seçin");
    const refusal = await importXliff(xml, dir).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(XliffRefusedError);
    expect((refusal as XliffRefusedError).problems).toEqual([
      "booking.location.choose: placeholders or ICU structure differ from the German (German: name:text; translation: none)",
    ]);
    expect(snapshot()).toEqual(before);
  });

  it("refuses a plural without the language's forms and a file that is not XLIFF", async () => {
    const xml = withTarget(
      await exportXliff("uk", dir).then((x) => x),
      "booking",
      "day.free",
      "{count, plural, other {# місць}}",
    );
    await expect(importXliff(xml, dir)).rejects.toThrow(/booking\.day\.free: \{count\} lacks the forms one, few, many/);
    await expect(importXliff("<html></html>", dir)).rejects.toThrow(XliffRefusedError);
  });
});
