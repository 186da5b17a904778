// A table of counts as the dashboard and the CSV files publish it: row percentages with each row's
// n, the small-cell rule applied (lib/analytics/suppression.ts), and the research's own row
// percentages beside it where the research has them.
import { suppress, type CellState, type Margins } from "./suppression";

export interface CountTable {
  /** the name in /staff/analytics/export/{key}.csv */
  key: string;
  title: string;
  rowHeading: string;
  rows: { key: string; label: string }[];
  columns: { key: string; label: string }[];
  counts: number[][];
  /** the research's row percentages per row (same columns), or null */
  research?: (readonly number[] | null)[];
  note?: string;
}

export type ShownCount =
  { kind: "count"; count: number; percent: number | null } | { kind: "small" } | { kind: "hidden" };

export interface PublishedTable extends Omit<CountTable, "counts"> {
  cells: ShownCount[][];
  /** each row's n (null when the whole table is hidden) */
  rowTotals: (number | null)[];
  columnTotals: (number | null)[];
  total: number;
  wholeTableHidden: boolean;
  /** the share of each row that is hidden, for the charts' grey segment */
  hiddenPercent: (number | null)[];
}

/** A table of one row publishes its n, not its column totals (they would be its cells). */
const marginsOf = (table: CountTable): Margins => ({ rows: true, columns: table.rows.length > 1 });

/** One decimal, the way the research prints it (42.1). */
export const oneDecimal = (value: number) => Math.round(value * 10) / 10;

export function publish(table: CountTable): PublishedTable {
  const { counts, ...rest } = table;
  const margins = marginsOf(table);
  const { states, wholeTableHidden } = suppress(counts, margins);
  const rowTotals = counts.map((row) => row.reduce((a, b) => a + b, 0));
  const columnTotals = table.columns.map((_, c) => counts.reduce((sum, row) => sum + row[c], 0));
  const total = rowTotals.reduce((a, b) => a + b, 0);
  const cell = (state: CellState, count: number, rowTotal: number): ShownCount =>
    state === "small"
      ? { kind: "small" }
      : state === "hidden"
        ? { kind: "hidden" }
        : { kind: "count", count, percent: rowTotal > 0 ? oneDecimal((100 * count) / rowTotal) : null };
  return {
    ...rest,
    cells: counts.map((row, r) => row.map((count, c) => cell(states[r][c], count, rowTotals[r]))),
    rowTotals: wholeTableHidden ? rowTotals.map(() => null) : rowTotals,
    columnTotals: wholeTableHidden || !margins.columns ? columnTotals.map(() => null) : columnTotals,
    total,
    wholeTableHidden,
    hiddenPercent: counts.map((row, r) => {
      if (wholeTableHidden || rowTotals[r] === 0) return null;
      const hidden = row.reduce((sum, count, c) => sum + (states[r][c] === "shown" ? 0 : count), 0);
      return oneDecimal((100 * hidden) / rowTotals[r]);
    }),
  };
}

/** A cell as text: "< 5" for 1–4 people, "x" for a cell hidden with it. */
export function cellText(
  cell: ShownCount,
  what: "count" | "percent",
  format: (value: number) => string = String,
): string {
  if (cell.kind === "small") return "< 5";
  if (cell.kind === "hidden") return "x";
  if (what === "count") return String(cell.count);
  return cell.percent === null ? "–" : format(cell.percent);
}
