// The opening hours of a location as one table of plain fields: a row per period (weekday, from,
// to, places, places held back, walk-in), empty rows to add, "entfernen" to drop one. Row i posts
// as row-<i>-<field> (lib/booking/location-settings.ts reads them).
export interface HoursEntry {
  weekday: string;
  opensAt: string;
  closesAt: string;
  capacity: string;
  frontDeskReserve: string;
  walkIn: boolean;
}

const cellInput =
  "block w-full min-h-11 rounded border-2 border-ink bg-white px-2 py-1 aria-[invalid=true]:border-accent";

export function HoursTable({
  entries,
  problems,
  weekdays,
}: {
  entries: HoursEntry[];
  problems: Record<string, string>;
  weekdays: readonly string[];
}) {
  const invalid = (index: number, field: string) => (problems[`row-${index}-${field}`] ? true : undefined);
  return (
    <div role="region" aria-labelledby="hours-caption" tabIndex={0} className="overflow-x-auto">
      <table className="min-w-full border-collapse">
        <caption id="hours-caption" className="sr-only">
          Öffnungszeiten und Plätze je Zeitraum
        </caption>
        <thead>
          <tr className="text-left">
            <th scope="col" className="p-2">
              Zeile
            </th>
            <th scope="col" className="p-2">
              Wochentag
            </th>
            <th scope="col" className="p-2">
              von (SS:MM)
            </th>
            <th scope="col" className="p-2">
              bis (SS:MM)
            </th>
            <th scope="col" className="p-2">
              Plätze
            </th>
            <th scope="col" className="p-2">
              davon zurückgehalten
            </th>
            <th scope="col" className="p-2">
              ohne Termin
            </th>
            <th scope="col" className="p-2">
              entfernen
            </th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry, index) => {
            const name = (field: string) => `row-${index}-${field}`;
            const label = (what: string) => `Zeile ${index + 1}: ${what}`;
            return (
              <tr key={index} className="border-t border-line">
                <th scope="row" className="p-2">
                  {index + 1}
                </th>
                <td className="p-2">
                  <select
                    id={name("weekday")}
                    name={name("weekday")}
                    defaultValue={entry.weekday}
                    aria-label={label("Wochentag")}
                    aria-invalid={invalid(index, "weekday")}
                    className={cellInput}
                  >
                    <option value="">–</option>
                    {weekdays.map((weekday, day) => (
                      <option key={weekday} value={String(day + 1)}>
                        {weekday}
                      </option>
                    ))}
                  </select>
                </td>
                <td className="p-2">
                  <input
                    id={name("opensAt")}
                    name={name("opensAt")}
                    defaultValue={entry.opensAt}
                    aria-label={label("von")}
                    aria-invalid={invalid(index, "opensAt")}
                    size={5}
                    className={cellInput}
                  />
                </td>
                <td className="p-2">
                  <input
                    id={name("closesAt")}
                    name={name("closesAt")}
                    defaultValue={entry.closesAt}
                    aria-label={label("bis")}
                    aria-invalid={invalid(index, "closesAt")}
                    size={5}
                    className={cellInput}
                  />
                </td>
                <td className="p-2">
                  <input
                    id={name("capacity")}
                    name={name("capacity")}
                    defaultValue={entry.capacity}
                    inputMode="numeric"
                    aria-label={label("Plätze")}
                    aria-invalid={invalid(index, "capacity")}
                    size={3}
                    className={cellInput}
                  />
                </td>
                <td className="p-2">
                  <input
                    id={name("frontDeskReserve")}
                    name={name("frontDeskReserve")}
                    defaultValue={entry.frontDeskReserve}
                    inputMode="numeric"
                    aria-label={label("davon für Eingangszone und ohne Termin zurückgehalten")}
                    aria-invalid={invalid(index, "frontDeskReserve")}
                    size={3}
                    className={cellInput}
                  />
                </td>
                <td className="p-2">
                  <input
                    type="checkbox"
                    id={name("walkIn")}
                    name={name("walkIn")}
                    value="1"
                    defaultChecked={entry.walkIn}
                    aria-label={label("ohne Termin möglich")}
                    className="size-6 accent-brand"
                  />
                </td>
                <td className="p-2">
                  <input
                    type="checkbox"
                    id={name("remove")}
                    name={name("remove")}
                    value="1"
                    aria-label={label("entfernen")}
                    className="size-6 accent-brand"
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
