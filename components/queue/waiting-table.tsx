// Who waits at the location, in the order "call next" takes them, with how long each has waited.
export interface WaitingRow {
  id: string;
  number: string;
  service: string | null;
  waitedMinutes: number;
  note: string | null;
}

export function WaitingTable({
  caption,
  rows,
  action,
}: {
  caption: string;
  rows: WaitingRow[];
  action?: { label: string; path: string; step: string };
}) {
  if (rows.length === 0) return <p className="mt-2">Niemand.</p>;
  return (
    <table className="mt-2 w-full border-collapse text-left tabular-nums">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr className="border-b-2 border-ink">
          <th scope="col" className="py-2 pe-4">
            Nummer
          </th>
          <th scope="col" className="py-2 pe-4">
            Anliegen
          </th>
          <th scope="col" className="py-2 pe-4">
            Wartet seit
          </th>
          <th scope="col" className="py-2 pe-4">
            Hinweis
          </th>
          {action ? (
            <th scope="col" className="py-2">
              Aktion
            </th>
          ) : null}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id} className="border-b border-ink/30">
            <th scope="row" className="py-2 pe-4 text-lg font-bold">
              {row.number}
            </th>
            <td className="py-2 pe-4">{row.service ?? "–"}</td>
            <td className="py-2 pe-4">{row.waitedMinutes} Min.</td>
            <td className="py-2 pe-4">{row.note ?? ""}</td>
            {action ? (
              <td className="py-2">
                <form method="post" action={action.path}>
                  <input type="hidden" name="step" value={action.step} />
                  <input type="hidden" name="ticket" value={row.id} />
                  <button
                    type="submit"
                    className="min-h-11 rounded border-2 border-brand bg-white px-3 font-semibold text-brand"
                  >
                    {action.label} <span className="sr-only">{row.number}</span>
                  </button>
                </form>
              </td>
            ) : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
