// Small numbers never identify anyone. A cell counting 1–4 people is shown as "< 5" (primary
// suppression); then more cells are hidden (secondary suppression, shown as "x") until no hidden
// cell can be worked out from the totals the table shows. "Worked out" is tested exactly: for each
// hidden cell a linear program finds the smallest and the largest value it can take given every
// shown cell and total, a "< 5" cell being 1–4 and an "x" cell at least 5 (only cells of 5 or more
// are hidden as "x"); a cell whose smallest and largest value agree is recoverable, and the
// smallest other cell in its row or column is hidden as well. A table that cannot be protected
// this way is hidden whole, its grand total alone shown.
import { solve, type Constraint, type Model } from "yalps";

export const SMALL_LIMIT = 5;

export type CellState = "shown" | "small" | "hidden";

export interface Margins {
  /** each row's total is published */
  rows: boolean;
  /** each column's total is published */
  columns: boolean;
}

export interface Suppression {
  states: CellState[][];
  /** true when no hiding of cells protected the table: only its grand total may be shown */
  wholeTableHidden: boolean;
}

const isSmall = (count: number) => count > 0 && count < SMALL_LIMIT;

/** The smallest and largest value each hidden cell can take, as someone reading the table could work out. */
export function feasibleRanges(
  counts: number[][],
  states: CellState[][],
  margins: Margins,
): Map<string, { min: number; max: number }> {
  const grandTotal = counts.flat().reduce((sum, count) => sum + count, 0);
  const hidden: [number, number][] = [];
  states.forEach((row, r) => row.forEach((state, c) => state !== "shown" && hidden.push([r, c])));
  const constraints = new Map<string, Constraint>();
  const fixedSum = (cells: [number, number][]) =>
    cells.reduce((sum, [r, c]) => sum + (states[r][c] === "shown" ? counts[r][c] : 0), 0);
  if (margins.rows) {
    counts.forEach((row, r) => {
      const rest = row.reduce((sum, count) => sum + count, 0) - fixedSum(row.map((_, c) => [r, c]));
      constraints.set(`row${r}`, { equal: rest });
    });
  }
  if (margins.columns) {
    counts[0]?.forEach((_, c) => {
      const column = counts.map((row) => row[c]);
      const rest = column.reduce((sum, count) => sum + count, 0) - fixedSum(column.map((_, r) => [r, c]));
      constraints.set(`column${c}`, { equal: rest });
    });
  }
  // The grand total is published whenever a margin is; with none, it still is (the table's n).
  constraints.set("total", {
    equal: grandTotal - fixedSum(counts.flatMap((row, r) => row.map((_, c) => [r, c] as [number, number]))),
  });
  const ranges = new Map<string, { min: number; max: number }>();
  for (const [r, c] of hidden) {
    const bounds = (cellR: number, cellC: number): Constraint =>
      states[cellR][cellC] === "small" ? { min: 1, max: SMALL_LIMIT - 1 } : { min: SMALL_LIMIT, max: grandTotal };
    const model = (direction: "minimize" | "maximize"): Model => {
      const variables = new Map<string, Map<string, number>>();
      const allConstraints = new Map(constraints);
      for (const [cellR, cellC] of hidden) {
        const name = `${cellR}:${cellC}`;
        const coefficients = new Map<string, number>([
          ["total", 1],
          [`bound${name}`, 1],
        ]);
        if (margins.rows) coefficients.set(`row${cellR}`, 1);
        if (margins.columns) coefficients.set(`column${cellC}`, 1);
        if (cellR === r && cellC === c) coefficients.set("objective", 1);
        allConstraints.set(`bound${name}`, bounds(cellR, cellC));
        variables.set(name, coefficients);
      }
      return { direction, objective: "objective", constraints: allConstraints, variables, integers: true };
    };
    const low = solve(model("minimize"));
    const high = solve(model("maximize"));
    // The true table is always a solution; anything else would be a bug in the model above.
    if (low.status !== "optimal" || high.status !== "optimal")
      throw new Error(`Suppression model not solvable (${low.status}, ${high.status})`);
    ranges.set(`${r}:${c}`, { min: Math.round(low.result), max: Math.round(high.result) });
  }
  return ranges;
}

/** Which cells to hide in a table of counts whose given margins (and grand total) are published. */
export function suppress(counts: number[][], margins: Margins): Suppression {
  const states: CellState[][] = counts.map((row) => row.map((count) => (isSmall(count) ? "small" : "shown")));
  const sameRow = (r: number) => (margins.rows ? counts[r].map((_, c) => [r, c] as [number, number]) : []);
  const sameColumn = (c: number) => (margins.columns ? counts.map((_, r) => [r, c] as [number, number]) : []);
  const hideable = ([r, c]: [number, number]) => states[r][c] === "shown" && counts[r][c] >= SMALL_LIMIT;
  const smallest = (cells: [number, number][]) =>
    cells.filter(hideable).sort((a, b) => counts[a[0]][a[1]] - counts[b[0]][b[1]])[0];
  for (;;) {
    if (!states.flat().some((state) => state !== "shown")) return { states, wholeTableHidden: false };
    const recoverable = [...feasibleRanges(counts, states, margins)].find(([, range]) => range.max - range.min < 1);
    if (!recoverable) return { states, wholeTableHidden: false };
    const [r, c] = recoverable[0].split(":").map(Number);
    const next =
      smallest([...sameRow(r), ...sameColumn(c)]) ??
      smallest(
        counts.flatMap((row, rowIndex) => row.map((_, columnIndex) => [rowIndex, columnIndex] as [number, number])),
      );
    if (!next) return { states: counts.map((row) => row.map(() => "hidden")), wholeTableHidden: true };
    states[next[0]][next[1]] = "hidden";
  }
}
