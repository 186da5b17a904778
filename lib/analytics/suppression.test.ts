// Secondary suppression against someone who reads the table: every hidden cell must be able to take
// at least two values given the cells and totals shown. The check here is independent of the linear
// programs in suppression.ts: it lists every table of whole numbers that agrees with what is shown.
import { describe, expect, it } from "vitest";
import { suppress, type CellState, type Margins } from "./suppression";

/** Every value each hidden cell takes over all tables that agree with what is shown ("< 5" is 1–4, "x" at least 5). */
function valuesAReaderCannotRuleOut(
  counts: number[][],
  states: CellState[][],
  margins: Margins,
): Map<string, Set<number>> {
  const total = counts.flat().reduce((a, b) => a + b, 0);
  const rowTotals = counts.map((row) => row.reduce((a, b) => a + b, 0));
  const columnTotals = counts[0].map((_, c) => counts.reduce((sum, row) => sum + row[c], 0));
  const hidden = states.flatMap((row, r) =>
    row.flatMap((state, c) => (state === "shown" ? [] : [[r, c] as [number, number]])),
  );
  const seen = new Map(hidden.map(([r, c]) => [`${r}:${c}`, new Set<number>()]));
  const table = counts.map((row, r) => row.map((count, c) => (states[r][c] === "shown" ? count : 0)));
  const fits = () =>
    table.flat().reduce((a, b) => a + b, 0) === total &&
    (!margins.rows || table.every((row, r) => row.reduce((a, b) => a + b, 0) === rowTotals[r])) &&
    (!margins.columns || columnTotals.every((sum, c) => table.reduce((s, row) => s + row[c], 0) === sum));
  const tooBig = () =>
    (margins.rows && table.some((row, r) => row.reduce((a, b) => a + b, 0) > rowTotals[r])) ||
    (margins.columns && columnTotals.some((sum, c) => table.reduce((s, row) => s + row[c], 0) > sum));
  // A row's (or column's) last hidden cell is whatever its total leaves; the others run through their range.
  const lastInRow = hidden.map(([r], index) => margins.rows && !hidden.slice(index + 1).some(([later]) => later === r));
  const lastInColumn = hidden.map(
    ([, c], index) => margins.columns && !hidden.slice(index + 1).some(([, later]) => later === c),
  );
  const fill = (index: number) => {
    if (index === hidden.length) {
      if (fits()) hidden.forEach(([r, c]) => seen.get(`${r}:${c}`)!.add(table[r][c]));
      return;
    }
    const [r, c] = hidden[index];
    const [low, high] = states[r][c] === "small" ? [1, 4] : [5, total];
    const forced = lastInRow[index]
      ? rowTotals[r] - table[r].reduce((a, b) => a + b, 0)
      : lastInColumn[index]
        ? columnTotals[c] - table.reduce((sum, row) => sum + row[c], 0)
        : null;
    for (let value = forced ?? low; value <= (forced ?? high); value++) {
      if (value < low || value > high) continue;
      table[r][c] = value;
      if (tooBig()) break;
      fill(index + 1);
    }
    table[r][c] = 0;
  };
  fill(0);
  return seen;
}

const both: Margins = { rows: true, columns: true };

function expectProtected(counts: number[][], margins: Margins) {
  const { states, wholeTableHidden } = suppress(counts, margins);
  expect(wholeTableHidden).toBe(false);
  // Every 1–4 cell is hidden as "< 5", every other hidden cell is one of 5 or more.
  counts.forEach((row, r) =>
    row.forEach((count, c) => {
      if (count > 0 && count < 5) expect(states[r][c]).toBe("small");
      if (states[r][c] === "hidden") expect(count).toBeGreaterThanOrEqual(5);
    }),
  );
  const values = valuesAReaderCannotRuleOut(counts, states, margins);
  for (const [cell, possible] of values)
    expect(possible.size, `cell ${cell} of ${JSON.stringify(counts)} can be worked out`).toBeGreaterThan(1);
  return states;
}

describe("secondary suppression", () => {
  it("hides one more cell beside a lone small one in a row, so that the row total does not give it away", () => {
    const states = expectProtected([[3, 40, 57]], { rows: true, columns: false });
    expect(states[0]).toEqual(["small", "hidden", "shown"]);
  });

  it("protects a table built to tempt: two small cells in each row and column whose sum pins them (1 + 1)", () => {
    // Rows 0–1 and columns 0–1 each have two "< 5" cells, which a rule of "at least two hidden per
    // row and column" accepts; but 1 + 1 = 2 leaves each of them one possible value.
    const states = expectProtected(
      [
        [1, 1, 30, 12],
        [1, 1, 40, 9],
        [20, 25, 14, 17],
        [18, 22, 19, 24],
      ],
      both,
    );
    expect(states.flat().filter((state) => state === "hidden").length).toBeGreaterThan(0);
  });

  it("hides a table whole when the small cells' blocks pin each other whatever else is hidden", () => {
    // The top-left and bottom-right blocks of "< 5" cells differ by 12 through the totals (rows 0–1
    // against columns 2–3), so with each block between 4 and 16 they can only be 4 and 16.
    const counts = [
      [1, 1, 30, 12],
      [1, 1, 40, 9],
      [20, 25, 4, 4],
      [18, 22, 4, 4],
    ];
    expect(suppress(counts, both).wholeTableHidden).toBe(true);
  });

  it("protects a small cell whose row and column hold nothing else small, and leaves a table without small cells alone", () => {
    expectProtected(
      [
        [21, 33, 13],
        [30, 14, 2],
        [31, 19, 22],
        [12, 8, 17],
      ],
      both,
    );
    expect(
      suppress(
        [
          [21, 33, 13],
          [31, 19, 22],
        ],
        both,
      )
        .states.flat()
        .every((state) => state === "shown"),
    ).toBe(true);
  });

  it("hides a table whole when no cell can protect its small one", () => {
    expect(suppress([[3, 0, 0]], both)).toEqual({ states: [["hidden", "hidden", "hidden"]], wholeTableHidden: true });
  });
});
