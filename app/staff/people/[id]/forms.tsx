// The person page's forms: record or correct a fact for the person, start a form with them at the
// counter, and draw a walk-in's number for them. Each posts to its own route through the staff door.
import { Button } from "@/components/ui/buttons";
import { SelectField, TextField } from "@/components/ui/fields";
import { textsFor } from "@/i18n/translator";
import { counterForms } from "@/lib/forms";
import { listRequestTypes } from "@/lib/journey";
import { FACT_CHOICES, FACT_LABELS } from "@/lib/people";
import { queueLocations } from "@/lib/queue";
import { withinScope, type LocationScope } from "@/lib/staff";
import { chosenDesk, QUEUE_PATH } from "../../queue/desk";
import { phoneForDisplay } from "@/lib/phone";

export function FileFormAtCounter({ personId, problem }: { personId: string; problem: string | undefined }) {
  const t = textsFor("de", "forms");
  return (
    <section aria-labelledby="file-heading" className="mt-8">
      <h2 id="file-heading" className="text-xl font-bold">
        Formular am Schalter ausfüllen
      </h2>
      <p className="mt-1 text-muted">
        Gemeinsam mit der Person, auf denselben Seiten wie im Portal. Der Antrag gehört zu dieser Person und wird als
        „am Schalter mit Hilfe eingereicht“ markiert.
      </p>
      {problem ? (
        <p role="alert" className="mt-2 font-semibold text-accent">
          {problem}
        </p>
      ) : null}
      <form method="post" action={`/staff/people/${personId}/file-form`} className="mt-3 max-w-xl">
        <SelectField
          name="form"
          id="file-form"
          label="Formular"
          options={counterForms().map((key) => ({ value: key, label: t(`forms.${key}.title`) }))}
        />
        <Button variant="secondary">Formular beginnen</Button>
      </form>
    </section>
  );
}

/** A walk-in's number for this person (they came without an appointment): it stands on the timeline below. */
export async function DrawTicketForm({
  person,
  scope,
}: {
  person: { id: string; phone: string | null; language: string };
  /** the staff member's locations: the only ones offered */
  scope: LocationScope;
}) {
  const [everyLocation, services, desk] = await Promise.all([queueLocations(), listRequestTypes(), chosenDesk()]);
  const locations = withinScope(scope, everyLocation, (location) => location.id);
  if (locations.length === 0) return null;
  return (
    <section aria-labelledby="ticket-heading" className="mt-8">
      <h2 id="ticket-heading" className="text-xl font-bold">
        Wartenummer ziehen
      </h2>
      <p className="mt-1 text-muted">
        Für diese Person, ohne Termin. Die Nummer erscheint im Verlauf; die Aufrufanzeige zeigt nur die Nummer.
      </p>
      <form method="post" action={`${QUEUE_PATH}/ticket`} className="mt-3 max-w-xl">
        <input type="hidden" name="personId" value={person.id} />
        <input type="hidden" name="language" value={person.language} />
        <SelectField
          name="locationId"
          id="ticket-location"
          label="Standort"
          defaultValue={desk?.locationId}
          options={locations.map((location) => ({ value: location.id, label: location.name }))}
        />
        <SelectField
          name="requestType"
          id="ticket-request-type"
          label="Anliegen"
          options={[
            { value: "", label: "(ohne Angabe)" },
            ...services.map((service) => ({ value: service.key, label: service.title.de ?? service.key })),
          ]}
        />
        <TextField
          name="phone"
          id="ticket-phone"
          label="Handy für „Gleich sind Sie dran“ (freiwillig)"
          type="tel"
          maxLength={32}
          autoComplete="off"
          defaultValue={phoneForDisplay(person.phone)}
        />
        <Button variant="secondary">Nummer ziehen</Button>
      </form>
    </section>
  );
}

export function FactForms({ personId, problem }: { personId: string; problem: string | undefined }) {
  const action = `/staff/people/${personId}/facts`;
  const choiceOptions = [
    { value: "", label: "– bitte wählen –" },
    ...(Object.keys(FACT_CHOICES) as (keyof typeof FACT_CHOICES)[]).flatMap((kind) =>
      Object.entries(FACT_CHOICES[kind]).map(([value, label]) => ({
        value: `${kind}:${value}`,
        label: `${FACT_LABELS[kind]}: ${label}`,
      })),
    ),
  ];
  return (
    <section aria-labelledby="record-heading" className="mt-8">
      <h2 id="record-heading" className="text-xl font-bold">
        Angabe erfassen oder korrigieren
      </h2>
      <p className="mt-1 text-muted">
        Was die Person Ihnen sagt. Die Angabe wird als „von Mitarbeitenden erfasst“ mit Ihrem Namen und der Zeit
        gespeichert; frühere Angaben bleiben im Verlauf.
      </p>
      {problem ? (
        <p role="alert" className="mt-2 border-s-4 border-accent p-3 font-semibold text-accent">
          {problem}
        </p>
      ) : null}
      <div className="mt-3 grid gap-6 lg:grid-cols-2">
        <form method="post" action={action} aria-label="Auswahl erfassen">
          <SelectField name="choice" id="fact-choice" label="Angabe" options={choiceOptions} />
          <TextField
            name="note"
            id="fact-choice-note"
            label="Notiz (freiwillig)"
            hint="z. B. Name der Betreuerin"
            maxLength={300}
            autoComplete="off"
          />
          <Button>Speichern</Button>
        </form>
        <form method="post" action={action} aria-label="Sprache oder Barrierefreiheit erfassen">
          <SelectField
            name="kind"
            id="fact-kind"
            label="Angabe"
            options={[
              { value: "language", label: FACT_LABELS.language },
              { value: "interpreter", label: FACT_LABELS.interpreter },
              { value: "accessibility", label: FACT_LABELS.accessibility },
            ]}
          />
          <TextField
            name="value"
            id="fact-value"
            label="Wert"
            hint="Sprache mit ihrem Namen (z. B. Türkisch); Dolmetschung: die Sprache oder „nicht nötig“; Barrierefreiheit: kurz beschreiben"
            maxLength={200}
            autoComplete="off"
          />
          <TextField name="note" id="fact-text-note" label="Notiz (freiwillig)" maxLength={300} autoComplete="off" />
          <Button>Speichern</Button>
        </form>
      </div>
    </section>
  );
}
