// CSV files for spreadsheets (the front desk's day list): a byte order mark, so that Excel reads
// UTF-8 and shows umlauts right; semicolons between cells, as Excel expects them in German; CRLF
// between rows; and no cell that a spreadsheet would run as a formula.

const SEPARATOR = ";";

/** What a spreadsheet starts a formula with (and tab and carriage return, which some strip first). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One cell: a text starting like a formula gets a leading apostrophe (shown as text, never run:
 * names and notes are typed by people, "=HYPERLINK(…)" among them); a cell with the separator, a
 * quote or a line break is quoted, quotes doubled.
 */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  let text = String(value);
  if (typeof value === "string" && FORMULA_START.test(text)) text = `'${text}`;
  return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The file: BOM, the heading row, then one row per entry. */
export function csvFile(headings: string[], rows: (string | number | null | undefined)[][]): string {
  return `\uFEFF${[headings, ...rows].map((row) => row.map(csvCell).join(SEPARATOR)).join("\r\n")}\r\n`;
}

/**
 * A file name that every system and header accepts: umlauts spelled out (ä → ae, ß → ss), every
 * other character but letters, digits, dot and dash made a dash, at most 100 characters.
 */
export function safeFileName(name: string, extension: string): string {
  const spelled = name
    .replace(/ä/g, "ae")
    .replace(/ö/g, "oe")
    .replace(/ü/g, "ue")
    .replace(/Ä/g, "Ae")
    .replace(/Ö/g, "Oe")
    .replace(/Ü/g, "Ue")
    .replace(/ß/g, "ss")
    .replace(/ı/g, "i")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "");
  const base =
    spelled
      .replace(/[^A-Za-z0-9.-]+/g, "-")
      .replace(/-{2,}/g, "-")
      .replace(/^[-.]+|[-.]+$/g, "")
      .slice(0, 100) || "export";
  return `${base}.${extension}`;
}

/** The answer carrying a CSV file for download. */
export function csvResponse(content: string, fileName: string): Response {
  return new Response(content, {
    status: 200,
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
