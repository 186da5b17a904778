// A published table as a CSV file for Excel (lib/csv.ts: BOM, semicolons, no formulas), numbers with
// a decimal comma; suppressed cells read "< 5" and "x" as on the page. The dashboard's filters as
// a zod schema, shared by the page and the export address.
import { z } from "zod";
import { csvFile } from "@/lib/csv";
import { isCalendarDay } from "@/lib/validation";
import { cellText, type PublishedTable } from "./published-table";
import type { AnalyticsFilters } from "./tables";

const decimal = (value: number) => value.toFixed(1).replace(".", ",");

export function tableCsv(table: PublishedTable): string {
  const total = (value: number | null) => (value === null ? "x" : value);
  if (table.key === "types") {
    // The types: one line per type, which reads better.
    const headings = [table.rowHeading, "Anzahl", "Anteil (%)", ...(table.research ? ["Studie (%)"] : [])];
    const lines = table.columns.map((column, c) => [
      column.label,
      cellText(table.cells[0][c], "count"),
      cellText(table.cells[0][c], "percent", decimal),
      ...(table.research ? [table.research[0]?.[c] === undefined ? "" : decimal(table.research[0][c])] : []),
    ]);
    return csvFile(headings, [
      ...lines,
      ["Gesamt", total(table.rowTotals[0]), table.rowTotals[0] ? "100,0" : "", ...(table.research ? [""] : [])],
    ]);
  }
  const headings = [
    table.rowHeading,
    "n",
    ...table.columns.flatMap((column) => [`${column.label} (Anzahl)`, `${column.label} (%)`]),
    ...(table.research ? table.columns.map((column) => `${column.label} Studie (%)`) : []),
  ];
  const lines = table.rows.map((row, r) => [
    row.label,
    total(table.rowTotals[r]),
    ...table.cells[r].flatMap((cell) => [cellText(cell, "count"), cellText(cell, "percent", decimal)]),
    ...(table.research ? table.columns.map((_, c) => (table.research?.[r] ? decimal(table.research[r][c]) : "")) : []),
  ]);
  const totals = [
    "Gesamt",
    table.wholeTableHidden ? "x" : table.total,
    ...table.columnTotals.flatMap((value) => [
      total(value),
      value === null || table.total === 0 ? "" : decimal((100 * value) / table.total),
    ]),
    ...(table.research ? table.columns.map(() => "") : []),
  ];
  return csvFile(headings, [...lines, totals]);
}

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Datum im Format JJJJ-MM-TT")
  .refine(isCalendarDay, "kein gültiges Datum (zwischen 1900 und 9999)");
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (Array.isArray(value) ? value[0] : value) || null, schema.nullable());

/** The dashboard's filters from the query; an empty field is no filter. */
export const analyticsFilterSchema = z
  .object({ from: optional(day), to: optional(day), location: optional(z.uuid("unbekannter Standort")) })
  .refine((filters) => !filters.from || !filters.to || filters.from <= filters.to, {
    message: "„Von“ liegt nach „Bis“.",
    path: ["to"],
  });

export function toFilters(parsed: z.output<typeof analyticsFilterSchema>): AnalyticsFilters {
  return { from: parsed.from, to: parsed.to, locationId: parsed.location };
}

/** Filters from a page's query: the valid ones, and what could not be used. */
export function readAnalyticsFilters(query: Record<string, string | string[] | undefined>): {
  filters: AnalyticsFilters;
  problems: string[];
} {
  const parsed = analyticsFilterSchema.safeParse(query);
  if (parsed.success) return { filters: toFilters(parsed.data), problems: [] };
  return {
    filters: { from: null, to: null, locationId: null },
    problems: parsed.error.issues.map((issue) => `${issue.path.join(".") || "Filter"}: ${issue.message}`),
  };
}
