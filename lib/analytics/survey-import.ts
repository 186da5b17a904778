// Paper questionnaires typed into a CSV file: the header row names the columns (CSV_COLUMNS, any
// order, comma or semicolon), each further line is one answer sheet. Every line is checked first;
// with one bad cell nothing of the file is stored, and each problem is told by line and column.
// The file's SHA-256 is kept, so the same file imported again is recognised and refused.
import { createHash } from "node:crypto";
import { CsvError, parse } from "csv-parse/sync";
import { z } from "zod";
import { db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import {
  CSV_COLUMNS,
  FACTORS,
  FACTOR_NAMES,
  ITEM_NAMES,
  TYPES,
  type CsvColumn,
  type Factor,
  type Item,
  type SurveyType,
} from "./vocabulary";

/** At most this many answer sheets in one file (a Jobcenter's paper survey is a few thousand). */
export const MAX_IMPORT_ROWS = 50_000;
/** At most this many bytes in one file. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
/** At most this many problems are listed; the count says how many there were. */
const MAX_LISTED_PROBLEMS = 50;

export interface ImportProblem {
  /** the line of the file, the header being line 1; null for the file as a whole */
  line: number | null;
  column: CsvColumn | null;
  message: string;
}

export type SurveyRow = { type: SurveyType } & Record<Factor, string | null> & Record<Item, number | null>;

export type ParseResult =
  { ok: true; rows: SurveyRow[] } | { ok: false; problems: ImportProblem[]; problemCount: number };

const empty = (cell: string) => cell.trim() === "";

/** The problem with one cell, or null when it is allowed. */
function cellProblem(column: CsvColumn, cell: string): string | null {
  const value = cell.trim();
  if (column === "type")
    return (TYPES as readonly string[]).includes(value)
      ? null
      : `„${value}“ ist kein Typ; erlaubt: ${TYPES.join(", ")} (Pflichtangabe).`;
  if (value === "") return null;
  if ((FACTOR_NAMES as string[]).includes(column)) {
    const allowed = Object.keys(FACTORS[column as Factor].values);
    return allowed.includes(value) ? null : `„${value}“ ist nicht erlaubt; erlaubt: ${allowed.join(", ")} oder leer.`;
  }
  return /^[1-5]$/.test(value) ? null : `„${value}“ ist keine Antwort von 1 bis 5 (oder leer).`;
}

const rowSchema = z.object({
  type: z.enum(TYPES),
  ...Object.fromEntries(FACTOR_NAMES.map((factor) => [factor, z.string().nullable()])),
  ...Object.fromEntries(ITEM_NAMES.map((item) => [item, z.number().int().min(1).max(5).nullable()])),
});

/** Reads the file's text; every problem at once, or the rows. */
export function parseSurveyCsv(text: string): ParseResult {
  const problems: ImportProblem[] = [];
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      bom: true,
      delimiter: [",", ";"],
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      skip_records_with_empty_values: true,
    }) as never;
  } catch (error) {
    if (error instanceof CsvError) {
      const line = (error as CsvError & { lines?: number }).lines ?? null;
      return {
        ok: false,
        problems: [{ line, column: null, message: `Die Datei ist kein lesbares CSV (${error.code}).` }],
        problemCount: 1,
      };
    }
    throw error;
  }
  if (records.length === 0)
    return { ok: false, problems: [{ line: null, column: null, message: "Die Datei ist leer." }], problemCount: 1 };
  const header = records[0].record.map((name) => name.trim().toLowerCase());
  const unknown = header.filter((name) => !(CSV_COLUMNS as readonly string[]).includes(name));
  const missing = CSV_COLUMNS.filter((name) => !header.includes(name));
  const repeated = header.filter((name, index) => header.indexOf(name) !== index);
  if (unknown.length || missing.length || repeated.length) {
    const parts = [
      unknown.length ? `unbekannt: ${unknown.join(", ")}` : "",
      missing.length ? `fehlt: ${missing.join(", ")}` : "",
      repeated.length ? `doppelt: ${repeated.join(", ")}` : "",
    ].filter(Boolean);
    return {
      ok: false,
      problems: [{ line: 1, column: null, message: `Die Kopfzeile passt nicht (${parts.join("; ")}).` }],
      problemCount: 1,
    };
  }
  const body = records.slice(1);
  if (body.length === 0)
    return {
      ok: false,
      problems: [{ line: null, column: null, message: "Die Datei hat keine Zeile mit Antworten." }],
      problemCount: 1,
    };
  if (body.length > MAX_IMPORT_ROWS)
    return {
      ok: false,
      problems: [
        {
          line: null,
          column: null,
          message: `Die Datei hat ${body.length} Zeilen; höchstens ${MAX_IMPORT_ROWS} auf einmal.`,
        },
      ],
      problemCount: 1,
    };
  const rows: SurveyRow[] = [];
  for (const { record, info } of body) {
    const line = info.lines;
    if (record.length !== header.length) {
      problems.push({ line, column: null, message: `${header.length} Spalten erwartet, ${record.length} gefunden.` });
      continue;
    }
    const cells = Object.fromEntries(header.map((name, index) => [name, record[index]])) as Record<CsvColumn, string>;
    let bad = false;
    for (const column of CSV_COLUMNS) {
      const message = cellProblem(column, cells[column]);
      if (message) {
        problems.push({ line, column, message });
        bad = true;
      }
    }
    if (bad) continue;
    rows.push(
      rowSchema.parse({
        type: cells.type.trim(),
        ...Object.fromEntries(
          FACTOR_NAMES.map((factor) => [factor, empty(cells[factor]) ? null : cells[factor].trim()]),
        ),
        ...Object.fromEntries(ITEM_NAMES.map((item) => [item, empty(cells[item]) ? null : Number(cells[item])])),
      }) as SurveyRow,
    );
  }
  if (problems.length)
    return { ok: false, problems: problems.slice(0, MAX_LISTED_PROBLEMS), problemCount: problems.length };
  return { ok: true, rows };
}

/**
 * Many answer sheets in one statement, a column each as an array (unnest): Prisma's createMany
 * takes seconds for a few hundred rows of this width, this takes milliseconds.
 */
export async function insertResponses(
  tx: Prisma.TransactionClient,
  rows: SurveyRow[],
  fixed: { source: "portal" | "paper"; answeredMonth: Date; importId: string | null },
): Promise<void> {
  const columns = [...FACTOR_NAMES, ...ITEM_NAMES];
  await tx.$executeRawUnsafe(
    `INSERT INTO survey_response (id, source, answered_month, import_id, type, ${columns.join(", ")})
     SELECT gen_random_uuid(), $1, $2::date, $3::uuid, t.*
     FROM unnest($4::"Preference"[], ${FACTOR_NAMES.map((_, index) => `$${5 + index}::text[]`).join(", ")}, ${ITEM_NAMES.map((_, index) => `$${5 + FACTOR_NAMES.length + index}::smallint[]`).join(", ")}) AS t`,
    fixed.source,
    fixed.answeredMonth.toISOString().slice(0, 10),
    fixed.importId,
    rows.map((row) => row.type),
    ...columns.map((column) => rows.map((row) => row[column])),
  );
}

export type ImportOutcome =
  | { outcome: "imported"; importId: string; count: number }
  | { outcome: "refused"; problems: ImportProblem[]; problemCount: number }
  | { outcome: "duplicate"; importedAt: Date; fileName: string };

/** The first day of a month given as "YYYY-MM", as a UTC date. */
export const monthStart = (month: string) => new Date(`${month}-01T00:00:00Z`);

/** Checks and stores a paper file's answers, all or none, in `tx` (the staff door's transaction). */
export async function importSurveyCsv(
  file: { name: string; bytes: Uint8Array },
  options: { month: string; staffId: string | null },
  tx: Prisma.TransactionClient = db,
): Promise<ImportOutcome> {
  const sha256 = createHash("sha256").update(file.bytes).digest("hex");
  const earlier = await tx.surveyImport.findUnique({ where: { fileSha256: sha256 } });
  if (earlier) return { outcome: "duplicate", importedAt: earlier.createdAt, fileName: earlier.fileName };
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(file.bytes);
  } catch {
    return {
      outcome: "refused",
      problems: [
        {
          line: null,
          column: null,
          message: "Die Datei ist nicht in UTF-8 gespeichert (in Excel: „CSV UTF-8“ wählen).",
        },
      ],
      problemCount: 1,
    };
  }
  const parsed = parseSurveyCsv(text);
  if (!parsed.ok) return { outcome: "refused", problems: parsed.problems, problemCount: parsed.problemCount };
  const answeredMonth = monthStart(options.month);
  try {
    const made = await tx.surveyImport.create({
      data: {
        fileSha256: sha256,
        fileName: file.name.slice(0, 200),
        rowCount: parsed.rows.length,
        importedByStaffId: options.staffId,
      },
    });
    await insertResponses(tx, parsed.rows, { source: "paper", answeredMonth, importId: made.id });
    return { outcome: "imported", importId: made.id, count: parsed.rows.length };
  } catch (error) {
    // The same file sent twice at once: the second one meets the unique hash.
    if (isUniqueViolation(error)) {
      const other = await db.surveyImport.findUnique({ where: { fileSha256: sha256 } });
      if (other) return { outcome: "duplicate", importedAt: other.createdAt, fileName: other.fileName };
    }
    throw error;
  }
}
