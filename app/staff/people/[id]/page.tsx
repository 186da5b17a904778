// The person page: how this person wants to be reached and how they can be reached. First what is
// read at every visit: the person (phone, e-mail and language, each with who corrected it when), the
// channel ladder (what to offer first, what never to rely on), one timeline across every channel,
// with "Termin buchen" and "Wartenummer ziehen" for this person beside the name. Then each fact with
// who recorded it and when, the channel chosen per request type, and the forms: draw a number,
// correct phone, e-mail and language, record a fact, file a form at the counter. Every view is
// recorded (person.viewed). No submission contents: those are read in the inbox.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { germanDate } from "@/components/staff/person-search";
import { TimelineBody, type TimelineCells } from "@/components/staff/timeline-body";
import { CHANNEL_LABELS } from "@/lib/journey";
import { OUTCOMES } from "@/lib/queue";
import { ButtonLink } from "@/components/ui/buttons";
import {
  CONTACT_FIELD_NAMES,
  CONTACT_FIELDS,
  FACT_KINDS,
  FACT_LABELS,
  factValueLabel,
  LADDER_LABELS,
  loadPersonView,
  type ContactField,
  type RecordedFact,
  type StaffRecord,
  type TimelineEntry,
} from "@/lib/people";
import { can, locationsOf, openStaffForm, staffPage } from "@/lib/staff";
import { ContactForm, contactFormState, DrawTicketForm, FactForms, FileFormAtCounter } from "./forms";
import { isLocale } from "@/i18n/locales";
import { languageName } from "@/lib/languages";
import { phoneForDisplay } from "@/lib/phone";

export const metadata: Metadata = { title: "Person" };
export const dynamic = "force-dynamic";

const when = new Intl.DateTimeFormat("de-DE", { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Berlin" });
const day = new Intl.DateTimeFormat("de-DE", { dateStyle: "medium", timeZone: "Europe/Berlin" });
/** dd.mm.yyyy */
const date = new Intl.DateTimeFormat("de-DE", {
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
  timeZone: "Europe/Berlin",
});
const time = new Intl.DateTimeFormat("de-DE", { timeStyle: "short", timeZone: "Europe/Berlin" });

const APPOINTMENT_STATUS: Record<string, string> = {
  booked: "gebucht",
  cancelled: "abgesagt",
  checked_in: "eingecheckt",
  completed: "abgeschlossen",
  no_show: "nicht erschienen",
};
const SUBMISSION_STATUS: Record<string, string> = {
  received: "eingegangen",
  in_review: "in Bearbeitung",
  needs_info: "Rückfrage an die Person",
  done: "erledigt",
};
const ASSISTANCE: Record<string, string> = {
  self_service: "selbst im Portal",
  counter: "am Schalter",
  phone: "am Telefon",
};
const OUTCOME: Record<string, string> = {
  started: "begonnen",
  chosen: "Weg gewählt",
  completed: "abgeschlossen",
  abandoned: "abgebrochen",
};
const CALLBACK_STEP: Record<string, string> = {
  claimed: "Rückruf übernommen",
  reached: "Rückruf: erreicht",
  not_reached: "Rückruf: nicht erreicht",
  gave_up: "Rückruf aufgegeben",
  appointment: "Rückruf: Termin vereinbart",
};
const TICKET_STATUS: Record<string, string> = {
  waiting: "wartet",
  called: "aufgerufen",
  parked: "zurückgestellt",
  finished: "fertig",
  no_show: "nicht erschienen",
};
const channelLabel = (channel: string | null) =>
  channel ? (CHANNEL_LABELS[channel as keyof typeof CHANNEL_LABELS] ?? channel) : "–";

const PROBLEMS: Record<string, string> = {
  form: "Bitte ein Formular wählen.",
  fact: "Die Angabe ging so nicht: Bitte eine Auswahl treffen oder die Barrierefreiheit kurz beschreiben.",
};

export default async function PersonPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { id } = await params;
  const { session, data: view } = await staffPage("person.view", {
    returnTo: `/staff/people/${encodeURIComponent(id)}`,
    view: {
      load: async () => (await loadPersonView(id)) ?? notFound(),
      event: ({ person }) => ({
        action: "person.viewed",
        citizenId: person.id,
        object: { type: "citizen", id: person.id },
        details: {},
      }),
    },
  });
  const query = await searchParams;
  const problem = typeof query.problem === "string" ? PROBLEMS[query.problem] : undefined;
  const saved = query.saved === "1";
  const { person, contact, facts, ladder, channels, timeline } = view;
  const role = session.staff.role;
  // A refused correction comes back with what was typed, kept on the server for this staff member and this person.
  const kept = await openStaffForm(query.draft, session.staff.id, "person");
  const contactState = contactFormState(
    { phone: contact.phone.value, email: contact.email.value, language: contact.language.value },
    kept.person === person.id ? kept : null,
  );
  const corrected = typeof query.corrected === "string" ? correctedText(query.corrected) : null;
  const canBook = can(role, "appointment.book-for-someone");
  const canDraw = can(role, "queue.ticket");
  return (
    <>
      <p>
        <a href="/staff/people">Zurück zur Suche</a>
      </p>
      <div className="mt-2 flex flex-wrap items-center gap-x-6 gap-y-2">
        <h1 className="text-2xl font-bold">{person.name}</h1>
        {canBook || canDraw ? (
          <nav aria-label="Für diese Person" className="flex flex-wrap gap-3">
            {canBook ? (
              <ButtonLink href={`/staff/front-desk/book?person=${encodeURIComponent(person.id)}`} size="compact">
                Termin buchen
              </ButtonLink>
            ) : null}
            {canDraw ? (
              <ButtonLink href="#ticket-heading" variant="secondary" size="compact">
                Wartenummer ziehen
              </ButtonLink>
            ) : null}
          </nav>
        ) : null}
      </div>
      {corrected ? (
        <p role="status" className="mt-2 border-s-4 border-brand bg-surface p-3">
          {corrected}
        </p>
      ) : null}

      <div className="mt-3 grid gap-x-8 gap-y-3 lg:grid-cols-2">
        <section aria-labelledby="contact-heading">
          <h2 id="contact-heading" className="sr-only">
            Angaben zur Person
          </h2>
          <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1" data-testid="person">
            <dt className="font-semibold">Kundennummer</dt>
            <dd>{person.customerNumber ?? "–"}</dd>
            <dt className="font-semibold">Geburtsdatum</dt>
            <dd>{germanDate(person.dateOfBirth) || "–"}</dd>
            <dt className="font-semibold">Telefon</dt>
            <dd data-testid="phone">
              {contact.phone.value ? phoneForDisplay(contact.phone.value) : "keine Nummer"}
              <Recorded byStaff={contact.phone.byStaff} />
            </dd>
            <dt className="font-semibold">E-Mail</dt>
            <dd data-testid="email">
              {contact.email.value ?? "keine E-Mail-Adresse"}
              <Recorded byStaff={contact.email.byStaff} />
            </dd>
            <dt className="font-semibold">Sprache</dt>
            <dd data-testid="language">
              {languageName(contact.language.value)}
              <Recorded byStaff={contact.language.byStaff} byPerson={contact.language.byPerson} />
              {contact.language.messages !== contact.language.value ? (
                <span className="block text-muted">
                  {messagesNote(contact.language.value, contact.language.messages)}
                </span>
              ) : null}
            </dd>
          </dl>
        </section>

        <section
          aria-labelledby="ladder-heading"
          className="border-s-4 border-brand bg-surface p-4"
          data-testid="ladder"
        >
          <h2 id="ladder-heading" className="text-xl font-bold">
            So erreichen Sie diese Person
          </h2>
          <p className="mt-2">
            <strong>Zuerst anbieten:</strong>{" "}
            {ladder.offer
              .slice(0, 3)
              .map((channel) => LADDER_LABELS[channel])
              .join(", dann ")}
          </p>
          {ladder.never.length > 0 ? (
            <>
              <p className="mt-2 font-semibold">Nicht darauf verlassen:</p>
              <ul className="ms-6 list-disc">
                {ladder.never.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </>
          ) : null}
          {ladder.notes.length > 0 ? (
            <ul className="mt-2 ms-6 list-disc">
              {ladder.notes.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          ) : null}
        </section>
      </div>

      <section aria-labelledby="timeline-heading" className="mt-6">
        <h2 id="timeline-heading" className="text-xl font-bold">
          {`Verlauf über alle Wege (${timeline.length})`}
        </h2>
        {timeline.length === 0 ? (
          <p className="mt-2">Noch nichts.</p>
        ) : (
          <div className="mt-2 overflow-x-auto" role="region" aria-labelledby="timeline-heading" tabIndex={0}>
            {/* The cells' looks are set once on the table, not on each of the rows' cells. */}
            <table
              className="w-full border-collapse text-left [&_tbody_:is(td,th)]:py-2 [&_tbody_:is(td,th):not(:last-child)]:pe-4 [&_tbody_th]:font-semibold [&_tbody_tr]:border-b [&_tbody_tr]:border-line"
              data-testid="timeline"
            >
              <caption className="sr-only">Der Verlauf, das Neueste zuerst</caption>
              <thead>
                <tr className="border-b-2 border-ink">
                  <th scope="col" className="py-2 pe-4">
                    Wann
                  </th>
                  <th scope="col" className="py-2 pe-4">
                    Was
                  </th>
                  <th scope="col" className="py-2 pe-4">
                    Anliegen
                  </th>
                  <th scope="col" className="py-2">
                    Einzelheiten
                  </th>
                </tr>
              </thead>
              <TimelineBody rows={timeline.map(timelineCells)} />
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="facts-heading" className="mt-8">
        <h2 id="facts-heading" className="text-xl font-bold">
          Angaben zur Erreichbarkeit
        </h2>
        {saved ? (
          <p role="status" className="mt-2 border-s-4 border-brand bg-surface p-3">
            Angabe gespeichert (erfasst von Ihnen).
          </p>
        ) : null}
        <div className="mt-3 overflow-x-auto" role="region" aria-labelledby="facts-heading" tabIndex={0}>
          <table className="w-full border-collapse text-left" data-testid="facts">
            <caption className="sr-only">Jede Angabe mit wer sie erfasst hat und wann</caption>
            <thead>
              <tr className="border-b-2 border-ink">
                <th scope="col" className="py-2 pe-4">
                  Angabe
                </th>
                <th scope="col" className="py-2 pe-4">
                  Wert
                </th>
                <th scope="col" className="py-2 pe-4">
                  Erfasst von
                </th>
                <th scope="col" className="py-2">
                  Am
                </th>
              </tr>
            </thead>
            <tbody>
              {/* The language stands once, with the person above. */}
              {FACT_KINDS.filter((kind) => kind !== "language").map((kind) => (
                <FactRow key={kind} label={FACT_LABELS[kind]} fact={facts[kind]} />
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="channels-heading" className="mt-8">
        <h2 id="channels-heading" className="text-xl font-bold">
          Gewählte Wege je Anliegen
        </h2>
        {channels.length === 0 ? (
          <p className="mt-2">Noch keine Wahl bekannt.</p>
        ) : (
          <ul className="mt-2 ms-6 list-disc">
            {channels.map((use) => (
              <li key={use.requestType}>
                <strong>{use.requestTypeTitle}:</strong>{" "}
                {use.uses.map((item) => `${channelLabel(item.channel)} (${day.format(item.at)})`).join(" → ")}
              </li>
            ))}
          </ul>
        )}
      </section>

      <div className="grid gap-x-8 lg:grid-cols-2">
        {canDraw ? <DrawTicketForm person={person} scope={await locationsOf(session)} /> : null}
        {can(role, "person.correct") ? <ContactForm personId={person.id} state={contactState} /> : null}
      </div>
      {can(role, "person.record-fact") ? (
        <FactForms personId={person.id} problem={query.problem === "fact" ? problem : undefined} />
      ) : null}
      {can(role, "form.file-for-someone") ? (
        <FileFormAtCounter personId={person.id} problem={query.problem === "form" ? problem : undefined} />
      ) : null}
    </>
  );
}

/** Who recorded a value, when staff or the person did: "von Mitarbeitenden erfasst am 07.12.2026". */
function Recorded({ byStaff, byPerson }: { byStaff: StaffRecord | null; byPerson?: Date | null }) {
  if (byStaff)
    return (
      <span className="block text-muted">{`von Mitarbeitenden erfasst am ${date.format(byStaff.at)} (${byStaff.staff})`}</span>
    );
  if (byPerson)
    return <span className="block text-muted">{`von der Person angegeben am ${date.format(byPerson)}`}</span>;
  return null;
}

/** Why messages go in another language than the one the person speaks. */
function messagesNote(spoken: string, messages: string): string {
  const name = languageName(messages);
  return isLocale(spoken)
    ? `Nachrichten gehen bisher auf ${name}.`
    : `Nachrichten auf ${name}: ${languageName(spoken)} bietet das Portal nicht an.`;
}

/** The confirmation after a correction, in words. */
function correctedText(fields: string): string | null {
  if (fields === "none") return "Nichts geändert: Die Angaben waren schon so gespeichert.";
  const names = fields
    .split(",")
    .flatMap((field) =>
      (CONTACT_FIELDS as readonly string[]).includes(field) ? [CONTACT_FIELD_NAMES[field as ContactField]] : [],
    );
  if (names.length === 0) return null;
  return `Gespeichert: ${names.join(", ")} (von Ihnen erfasst).`;
}

function FactRow({ label, fact }: { label: string; fact: RecordedFact | undefined }) {
  return (
    <tr className="border-b border-line">
      <th scope="row" className="py-2 pe-4 font-semibold">
        {label}
      </th>
      <td className="py-2 pe-4">
        {fact ? factValueLabel(fact.kind, fact.value) : "nicht bekannt"}
        {fact?.note ? <span className="block text-muted">{fact.note}</span> : null}
      </td>
      <td className="py-2 pe-4">
        {fact ? (fact.recordedBy ? `Mitarbeitende: ${fact.recordedBy.name}` : "von der Person selbst") : "–"}
      </td>
      <td className="py-2">{fact ? when.format(fact.recordedAt) : "–"}</td>
    </tr>
  );
}

/** An entry as the timeline's row shows it, all text. */
function timelineCells(entry: TimelineEntry): TimelineCells {
  let what: string;
  let details: string;
  switch (entry.kind) {
    case "journey":
      what = "Weg im Portal";
      details = [
        `empfohlen: ${channelLabel(entry.recommended)}`,
        `gewählt: ${channelLabel(entry.chosen)}`,
        OUTCOME[entry.outcome] ?? entry.outcome,
        ASSISTANCE[entry.assistance] ?? entry.assistance,
        entry.forSomeoneElse ? "für jemand anderen ausgefüllt" : "",
      ]
        .filter(Boolean)
        .join(" · ");
      break;
    case "appointment":
      what = `Termin ${channelLabel(entry.channel)}`;
      details = [
        `${when.format(entry.startsAt)}, ${entry.location}`,
        APPOINTMENT_STATUS[entry.status] ?? entry.status,
        `gebucht ${ASSISTANCE[entry.assistance] ?? entry.assistance}`,
        entry.reference,
      ].join(" · ");
      break;
    case "submission":
      what = "Formular";
      details = [
        SUBMISSION_STATUS[entry.status] ?? entry.status,
        entry.assistance === "counter" ? "am Schalter mit Hilfe eingereicht" : "selbst eingereicht",
        entry.reference,
      ].join(" · ");
      break;
    case "callback_step":
      what = CALLBACK_STEP[entry.outcome] ?? entry.outcome;
      details = [entry.staff ? `von ${entry.staff}` : "", entry.note ?? "", entry.reference]
        .filter(Boolean)
        .join(" · ");
      break;
    case "callback":
      what = "Rückrufbitte";
      details = [
        entry.window ? `gewünscht: ${entry.window} Uhr` : "",
        SUBMISSION_STATUS[entry.status] ?? entry.status,
        entry.reference,
      ]
        .filter(Boolean)
        .join(" · ");
      break;
    case "queue_ticket":
      what = entry.walkIn ? `Wartenummer ${entry.number} (ohne Termin)` : `Wartenummer ${entry.number} (zum Termin)`;
      details = [
        entry.location,
        TICKET_STATUS[entry.status] ?? entry.status,
        entry.firstCalledAt
          ? `aufgerufen ${time.format(entry.firstCalledAt)} Uhr${entry.desk ? ` an ${entry.desk}` : ""}${entry.calls > 1 ? `, ${entry.calls}-mal` : ""}`
          : "",
        entry.outcome ? `Ergebnis: ${OUTCOMES[entry.outcome as keyof typeof OUTCOMES] ?? entry.outcome}` : "",
      ]
        .filter(Boolean)
        .join(" · ");
      break;
  }
  return [entry.kind, when.format(entry.at), what, entry.requestTypeTitle, details];
}
