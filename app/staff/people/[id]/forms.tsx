// The person page's forms: correct phone, e-mail and language, record a fact for the person, start a
// form with them at the counter, and draw a walk-in's number for them. Each posts to its own route
// through the staff door. Every control has a label of its own on the page.
import type { ReactNode } from "react";
import { Button } from "@/components/ui/buttons";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SelectField, TextField } from "@/components/ui/fields";
import { textsFor } from "@/i18n/translator";
import { counterForms } from "@/lib/forms";
import { listRequestTypes } from "@/lib/journey";
import { LANGUAGE_CHOICES } from "@/lib/languages";
import { CONTACT_PROBLEMS, FACT_CHOICES, FACT_LABELS, type ContactField, type ContactValues } from "@/lib/people";
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

/** The form's values: as stored (phone shown national), or as typed in a refused post. */
export interface ContactFormState {
  values: Record<ContactField, string>;
  refused: ContactField[];
}

export function contactFormState(stored: ContactValues, kept: Record<string, string> | null): ContactFormState {
  const refused = (kept?.refused ?? "")
    .split(",")
    .filter((field): field is ContactField => field === "phone" || field === "email" || field === "language");
  const value = (field: ContactField, fallback: string) => (kept && field in kept ? kept[field] : fallback);
  return {
    values: {
      phone: value("phone", phoneForDisplay(stored.phone)),
      email: value("email", stored.email ?? ""),
      language: value("language", stored.language),
    },
    refused,
  };
}

const FIELD_IDS: Record<ContactField, string> = {
  phone: "contact-phone",
  email: "contact-email",
  language: "contact-language",
};

/** Phone, e-mail and language corrected: saved with the staff member and the date, audited. */
export function ContactForm({ personId, state }: { personId: string; state: ContactFormState }) {
  const error = (field: ContactField) => (state.refused.includes(field) ? CONTACT_PROBLEMS[field] : undefined);
  const languages = LANGUAGE_CHOICES.some((choice) => choice.code === state.values.language)
    ? LANGUAGE_CHOICES
    : [{ code: state.values.language, name: "(bitte eine Sprache wählen)" }, ...LANGUAGE_CHOICES];
  return (
    <section aria-labelledby="contact-form-heading" className="mt-8">
      <h2 id="contact-form-heading" className="text-xl font-bold">
        Telefon, E-Mail und Sprache korrigieren
      </h2>
      <p className="mt-1 text-muted">
        Was die Person Ihnen sagt. Die neuen Angaben gelten sofort für Buchungen und Nachrichten und werden als „von
        Mitarbeitenden erfasst“ mit Datum gezeigt. Ein leeres Feld löscht Nummer oder Adresse.
      </p>
      <form method="post" action={`/staff/people/${personId}/contact`} className="mt-3 max-w-xl" noValidate>
        <ErrorSummary
          title="Nicht gespeichert"
          errors={state.refused.map((field) => ({ fieldId: FIELD_IDS[field], message: CONTACT_PROBLEMS[field] }))}
        />
        <TextField
          name="phone"
          id={FIELD_IDS.phone}
          label="Telefon"
          hint="In jeder Schreibweise, zum Beispiel 0621 5550101 oder +90 212 5550101"
          type="tel"
          maxLength={40}
          autoComplete="off"
          defaultValue={state.values.phone}
          error={error("phone")}
        />
        <TextField
          name="email"
          id={FIELD_IDS.email}
          label="E-Mail"
          type="email"
          maxLength={254}
          autoComplete="off"
          defaultValue={state.values.email}
          error={error("email")}
        />
        <SelectField
          name="language"
          id={FIELD_IDS.language}
          label="Sprache"
          hint="Die Sprache, die die Person spricht. Nachrichten gehen in dieser Sprache, wenn das Portal sie anbietet."
          defaultValue={state.values.language}
          options={languages.map((choice) => ({ value: choice.code, label: choice.name }))}
          error={error("language")}
        />
        <Button>Korrekturen speichern</Button>
      </form>
    </section>
  );
}

export function FactForms({ personId, problem }: { personId: string; problem: string | undefined }) {
  const action = `/staff/people/${personId}/facts`;
  const choiceOptions = (Object.keys(FACT_CHOICES) as (keyof typeof FACT_CHOICES)[]).flatMap((kind) =>
    Object.entries(FACT_CHOICES[kind]).map(([value, label]) => ({
      value: `${kind}:${value}`,
      label: `${FACT_LABELS[kind]}: ${label}`,
    })),
  );
  return (
    <section aria-labelledby="record-heading" className="mt-8">
      <h2 id="record-heading" className="text-xl font-bold">
        Angabe zur Erreichbarkeit erfassen
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
      <div className="mt-3 grid gap-6 lg:grid-cols-3">
        <FactForm
          action={action}
          what="Weg, Hilfe, Geräte oder Unterstützung"
          note={{
            id: "fact-choice-note",
            label: "Notiz zu dieser Auswahl (freiwillig)",
            hint: "z. B. Name der Betreuerin",
          }}
          button="Auswahl speichern"
        >
          <SelectField
            name="choice"
            id="fact-choice"
            label="Weg, Hilfe, Geräte oder Unterstützung"
            placeholder="– bitte wählen –"
            options={choiceOptions}
          />
        </FactForm>
        <FactForm
          action={action}
          kind="interpreter"
          what="Dolmetschung"
          note={{ id: "fact-interpreter-note", label: "Notiz zur Dolmetschung (freiwillig)" }}
          button="Dolmetschung speichern"
        >
          <SelectField
            name="value"
            id="fact-interpreter"
            label="Dolmetschung"
            options={[
              { value: "none", label: "nicht nötig" },
              ...LANGUAGE_CHOICES.filter((choice) => choice.code !== "de").map((choice) => ({
                value: choice.code,
                label: `nötig: ${choice.name}`,
              })),
            ]}
          />
        </FactForm>
        <FactForm
          action={action}
          kind="accessibility"
          what="Barrierefreiheit"
          note={{ id: "fact-accessibility-note", label: "Notiz zur Barrierefreiheit (freiwillig)" }}
          button="Barrierefreiheit speichern"
        >
          <TextField
            name="value"
            id="fact-accessibility"
            label="Barrierefreiheit"
            hint="Kurz beschreiben, zum Beispiel „Rollstuhl“ oder „braucht große Schrift“"
            maxLength={200}
            autoComplete="off"
          />
        </FactForm>
      </div>
    </section>
  );
}

/** One fact's form: its field (and its kind, where the field does not name it), a note, and its button. */
function FactForm({
  action,
  kind,
  what,
  note,
  button,
  children,
}: {
  action: string;
  kind?: "interpreter" | "accessibility";
  /** what is recorded, naming the form */
  what: string;
  note: { id: string; label: string; hint?: string };
  button: string;
  children: ReactNode;
}) {
  return (
    <form method="post" action={action} aria-label={`${what} erfassen`}>
      {kind ? <input type="hidden" name="kind" value={kind} /> : null}
      {children}
      <TextField name="note" id={note.id} label={note.label} hint={note.hint} maxLength={300} autoComplete="off" />
      <Button>{button}</Button>
    </form>
  );
}
