// The one table of the staff pages: a caption naming it for screen readers, column headings with
// scope, one row per entry, and a sentence instead of an empty table. Wider than the window, it
// scrolls inside its own region, which takes the keyboard focus so that arrow keys reach every column.
import { useId, type ReactNode } from "react";

export interface StaffColumn<Row> {
  heading: string;
  /** The heading is read by screen readers only (a column of buttons needs no visible name). */
  headingHidden?: boolean;
  cell: (row: Row) => ReactNode;
  /** Extra classes for the column's cells, e.g. "break-all" for long addresses. */
  className?: string;
  /** Left out when the page is printed (a column of buttons). */
  hideInPrint?: boolean;
}

export function StaffTable<Row>({
  caption,
  columns,
  rows,
  rowKey,
  empty,
  bodyHtml,
  rowData,
}: {
  /** What the table lists, in German; also names its scroll region. */
  caption: string;
  columns: StaffColumn<Row>[];
  rows: Row[];
  rowKey: (row: Row) => string;
  /** Shown in place of the table when there are no rows. */
  empty: string;
  /**
   * The rows already written as HTML (`<tr>…</tr>` each, every text escaped), in place of rendering
   * `columns`' cells element by element: for the front desk's day of 600 rows, where React's rendering
   * of each element was the largest share of the page's server time.
   */
  bodyHtml?: (rows: Row[], cellClass: (index: number) => string | undefined) => string;
  /** data-* attributes of a row (e.g. its reference, for finding it), named without "data-" */
  rowData?: (row: Row) => Record<string, string>;
}) {
  const captionId = useId();
  if (rows.length === 0) return <p className="mt-6">{empty}</p>;
  // Spacing, figures of equal width and breaking long words are set once on the table, not on each of
  // (rows × columns) cells: a day of 600 rows stays small.
  const cellClass = (index: number, extra?: string) =>
    [columns[index].hideInPrint ? "print:hidden" : null, extra].filter(Boolean).join(" ") || undefined;
  return (
    <section aria-labelledby={captionId} tabIndex={0} className="mt-6 overflow-x-auto print:overflow-visible">
      <table className="w-full border-collapse text-left tabular-nums break-words [&_:is(td,th)]:py-2 [&_:is(td,th):not(:last-child)]:pe-3 [&_tbody_tr]:border-b [&_tbody_tr]:border-line [&_tbody_tr]:align-top">
        <caption id={captionId} className="sr-only">
          {caption}
        </caption>
        <thead>
          <tr className="border-b-2 border-line">
            {columns.map((column, index) => (
              <th key={column.heading} scope="col" className={cellClass(index)}>
                {column.headingHidden ? <span className="sr-only">{column.heading}</span> : column.heading}
              </th>
            ))}
          </tr>
        </thead>
        {bodyHtml ? (
          <tbody
            dangerouslySetInnerHTML={{ __html: bodyHtml(rows, (index) => cellClass(index, columns[index].className)) }}
          />
        ) : (
          <tbody>
            {rows.map((row) => (
              <tr
                key={rowKey(row)}
                {...Object.fromEntries(
                  Object.entries(rowData?.(row) ?? {}).map(([name, value]) => [`data-${name}`, value]),
                )}
              >
                {columns.map((column, index) => (
                  <td key={column.heading} className={cellClass(index, column.className)}>
                    {column.cell(row)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        )}
      </table>
    </section>
  );
}
