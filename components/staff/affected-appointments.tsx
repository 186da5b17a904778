// The booked appointments a change of a location would cancel (a closure, shorter hours, fewer
// places), listed before anything is saved: time, person, and whether they can be told by e-mail or
// SMS or must be called. The form posts the confirmation with exactly these appointments; "Nicht
// speichern" has the focus and changes nothing.
import { Button, ButtonLink } from "@/components/ui/buttons";

export interface AffectedRow {
  id: string;
  when: string;
  name: string;
  reachable: boolean;
}

export function AffectedAppointments({
  rows,
  action,
  fields,
  cancelHref,
  cancelLabel,
  confirmLabel,
}: {
  rows: AffectedRow[];
  action: string;
  /** hidden fields the confirmation carries besides the appointments */
  fields: Record<string, string>;
  cancelHref: string;
  cancelLabel: string;
  confirmLabel: string;
}) {
  return (
    <>
      <table className="mt-4 w-full border-collapse text-left">
        <caption className="sr-only">Gebuchte Termine, die abgesagt würden ({rows.length})</caption>
        <thead>
          <tr className="border-b-2 border-ink">
            <th scope="col" className="py-2 pe-4">
              Termin
            </th>
            <th scope="col" className="py-2 pe-4">
              Person
            </th>
            <th scope="col" className="py-2">
              Benachrichtigung
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-b border-line">
              <td className="py-2 pe-4">{row.when}</td>
              <td className="py-2 pe-4">{row.name}</td>
              <td className="py-2">
                {row.reachable
                  ? "bekommt die Absage per E-Mail oder SMS"
                  : "keine E-Mail-Adresse und keine Telefonnummer: bitte anrufen oder schreiben"}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="mt-2">Gesamt: {rows.length}</p>
      <form method="post" action={action} className="mt-6 flex flex-wrap items-center gap-4">
        {Object.entries(fields).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        {rows.map((row) => (
          <input key={row.id} type="hidden" name="appointment" value={row.id} />
        ))}
        {/* The safe choice has the focus: Enter on this page changes nothing. */}
        <ButtonLink variant="secondary" href={cancelHref} autoFocus>
          {cancelLabel}
        </ButtonLink>
        <Button variant="danger">{confirmLabel}</Button>
      </form>
    </>
  );
}
