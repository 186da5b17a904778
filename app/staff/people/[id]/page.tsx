// The person page: how this person wants to be reached and how they can be reached. Contact
// details; the channel ladder (what to offer first, what never to rely on); each fact with who
// recorded it and when; the channel chosen per request type; one timeline across every channel;
// and a form to record or correct a fact for the person. Every view is recorded (person.viewed).
// No submission contents: those are read in the inbox.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { germanDate } from "@/components/staff/person-search";
import { TimelineBody, type TimelineCells } from "@/components/staff/timeline-body";
import { CHANNEL_LABELS } from "@/lib/journey";
import { OUTCOMES } from "@/lib/queue";
import {
  FACT_KINDS,
  FACT_LABELS,
  factValueLabel,
  LADDER_LABELS,
  loadPersonView,
  type RecordedFact,
  type TimelineEntry,
} from "@/lib/people";
import { can, locationsOf, staffPage } from "@/lib/staff";
import { DrawTicketForm, FactForms, FileFormAtCounter } from "./forms";
import { languageName } from "@/lib/languages";
import { phoneForDisplay } from "@/lib/phone";

export const metadata: Metadata = { title: "Person" };
export const dynamic = "force-dynamic";

const when = new Intl.DateTimeFormat("de-DE", { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Berlin" });
const day = new Intl.DateTimeFormat("de-DE", { dateStyle: "medium", timeZone: "Europe/Berlin" });
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
  fact: "Die Angabe ging so nicht: Bitte eine Angabe wählen und, wo nötig, einen Wert eintragen (Sprachen mit ihrem Namen wie „Türkisch“).",
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
  const { person, facts, ladder, channels, timeline } = view;
  return (
    <>
      <p>
        <a href="/staff/people">Zurück zur Suche</a>
      </p>
      <h1 className="mt-2 text-2xl font-bold">{person.name}</h1>
      <dl className="mt-2 grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1">
        <dt className="font-semibold">Kundennummer</dt>
        <dd>{person.customerNumber ?? "–"}</dd>
        <dt className="font-semibold">Geburtsdatum</dt>
        <dd>{germanDate(person.dateOfBirth) || "–"}</dd>
        <dt className="font-semibold">Telefon</dt>
        <dd>{person.phone ? phoneForDisplay(person.phone) : "keine Nummer"}</dd>
        <dt className="font-semibold">E-Mail</dt>
        <dd>{person.email ?? "keine E-Mail-Adresse"}</dd>
        <dt className="font-semibold">Sprache der Nachrichten</dt>
        <dd>{languageName(person.language)}</dd>
      </dl>

      <section
        aria-labelledby="ladder-heading"
        className="mt-6 border-s-4 border-brand bg-surface p-4"
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
              {FACT_KINDS.map((kind) => (
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

      {can(session.staff.role, "person.record-fact") ? (
        <FactForms personId={person.id} problem={query.problem === "fact" ? problem : undefined} />
      ) : null}
      {can(session.staff.role, "form.file-for-someone") ? (
        <FileFormAtCounter personId={person.id} problem={query.problem === "form" ? problem : undefined} />
      ) : null}
      {can(session.staff.role, "queue.ticket") ? (
        <DrawTicketForm person={person} scope={await locationsOf(session)} />
      ) : null}

      <section aria-labelledby="timeline-heading" className="mt-8">
        <h2 id="timeline-heading" className="text-xl font-bold">
          {`Verlauf über alle Wege (${timeline.length})`}
        </h2>
        {timeline.length === 0 ? (
          <p className="mt-2">Noch nichts.</p>
        ) : (
          <div className="mt-3 overflow-x-auto" role="region" aria-labelledby="timeline-heading" tabIndex={0}>
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
    </>
  );
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
