// The opening hours of a location as one table of plain fields: a row per period (weekday, from,
// to, places, places held back, walk-in), empty rows to add, "entfernen" to drop one. Row i posts
// as row-<i>-<field> (lib/booking/location-hours.ts reads them).
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

const COLUMNS = [
  "Zeile",
  "Wochentag",
  "von (SS:MM)",
  "bis (SS:MM)",
  "Plätze",
  "davon zurückgehalten",
  "ohne Termin",
  "entfernen",
] as const;

/** One field of a row: posted as row-<i>-<field>, named for screen readers with its row. */
interface Cell {
  id: string;
  label: string;
  invalid: true | undefined;
}

function WeekdayCell({ id, label, invalid, value, weekdays }: Cell & { value: string; weekdays: readonly string[] }) {
  return (
    <select id={id} name={id} defaultValue={value} aria-label={label} aria-invalid={invalid} className={cellInput}>
      <option value="">–</option>
      {weekdays.map((weekday, day) => (
        <option key={weekday} value={String(day + 1)}>
          {weekday}
        </option>
      ))}
    </select>
  );
}

function TextCell({
  id,
  label,
  invalid,
  value,
  size,
  numeric,
}: Cell & { value: string; size: number; numeric?: boolean }) {
  return (
    <input
      id={id}
      name={id}
      defaultValue={value}
      inputMode={numeric ? "numeric" : undefined}
      aria-label={label}
      aria-invalid={invalid}
      size={size}
      className={cellInput}
    />
  );
}

function CheckCell({ id, label, checked }: Cell & { checked: boolean }) {
  return (
    <input
      type="checkbox"
      id={id}
      name={id}
      value="1"
      defaultChecked={checked}
      aria-label={label}
      className="size-6 accent-brand"
    />
  );
}

export function HoursTable({
  entries,
  problems,
  weekdays,
}: {
  entries: HoursEntry[];
  problems: Record<string, string>;
  weekdays: readonly string[];
}) {
  return (
    <div role="region" aria-labelledby="hours-caption" tabIndex={0} className="overflow-x-auto">
      <table className="min-w-full border-collapse">
        <caption id="hours-caption" className="sr-only">
          Öffnungszeiten und Plätze je Zeitraum
        </caption>
        <thead>
          <tr className="text-left">
            {COLUMNS.map((column) => (
              <th key={column} scope="col" className="p-2">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {entries.map((entry, index) => {
            const cell = (field: string, what: string) => ({
              id: `row-${index}-${field}`,
              label: `Zeile ${index + 1}: ${what}`,
              invalid: problems[`row-${index}-${field}`] ? (true as const) : undefined,
            });
            return (
              <tr key={index} className="border-t border-line">
                <th scope="row" className="p-2">
                  {index + 1}
                </th>
                <td className="p-2">
                  <WeekdayCell {...cell("weekday", "Wochentag")} value={entry.weekday} weekdays={weekdays} />
                </td>
                <td className="p-2">
                  <TextCell {...cell("opensAt", "von")} value={entry.opensAt} size={5} />
                </td>
                <td className="p-2">
                  <TextCell {...cell("closesAt", "bis")} value={entry.closesAt} size={5} />
                </td>
                <td className="p-2">
                  <TextCell {...cell("capacity", "Plätze")} value={entry.capacity} size={3} numeric />
                </td>
                <td className="p-2">
                  <TextCell
                    {...cell("frontDeskReserve", "davon für Eingangszone und ohne Termin zurückgehalten")}
                    value={entry.frontDeskReserve}
                    size={3}
                    numeric
                  />
                </td>
                <td className="p-2">
                  <CheckCell {...cell("walkIn", "ohne Termin möglich")} checked={entry.walkIn} />
                </td>
                <td className="p-2">
                  <CheckCell {...cell("remove", "entfernen")} checked={false} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
