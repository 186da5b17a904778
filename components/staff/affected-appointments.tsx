// The booked appointments a change of a location would cancel (a closure, shorter hours, fewer
// places), listed before anything is saved: time, person, and whether they can be told by e-mail or
// SMS or must be called. The form posts the confirmation with exactly these appointments; "Nicht
// speichern" has the focus and changes nothing.
import { StaffNotice } from "@/components/staff/notice";
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

/**
 * The whole question before a change of a location cancels booked appointments (a closure, new
 * opening hours): the heading, what the change does to how many, the appointments, and the form with
 * the safe choice focused. `verb` names the confirming button ("Schließen", "Speichern"), `unchanged`
 * the one that confirms when nothing would be cancelled.
 */
export function CancelBookedQuestion({
  heading,
  intro,
  rows,
  action,
  fields,
  back,
  keepLabel,
  verb,
  unchanged,
}: {
  heading: string;
  intro: string;
  rows: AffectedRow[];
  action: string;
  fields: Record<string, string>;
  back: string;
  keepLabel: string;
  verb: string;
  unchanged: string;
}) {
  const count = rows.length;
  return (
    <>
      <h1 className="text-2xl font-bold">{heading}</h1>
      <p className="mt-2">{intro}</p>
      <AffectedAppointments
        rows={rows}
        action={action}
        fields={fields}
        cancelHref={back}
        cancelLabel={keepLabel}
        confirmLabel={
          count === 0 ? unchanged : `${verb} und ${count === 1 ? "den Termin" : `${count} Termine`} absagen`
        }
      />
    </>
  );
}

/** In place of the question when what it asks about is not there (any more): why, and the way back. */
export function CancelBookedGone({ heading, problem, back }: { heading: string; problem: string; back: string }) {
  return (
    <>
      <h1 className="text-2xl font-bold">{heading}</h1>
      <StaffNotice tone="problem">{problem}</StaffNotice>
      <p className="mt-4">
        <a href={back}>Zurück zum Standort</a>
      </p>
    </>
  );
}
