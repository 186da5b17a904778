// The day's walk-ins at a location, below the front desk's appointments: number, when drawn,
// service, where they are now; the day's total, and a page at a time with plain links.
import { PageLinks, type ListPaging } from "@/components/staff/staff-list";

export interface WalkInRow {
  id: string;
  number: string;
  time: string;
  service: string | null;
  state: string;
  source: string;
}

export function WalkIns({
  caption,
  rows,
  total,
  queuePath,
  path,
  filters,
  paging,
}: {
  caption: string;
  rows: WalkInRow[];
  /** the day's walk-ins, on all pages */
  total: number;
  queuePath: string;
  /** the day view's path and the query it keeps (location, day, filter), for the paging links */
  path: string;
  filters: Record<string, string | undefined>;
  paging: ListPaging;
}) {
  const paged = !(paging.atStart && paging.atEnd);
  return (
    <section aria-labelledby="walk-ins-heading" className="mt-8">
      <h2 id="walk-ins-heading" className="text-xl font-bold" data-total={total}>
        {total === 1 ? "1 Wartenummer ohne Termin" : `${total} Wartenummern ohne Termin`}
        {paged && rows.length > 0 ? ` (hier ${rows.length})` : ""}
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
      <PageLinks caption={caption} path={path} filters={filters} paging={paging} />
    </section>
  );
}
