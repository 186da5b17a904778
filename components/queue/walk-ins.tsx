// The day's walk-ins at a location, below the front desk's appointments: number, when drawn,
// service, where they are now.
export interface WalkInRow {
  id: string;
  number: string;
  time: string;
  service: string | null;
  state: string;
  source: string;
}

export function WalkIns({ caption, rows, queuePath }: { caption: string; rows: WalkInRow[]; queuePath: string }) {
  return (
    <section aria-labelledby="walk-ins-heading" className="mt-8">
      <h2 id="walk-ins-heading" className="text-xl font-bold">
        {rows.length === 1 ? "1 Wartenummer ohne Termin" : `${rows.length} Wartenummern ohne Termin`}
      </h2>
      <p className="mt-1 print:hidden">
        <a href={queuePath}>Zur Warteschlange (Aufruf am Platz, Wartenummer ziehen)</a>
      </p>
      {rows.length > 0 ? (
        <table className="mt-2 w-full border-collapse text-left tabular-nums">
          <caption className="sr-only">{caption}</caption>
          <thead>
            <tr className="border-b-2 border-ink">
              <th scope="col" className="py-2 pe-4">
                Nummer
              </th>
              <th scope="col" className="py-2 pe-4">
                Gezogen
              </th>
              <th scope="col" className="py-2 pe-4">
                Anliegen
              </th>
              <th scope="col" className="py-2 pe-4">
                Stand
              </th>
              <th scope="col" className="py-2">
                Woher
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} className="border-b border-ink/30">
                <th scope="row" className="py-2 pe-4 font-bold">
                  {row.number}
                </th>
                <td className="py-2 pe-4">{row.time}</td>
                <td className="py-2 pe-4">{row.service ?? "–"}</td>
                <td className="py-2 pe-4">{row.state}</td>
                <td className="py-2">{row.source}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
