// The callback queue: every open callback request, the oldest first and paged, overdue ones marked,
// filtered by status, request type, who took it and the day asked for; per
// row the requested window, the phone number, the language, the request type and the person's
// channel ladder in one line. Claim one ("Übernehmen"), call, then record what it came to. Plain
// forms; the outcome comes back as a notice (post/redirect/get).
import type { Metadata } from "next";
import { Button } from "@/components/ui/buttons";
import { CALLBACK_MAX_TRIES, listCallbacks, type QueuedCallback } from "@/lib/forms";
import { CHANNEL_LABELS, listRequestTypes, requestTypeTitle } from "@/lib/journey";
import { languageName } from "@/lib/languages";
import { ladderLinesFor } from "@/lib/people";
import { staffPage, type StaffSession } from "@/lib/staff";
import { phoneForDisplay } from "@/lib/phone";
import { StaffList } from "@/components/staff/staff-list";
import { FilterForm } from "@/components/staff/filters";
import type { StaffColumn } from "@/components/staff/staff-table";
import { SelectField, TextField } from "@/components/ui/fields";
import {
  pageRequest,
  pagingShape,
  queryChoice,
  queryDay,
  queryText,
  readQuery,
  type SearchParams,
} from "@/lib/list-query";

export const metadata: Metadata = { title: "Rückrufe" };
export const dynamic = "force-dynamic";

const PAGE = "/staff/callbacks";
const day = new Intl.DateTimeFormat("de-DE", {
  weekday: "short",
  day: "2-digit",
  month: "2-digit",
  timeZone: "Europe/Berlin",
});
const time = new Intl.DateTimeFormat("de-DE", { hour: "2-digit", minute: "2-digit", timeZone: "Europe/Berlin" });

const NOTICES: Record<string, string> = {
  claimed: "Rückruf übernommen. Rufen Sie jetzt an und tragen Sie danach das Ergebnis ein.",
  "already-yours": "Diesen Rückruf haben Sie schon übernommen.",
  taken: "Diesen Rückruf hat schon jemand anderes übernommen.",
  closed: "Dieser Rückruf ist schon abgeschlossen.",
  unknown: "Diesen Rückruf gibt es nicht.",
  "not-yours": "Nur wer den Rückruf übernommen hat, kann das Ergebnis eintragen.",
  reached: "Eingetragen: erreicht. Der Rückruf ist erledigt.",
  not_reached: "Eingetragen: nicht erreicht. Der Rückruf kommt später wieder; die Person bekommt eine SMS.",
  gave_up: `Eingetragen: nicht erreicht – das war der letzte von ${CALLBACK_MAX_TRIES} Versuchen. Die Person bekommt eine SMS, dass sie einen Termin buchen oder erneut um Rückruf bitten kann.`,
  "no-person":
    "Eingetragen: Termin. Zu dieser Rückrufbitte ist keine Person bekannt; bitte buchen Sie über „Termin für jemanden buchen“.",
  invalid: "Das ging so nicht: Bitte ein Ergebnis wählen; die Notiz darf höchstens 300 Zeichen haben.",
};

export default async function CallbacksPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const {
    session,
    data: { query, filter, requestTypes, list, ladders, titles },
  } = await staffPage("callbacks.read", {
    returnTo: PAGE,
    view: {
      load: async (session) => {
        const requestTypes = await listRequestTypes();
        const query = readQuery(
          {
            notice: queryText(40),
            status: queryChoice(["received", "in_review"]),
            requestType: queryText(80),
            claimed: queryChoice(["me", "none"]),
            day: queryDay(),
            ...pagingShape,
          },
          await searchParams,
        );
        const filter = {
          status: query.status,
          requestType: requestTypes.some((type) => type.key === query.requestType) ? query.requestType : undefined,
          claimed: query.claimed,
          day: query.day,
        };
        const list = await listCallbacks(new Date(), pageRequest(query), undefined, filter, session.staff.id);
        const ladders = await ladderLinesFor(
          list.rows.flatMap((callback) => (callback.citizenId ? [callback.citizenId] : [])),
        );
        // Request types by their German title; one no longer offered is named as such, never by its key.
        const titles = new Map(requestTypes.map((type) => [type.key, requestTypeTitle(type, "de")]));
        return { query, filter, requestTypes, list, ladders, titles };
      },
      event: ({ filter, list }) => ({
        action: "callbacks.listed",
        citizenId: null,
        object: { type: "form_submission", id: null },
        details: {
          filters: {
            status: filter.status ?? null,
            requestType: filter.requestType ?? null,
            claimed: filter.claimed ?? null,
            day: filter.day ?? null,
          },
          count: list.rows.length,
          shown: list.rows.map((callback) => callback.id),
        },
      }),
    },
  });
  const notice = query.notice ? NOTICES[query.notice] : undefined;
  const overdue = list.rows.filter((callback) => callback.overdue).length;
  const filtered = Boolean(filter.status || filter.requestType || filter.claimed || filter.day);
  return (
    <>
      <h1 className="text-2xl font-bold">Rückrufe</h1>
      <p className="mt-1 text-muted">
        Nicht erreicht: kommt nach zwei Stunden wieder, höchstens {CALLBACK_MAX_TRIES} Versuche.
      </p>
      {notice ? (
        <p role="status" className="mt-4 border-s-4 border-brand bg-surface p-3" data-notice>
          {notice}
        </p>
      ) : null}
      <FilterForm action={PAGE} label="Rückrufe filtern" columns={4}>
        <SelectField
          name="status"
          id="filter-status"
          label="Stand"
          defaultValue={filter.status ?? ""}
          options={[
            { value: "", label: "alle offenen" },
            { value: "received", label: "noch nicht übernommen" },
            { value: "in_review", label: "übernommen" },
          ]}
        />
        <SelectField
          name="requestType"
          id="filter-requestType"
          label="Anliegen"
          defaultValue={filter.requestType ?? ""}
          options={[
            { value: "", label: "alle" },
            ...requestTypes.map((type) => ({ value: type.key, label: titles.get(type.key) ?? type.key })),
          ]}
        />
        <SelectField
          name="claimed"
          id="filter-claimed"
          label="Übernommen von"
          defaultValue={filter.claimed ?? ""}
          options={[
            { value: "", label: "allen" },
            { value: "me", label: "mir" },
            { value: "none", label: "niemandem" },
          ]}
        />
        <TextField name="day" id="filter-day" label="Rückruf am" type="date" defaultValue={filter.day ?? ""} />
      </FilterForm>
      {overdue > 0 ? (
        <p className="mt-4 font-semibold text-accent">
          {overdue === 1
            ? "1 Rückruf auf dieser Seite ist überfällig."
            : `${overdue} Rückrufe auf dieser Seite sind überfällig.`}
        </p>
      ) : null}
      <StaffList
        caption="Offene Rückrufbitten, die ältesten zuerst"
        columns={callbackColumns({ ladders, titles, session })}
        rows={list.rows}
        rowKey={(callback) => callback.id}
        rowData={(callback) => ({ reference: callback.reference })}
        empty={filtered ? "Zu diesem Filter gibt es keine offene Rückrufbitte." : "Keine offenen Rückrufbitten."}
        total={list.total}
        totalText={(total) =>
          `${total === 1 ? "1 offene Rückrufbitte" : `${total} offene Rückrufbitten`}${filtered ? " zu diesem Filter" : ""}`
        }
        order="die ältesten zuerst"
        path={PAGE}
        filters={filter}
        paging={list}
      />
    </>
  );
}

/** The table's columns: when, who (with the reference), phone, language, request, the person's ladder, and the work on it. */
function callbackColumns({
  ladders,
  titles,
  session,
}: {
  ladders: Map<string, string>;
  titles: Map<string, string>;
  session: StaffSession;
}): StaffColumn<QueuedCallback>[] {
  return [
    {
      heading: "Wann",
      className: "whitespace-nowrap",
      cell: (callback) => (
        <>
          {day.format(callback.dueFrom)}, {time.format(callback.dueFrom)}–{time.format(callback.dueUntil)}
          {callback.overdue ? <strong className="block text-accent">überfällig</strong> : null}
          {callback.tries > 0 ? <span className="block">{callback.tries}. Versuch nicht erreicht</span> : null}
        </>
      ),
    },
    {
      heading: "Person",
      cell: (callback) => (
        <>
          {callback.citizenId ? (
            <a href={`/staff/people/${callback.citizenId}`} className="font-semibold">
              {callback.name || "ohne Namen"}
            </a>
          ) : (
            <span className="font-semibold">{callback.name || "ohne Namen"}</span>
          )}
          <span className="block text-muted">{callback.reference}</span>
        </>
      ),
    },
    {
      heading: "Telefon",
      className: "whitespace-nowrap",
      cell: (callback) => <a href={`tel:${callback.phone}`}>{phoneForDisplay(callback.phone)}</a>,
    },
    {
      heading: "Sprache",
      cell: (callback) => (callback.language === "other" ? "andere" : languageName(callback.language)),
    },
    {
      heading: "Anliegen",
      cell: (callback) => (
        <>
          {callback.requestType ? (titles.get(callback.requestType) ?? "ein nicht mehr angebotenes Anliegen") : "–"}
          {callback.topic ? <span className="block text-muted">{callback.topic}</span> : null}
        </>
      ),
    },
    {
      heading: "Erreichbarkeit",
      cell: (callback) =>
        (callback.citizenId ? ladders.get(callback.citizenId) : undefined) ?? `Zuerst: ${CHANNEL_LABELS.phone}`,
    },
    { heading: "Bearbeitung", hideInPrint: true, cell: (callback) => <Work callback={callback} session={session} /> },
  ];
}

/** Take it over, or, once it is one's own, record what the call came to. */
function Work({ callback, session }: { callback: QueuedCallback; session: StaffSession }) {
  const mine = callback.claimedBy?.id === session.staff.id;
  return mine ? (
    <form method="post" action={`${PAGE}/outcome`} aria-label={`Ergebnis für ${callback.reference}`}>
      <input type="hidden" name="callback" value={callback.id} />
      <label htmlFor={`note-${callback.id}`} className="block font-semibold">
        Kurz: Ergebnis
      </label>
      <input
        id={`note-${callback.id}`}
        name="note"
        maxLength={300}
        autoComplete="off"
        className="mt-1 block w-56 rounded border-2 border-ink px-2 py-1"
      />
      <div className="mt-2 flex flex-wrap gap-2">
        <Button name="result" value="reached" size="compact">
          Erreicht
        </Button>
        <Button name="result" value="not-reached" size="compact" variant="secondary">
          Nicht erreicht
        </Button>
        <Button name="result" value="appointment" size="compact" variant="secondary">
          Termin vereinbaren
        </Button>
      </div>
    </form>
  ) : callback.claimedBy ? (
    <span>bei {callback.claimedBy.name}</span>
  ) : (
    <form method="post" action={`${PAGE}/claim`}>
      <input type="hidden" name="callback" value={callback.id} />
      <Button size="compact">
        Übernehmen<span className="sr-only">: {callback.reference}</span>
      </Button>
    </form>
  );
}
