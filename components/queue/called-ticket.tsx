// A ticket called to this desk, with its steps: each a plain post to the step route. The first
// button, "Fertig, nächste Person", has the focus: Enter finishes this person as done and calls the
// next in one step; Tab reaches calling again and the others.
import { Button } from "@/components/ui/buttons";

export interface CalledTicketProps {
  id: string;
  number: string;
  service: string | null;
  waitedMinutes: number;
  callCount: number;
  maxCalls: number;
  person: string | null;
  stepPath: string;
  services: { key: string; title: string }[];
  outcomes: Record<string, string>;
  focus: boolean;
}

const select = "mt-1 block min-h-11 rounded border-2 border-ink bg-white px-3 py-2";

export function CalledTicket(props: CalledTicketProps) {
  const { id, number, stepPath } = props;
  const hidden = (step: string) => (
    <>
      <input type="hidden" name="step" value={step} />
      <input type="hidden" name="ticket" value={id} />
    </>
  );
  const canRecall = props.callCount < props.maxCalls;
  return (
    <section aria-labelledby={`called-${id}`} className="mt-4 rounded border-2 border-brand p-4">
      <h3 id={`called-${id}`} className="text-3xl font-bold tabular-nums">
        {number}
      </h3>
      <p className="mt-1">
        {props.service ?? "ohne Anliegen"} · gewartet {props.waitedMinutes} Min. · {props.callCount} von{" "}
        {props.maxCalls} Aufrufen
        {props.person ? ` · Termin: ${props.person}` : ""}
      </p>
      <div className="mt-3 flex flex-wrap gap-3">
        <form method="post" action={stepPath}>
          {hidden("finish")}
          <input type="hidden" name="outcome" value="done" />
          <input type="hidden" name="next" value="1" />
          <Button autoFocus={props.focus}>Fertig, nächste Person</Button>
        </form>
        <form method="post" action={stepPath}>
          {hidden("recall")}
          <Button variant="secondary" disabled={!canRecall}>
            Erneut aufrufen
          </Button>
        </form>
        <form method="post" action={stepPath}>
          {hidden("no-show")}
          <Button variant="secondary">Nicht erschienen</Button>
        </form>
        <form method="post" action={stepPath}>
          {hidden("park")}
          <Button variant="secondary">Parken</Button>
        </form>
      </div>
      <form method="post" action={stepPath} className="mt-4 flex flex-wrap items-end gap-3">
        {hidden("finish")}
        <div>
          <label htmlFor={`outcome-${id}`} className="block font-semibold">
            Ergebnis
          </label>
          <select id={`outcome-${id}`} name="outcome" className={select} defaultValue="done">
            {Object.entries(props.outcomes).map(([key, label]) => (
              <option key={key} value={key}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <Button>Abschließen</Button>
      </form>
      <form method="post" action={stepPath} className="mt-4 flex flex-wrap items-end gap-3">
        {hidden("forward")}
        <div>
          <label htmlFor={`service-${id}`} className="block font-semibold">
            Weiterleiten an Anliegen
          </label>
          <select id={`service-${id}`} name="requestType" className={select} defaultValue="">
            <option value="">(Anliegen bleibt)</option>
            {props.services.map((service) => (
              <option key={service.key} value={service.key}>
                {service.title}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={`to-desk-${id}`} className="block font-semibold">
            oder an Platz/Raum
          </label>
          <input id={`to-desk-${id}`} name="toDesk" maxLength={40} className={select} />
        </div>
        <Button variant="secondary">Weiterleiten</Button>
      </form>
    </section>
  );
}
