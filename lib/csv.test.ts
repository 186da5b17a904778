import { describe, expect, it } from "vitest";
import { csvCell, csvFile, csvResponse, safeFileName } from "./csv";

describe("csvCell", () => {
  it("neutralises what a spreadsheet would run as a formula", () => {
    expect(csvCell('=HYPERLINK("http://evil.example","Klick")')).toBe(
      '"\'=HYPERLINK(""http://evil.example"",""Klick"")"',
    );
    expect(csvCell("+49 621 555")).toBe("'+49 621 555");
    expect(csvCell("-1+2")).toBe("'-1+2");
    expect(csvCell("@SUM(A1:A2)")).toBe("'@SUM(A1:A2)");
    expect(csvCell("\t=1")).toBe("'\t=1");
    expect(csvCell("\r=1")).toBe('"\'\r=1"');
  });

  it("leaves plain text, umlauts and numbers as they are", () => {
    expect(csvCell("Ayşe Demir")).toBe("Ayşe Demir");
    expect(csvCell("Jürgen Weiß-Müller")).toBe("Jürgen Weiß-Müller");
    expect(csvCell(42)).toBe("42");
    expect(csvCell(-3)).toBe("-3");
    expect(csvCell(null)).toBe("");
    expect(csvCell(undefined)).toBe("");
  });

  it("quotes separators, quotes and line breaks", () => {
    expect(csvCell("Rollstuhl; Aufzug")).toBe('"Rollstuhl; Aufzug"');
    expect(csvCell('sagt "bitte laut"')).toBe('"sagt ""bitte laut"""');
    expect(csvCell("Zeile 1\nZeile 2")).toBe('"Zeile 1\nZeile 2"');
  });
});

describe("csvFile", () => {
  it("starts with a byte order mark, separates by semicolons and ends rows with CRLF", () => {
    const file = csvFile(
      ["Name", "Hinweis"],
      [
        ["Öztürk", "=1+1"],
        ["Kim", null],
      ],
    );
    expect(file).toBe("\uFEFFName;Hinweis\r\nÖztürk;'=1+1\r\nKim;\r\n");
    expect(new TextEncoder().encode(file).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });
});

describe("safeFileName", () => {
  it("spells umlauts out and makes everything else a dash", () => {
    expect(safeFileName("termine-Jobcenter Mannheim, Ifflandstraße-2026-12-01", "csv")).toBe(
      "termine-Jobcenter-Mannheim-Ifflandstrasse-2026-12-01.csv",
    );
    expect(safeFileName('../../etc/passwd"\r\nX-Evil: 1', "csv")).toBe("etc-passwd-X-Evil-1.csv");
    expect(safeFileName("Çağrı Şube", "csv")).toBe("Cagri-Sube.csv");
    expect(safeFileName("مركز", "csv")).toBe("export.csv");
    expect(safeFileName("x".repeat(300), "csv")).toHaveLength(104);
  });
});

describe("csvResponse", () => {
  it("answers as a UTF-8 CSV download, not cached", async () => {
    const answer = csvResponse(csvFile(["A"], [["ä"]]), "tag.csv");
    expect(answer.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(answer.headers.get("content-disposition")).toBe('attachment; filename="tag.csv"');
    expect(answer.headers.get("cache-control")).toBe("no-store");
    expect(new Uint8Array(await answer.arrayBuffer()).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });
});
