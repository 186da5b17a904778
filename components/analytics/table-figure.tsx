// One dashboard table: a chart drawn as SVG on the server (each row a bar of its row percentages,
// the hidden cells together as one grey part) and beside it the table itself, which is what a
// screen reader reads (the chart is marked as an image with a short text). "< 5" and "x" follow the
// small-cell rule; the research's own figures stand in their own columns.
import type { PublishedTable } from "@/lib/analytics";
import { cellText } from "@/lib/analytics";

/** Colours for up to six columns, distinguishable in grey print too (light to dark). */
const COLOURS = ["#9ecae1", "#4292c6", "#08519c", "#fdae6b", "#e6550d", "#7f2704"];
const HIDDEN_COLOUR = "#bdbdbd";
const decimal = (value: number) => value.toFixed(1).replace(".", ",");

function Chart({ table }: { table: PublishedTable }) {
  const bar = 22;
  const gap = 10;
  const labelWidth = 170;
  const width = 640;
  const plot = width - labelWidth - 10;
  const height = table.rows.length * (bar + gap) + 40;
  return (
    <svg
      role="img"
      aria-label={`Balkendiagramm: ${table.title}, Zeilenprozente; die Zahlen stehen in der Tabelle`}
      viewBox={`0 0 ${width} ${height}`}
      className="h-auto w-full max-w-2xl"
      xmlns="http://www.w3.org/2000/svg"
    >
      {table.rows.map((row, r) => {
        const y = r * (bar + gap);
        let x = labelWidth;
        const parts = table.cells[r].map((cell, c) => {
          if (cell.kind !== "count" || !cell.percent) return null;
          const w = (plot * cell.percent) / 100;
          const rect = <rect key={c} x={x} y={y} width={w} height={bar} fill={COLOURS[c % COLOURS.length]} />;
          x += w;
          return rect;
        });
        const hidden = table.hiddenPercent[r];
        return (
          <g key={row.key}>
            <text x={labelWidth - 6} y={y + bar / 2 + 5} textAnchor="end" fontSize="12" fill="#1b1b1b">
              {row.label.length > 26 ? `${row.label.slice(0, 25)}…` : row.label}
            </text>
            {parts}
            {hidden ? <rect x={x} y={y} width={(plot * hidden) / 100} height={bar} fill={HIDDEN_COLOUR} /> : null}
          </g>
        );
      })}
      <g transform={`translate(${labelWidth}, ${table.rows.length * (bar + gap) + 8})`}>
        {table.columns.map((column, c) => (
          <g key={column.key} transform={`translate(${c * (plot / (table.columns.length + 1))}, 0)`}>
            <rect width="12" height="12" fill={COLOURS[c % COLOURS.length]} />
            <text x="16" y="11" fontSize="11" fill="#1b1b1b">
              {column.label.length > 16 ? `${column.label.slice(0, 15)}…` : column.label}
            </text>
          </g>
        ))}
        <g transform={`translate(${table.columns.length * (plot / (table.columns.length + 1))}, 0)`}>
          <rect width="12" height="12" fill={HIDDEN_COLOUR} />
          <text x="16" y="11" fontSize="11" fill="#1b1b1b">
            verborgen
          </text>
        </g>
      </g>
    </svg>
  );
}

export function TableFigure({ table, exportHref }: { table: PublishedTable; exportHref: string }) {
  const id = `table-${table.key}`;
  return (
    <section aria-labelledby={id} className="mt-10">
      <h3 id={id} className="text-lg font-bold">
        {table.title}
      </h3>
      {table.total === 0 ? (
        <p className="mt-2">Keine Daten für diese Filter.</p>
      ) : table.wholeTableHidden ? (
        <p className="mt-2">
          Verborgen: so wenige Fälle, dass auch mit weiteren verborgenen Zellen jemand erkennbar wäre (insgesamt n ={" "}
          {table.total}).
        </p>
      ) : (
        <div className="mt-3 grid gap-4">
          <div aria-hidden="true">
            <Chart table={table} />
          </div>
          {/* Wider than a phone, the table scrolls inside this region, which takes the keyboard focus so that arrow keys reach every column. */}
          <div className="overflow-x-auto" tabIndex={0} role="group" aria-labelledby={id}>
            <table className="w-full border-collapse text-sm">
              <caption className="sr-only">{table.title}: Anzahl und Zeilenprozent</caption>
              <thead>
                <tr>
                  <th scope="col" className="border-b-2 border-ink p-1 text-start">
                    {table.rowHeading}
                  </th>
                  <th scope="col" className="border-b-2 border-ink p-1 text-end">
                    n
                  </th>
                  {table.columns.map((column) => (
                    <th key={column.key} scope="col" className="border-b-2 border-ink p-1 text-end">
                      {column.label}
                    </th>
                  ))}
                  {table.research ? (
                    <th scope="col" className="border-b-2 border-ink p-1 text-end">
                      Studie (%)
                    </th>
                  ) : null}
                </tr>
              </thead>
              <tbody>
                {table.rows.map((row, r) => (
                  <tr key={row.key} className="border-b border-line">
                    <th scope="row" className="p-1 text-start font-normal">
                      {row.label}
                    </th>
                    <td className="p-1 text-end">{table.rowTotals[r]}</td>
                    {table.cells[r].map((cell, c) => (
                      <td key={c} className="p-1 text-end">
                        {cell.kind === "count"
                          ? `${cell.count} (${cellText(cell, "percent", decimal)} %)`
                          : cellText(cell, "count")}
                      </td>
                    ))}
                    {table.research ? (
                      <td className="p-1 text-end">
                        {table.research[r] ? table.research[r].map(decimal).join(" / ") : "–"}
                      </td>
                    ) : null}
                  </tr>
                ))}
                {table.rows.length > 1 ? (
                  <tr>
                    <th scope="row" className="p-1 text-start">
                      Gesamt
                    </th>
                    <td className="p-1 text-end font-semibold">{table.total}</td>
                    {table.columnTotals.map((value, c) => (
                      <td key={c} className="p-1 text-end font-semibold">
                        {value === null ? "x" : `${value} (${decimal((100 * value) / table.total)} %)`}
                      </td>
                    ))}
                    {table.research ? <td /> : null}
                  </tr>
                ) : null}
              </tbody>
            </table>
          </div>
        </div>
      )}
      {table.note ? <p className="mt-2 text-sm text-muted">{table.note}</p> : null}
      <p className="mt-2 text-sm">
        <a href={exportHref} download>
          „{table.title}“ als CSV-Datei
        </a>{" "}
        <span className="text-muted">({exportHref.split("?")[0]})</span>
      </p>
    </section>
  );
}
