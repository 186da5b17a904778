// The front desk's day at a location: every in-person appointment of one day with what the counter
// needs to know, the counts per status, and per row the next step (check in, no-show, move,
// cancel), each a plain post through the staff door. ?print=1 shows the list alone for printing;
// printing the page itself drops navigation and buttons too.
import type { Metadata } from "next";
import { StaffNotice } from "@/components/staff/notice";
import { DayTable, type DayActions, type DayRow } from "@/components/staff/day-table";
import { WalkIns, type WalkInRow } from "@/components/queue/walk-ins";
import { Button } from "@/components/ui/buttons";
import {
  APPOINTMENT_STATUSES,
  dayAtLocation,
  locationsFor,
  noShowGraceMinutes,
  type DayAppointment,
} from "@/lib/booking";
import { walkInsOfDay, type WalkIn } from "@/lib/queue";
import { assertLocation, hasNoLocation, locationsOf, NO_LOCATION_TEXT, staffPage, withinScope } from "@/lib/staff";
import { addDays, berlinDate, berlinTime } from "@/lib/time";
import { isCalendarDay } from "@/lib/validation";
import { languageName } from "@/lib/languages";
import { pageRequest, pagingShape, queryText, readQuery, type SearchParams } from "@/lib/list-query";
import { bookedByText, CHECK_IN_PAGE, DAY_PATH, dayPath, dayText, STATUS_LABEL } from "./day";
import { noticeFor } from "./notices";

export const metadata: Metadata = { title: "Tagesübersicht" };
export const dynamic = "force-dynamic";

/** The day view's query string: location, day, the filter, print, and the notice a post left. */
const DAY_QUERY = {
  location: queryText(60),
  day: queryText(40),
  q: queryText(100),
  print: queryText(1),
  notice: queryText(40),
  ref: queryText(40),
  to: queryText(40),
  notified: queryText(40),
  // the walk-ins' page (the appointments of a day are shown whole)
  ...pagingShape,
};

/** Folded for the filter: lower case, no accents (what the counter types finds "Çelik" as "celik"). */
const folded = (value: string) => value.normalize("NFD").replace(/\p{M}/gu, "").replace(/ß/g, "ss").toLowerCase();

/** A row as the table needs it: text only, worked out here (the table gets data, not markup). */
function dayRow(appointment: DayAppointment, now: number, graceMs: number): DayRow {
  const start = appointment.startsAt.getTime();
  const booked = appointment.status === "booked";
  // The row's steps by their keys: check in while booked, no-show once past the grace time, move and cancel before the start.
  const steps = booked ? `e${start + graceMs < now ? "n" : ""}${start > now ? "us" : ""}` : "";
  return [
    appointment.id,
    appointment.reference,
    appointment.time,
    appointment.name,
    appointment.customerNumber,
    appointment.requestTypeTitle,
    languageName(appointment.interpreterLanguage),
    appointment.accessibilityNeeds,
    STATUS_LABEL[appointment.status],
    bookedByText(appointment.bookedBy),
    steps,
  ];
}

const WALK_IN_STATE = {
  waiting: "wartet",
  called: "aufgerufen",
  parked: "geparkt",
  finished: "abgeschlossen",
  no_show: "nicht erschienen",
} as const;

/** A walk-in as its small table needs it. */
function walkInRow(walkIn: WalkIn): WalkInRow {
  const where = walkIn.desk && walkIn.status !== "waiting" ? ` (${walkIn.desk})` : "";
  return {
    id: walkIn.id,
    number: walkIn.number,
    time: berlinTime(walkIn.drawnAt),
    service: walkIn.requestTypeTitle,
    state: `${WALK_IN_STATE[walkIn.status]}${where}`,
    source: walkIn.atCounter ? "am Schalter" : "Automat",
  };
}

export default async function FrontDeskDayPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const {
    data: { query, now, today, locations, location, problems, day, walkIns },
  } = await staffPage("appointments.day", {
    returnTo: DAY_PATH,
    view: {
      load: async (session) => {
        const query = readQuery(DAY_QUERY, await searchParams);
        const now = new Date();
        const today = berlinDate(now);
        const [scope, everyLocation] = await Promise.all([locationsOf(session), locationsFor("in_person")]);
        // Another location's day is refused (403); the list and the default are the staff member's locations.
        if (query.location && everyLocation.some((candidate) => candidate.id === query.location))
          await assertLocation(session, query.location);
        const locations = withinScope(scope, everyLocation, (candidate) => candidate.id);
        const dayAsked = query.day ?? today;
        const locationAsked = query.location ?? locations[0]?.id;
        const location = locations.find((candidate) => candidate.id === locationAsked);
        const problems: string[] = [];
        if (!isCalendarDay(dayAsked))
          problems.push(
            `„${dayAsked.slice(0, 40)}“ ist kein Datum, das es gibt. Bitte einen Tag im Kalenderfeld wählen (oder als JJJJ-MM-TT angeben, z. B. ${today}).`,
          );
        if (!location)
          problems.push(
            hasNoLocation(scope)
              ? NO_LOCATION_TEXT
              : locations.length === 0
                ? "Es ist noch kein Standort eingerichtet."
                : "Diesen Standort gibt es nicht. Bitte einen Standort aus der Liste wählen.",
          );
        const [day, walkIns] =
          location && problems.length === 0
            ? await Promise.all([
                dayAtLocation(location.id, dayAsked),
                walkInsOfDay(location.id, dayAsked, pageRequest(query)),
              ])
            : [null, null];
        return { query, now, today, scope, locations, dayAsked, location, problems, day, walkIns };
      },
      event: ({ day }) =>
        day
          ? {
              action: "appointments.day-listed",
              citizenId: null,
              object: { type: "location", id: day.location.id },
              details: { day: day.day, count: day.counts.total },
            }
          : null,
    },
  });
  const printing = query.print === "1";
  const filter = query.q ? folded(query.q) : null;

  const shownDay = day?.day ?? today;
  const shownLocation = location?.id ?? locations[0]?.id ?? "";
  const nameOf = (reference: string) =>
    day?.appointments.find((appointment) => appointment.reference === reference)?.name ?? null;
  const graceMinutes = noShowGraceMinutes();
  const notice = noticeFor(
    { notice: query.notice, ref: query.ref, to: query.to, notified: query.notified },
    nameOf,
    graceMinutes,
  );
  const booked = day?.appointments.filter((appointment) => appointment.status === "booked") ?? [];
  const next =
    booked.find((appointment) => appointment.startsAt.getTime() + graceMinutes * 60_000 >= now.getTime()) ?? booked[0];
  const actions: DayActions | null =
    day && !printing
      ? {
          noShow: `${DAY_PATH}/no-show`,
          cancel: `${DAY_PATH}/cancel`,
          move: `${DAY_PATH}/rebook`,
          focusId: shownDay === today ? (next?.id ?? null) : null,
        }
      : null;
  const here = { location: shownLocation, day: shownDay };
  // The filter (a name or a reference, as typed) narrows the screen's rows; the print view lists the whole day.
  const shown =
    day?.appointments.filter(
      (appointment) =>
        printing ||
        !filter ||
        folded(appointment.name).includes(filter) ||
        folded(appointment.reference).includes(filter),
    ) ?? [];
  const table = day ? (
    <DayTable
      caption={`Termine am ${dayText(day.day)}, ${day.location.name}`}
      rows={shown.map((appointment) => dayRow(appointment, now.getTime(), graceMinutes * 60_000))}
      actions={actions}
      empty={
        filter && !printing
          ? `Kein Termin an diesem Tag passt zu „${query.q}“.`
          : "An diesem Tag gibt es hier keine Termine vor Ort."
      }
    />
  ) : null;

  return (
    <>
      <div className="flex flex-wrap items-baseline gap-x-3">
        <h1 className="text-xl font-bold">Tagesübersicht{day ? `: ${day.location.name}` : ""}</h1>
        {day ? (
          <p className="text-lg">
            {dayText(day.day)}
            {day.day === today ? " (heute)" : ""}
          </p>
        ) : null}
      </div>
      {problems.map((problem) => (
        <StaffNotice key={problem} tone="problem">
          {problem}
        </StaffNotice>
      ))}
      {notice ? (
        <StaffNotice tone={notice.tone}>
          {notice.text}
          {notice.print ? (
            <>
              {" "}
              <a href={notice.print}>Neue Terminbestätigung drucken</a>
            </>
          ) : null}
        </StaffNotice>
      ) : null}

      {printing ? (
        <p className="mt-4 print:hidden">
          Druckansicht: drucken mit <kbd>Strg</kbd> + <kbd>P</kbd>.{" "}
          <a href={dayPath(here)}>Zurück zur Tagesübersicht</a>
        </p>
      ) : (
        <div className="print:hidden">
          <form
            method="get"
            action={DAY_PATH}
            className="mt-2 flex flex-wrap items-end gap-x-4 gap-y-2"
            aria-label="Tag, Standort und Filter"
          >
            <div>
              <label htmlFor="location" className="block text-sm font-semibold">
                Standort
              </label>
              <select
                id="location"
                name="location"
                defaultValue={shownLocation}
                className="block min-h-10 rounded border-2 border-ink bg-white px-2 py-1"
              >
                {locations.map((candidate) => (
                  <option key={candidate.id} value={candidate.id}>
                    {candidate.name}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label htmlFor="day" className="block text-sm font-semibold">
                Tag
              </label>
              <input
                id="day"
                name="day"
                type="date"
                defaultValue={shownDay}
                required
                className="block min-h-10 rounded border-2 border-ink bg-white px-2 py-1"
              />
            </div>
            <div>
              <label htmlFor="day-filter" className="block text-sm font-semibold">
                Name oder Vorgangsnummer
              </label>
              <input
                id="day-filter"
                name="q"
                type="search"
                defaultValue={query.q ?? ""}
                maxLength={100}
                autoComplete="off"
                className="block min-h-10 w-64 rounded border-2 border-ink bg-white px-2 py-1"
              />
            </div>
            <Button variant="secondary" size="compact">
              Anzeigen
            </Button>
            {filter ? <a href={dayPath(here)}>Filter löschen</a> : null}
          </form>
          <nav aria-label="Tage und Werkzeuge" className="mt-2">
            <ul className="flex flex-wrap gap-x-5 gap-y-1">
              <li>
                <a href={dayPath({ ...here, day: addDays(shownDay, -1) })}>← Vortag</a>
              </li>
              {shownDay !== today ? (
                <li>
                  <a href={dayPath({ ...here, day: today })}>Heute</a>
                </li>
              ) : null}
              <li>
                <a href={dayPath({ ...here, day: addDays(shownDay, 1) })}>Folgetag →</a>
              </li>
              <li>
                <a href={`${CHECK_IN_PAGE}?${new URLSearchParams({ location: shownLocation })}`}>
                  Einchecken mit Scanner oder Vorgangsnummer
                </a>
              </li>
              <li>
                <a href={`/staff/front-desk/book?${new URLSearchParams(here)}`}>Termin für jemanden buchen</a>
              </li>
              {day ? (
                <>
                  <li>
                    <a href={dayPath(here, { print: "1" })}>Drucken</a>
                  </li>
                  <li>
                    <a href={`${DAY_PATH}/export?${new URLSearchParams(here)}`} download>
                      Als CSV-Datei herunterladen
                    </a>
                  </li>
                </>
              ) : null}
            </ul>
          </nav>
        </div>
      )}

      {day ? (
        <>
          <h2 className="mt-2 inline text-lg font-bold">
            {day.counts.total === 1 ? "1 Termin" : `${day.counts.total} Termine`}
            {filter && !printing ? `, ${shown.length} passend zu „${query.q}“` : ""}
          </h2>
          <ul aria-label="Termine nach Status" className="ms-4 inline-flex flex-wrap gap-x-5 gap-y-1">
            {APPOINTMENT_STATUSES.map((status) => (
              <li key={status}>
                {STATUS_LABEL[status]}: <span className="font-semibold tabular-nums">{day.counts[status]}</span>
              </li>
            ))}
          </ul>
          {actions ? (
            // The one form every row's buttons submit; each button names its address and appointment.
            <form method="post" action={`${CHECK_IN_PAGE}/confirm`}>
              <input type="hidden" name="location" value={shownLocation} />
              <input type="hidden" name="day" value={shownDay} />
              <input type="hidden" name="back" value="day" />
              {table}
            </form>
          ) : (
            table
          )}
          {actions && day.appointments.length > 0 ? (
            <section aria-labelledby="keys-heading" className="mt-6 print:hidden">
              <h2 id="keys-heading" className="text-lg font-bold">
                Tastatur
              </h2>
              <p className="mt-1">
                <kbd>Tab</kbd> erreicht in jeder Zeile zuerst „Einchecken“; heute steht der Fokus beim Öffnen schon auf
                dem nächsten Termin, also genügt die <kbd>Eingabetaste</kbd>. Steht der Fokus in einer Zeile:{" "}
                <kbd>↓</kbd>/<kbd>↑</kbd> nächste/vorige Zeile, <kbd>E</kbd> einchecken, <kbd>N</kbd> nicht erschienen,{" "}
                <kbd>U</kbd> umbuchen, <kbd>S</kbd> stornieren (fragt nach).
              </p>
            </section>
          ) : null}
          {walkIns ? (
            <WalkIns
              caption={`Wartenummern ohne Termin am ${dayText(day.day)}, ${day.location.name}`}
              rows={walkIns.rows.map(walkInRow)}
              total={walkIns.total}
              queuePath="/staff/queue"
              path={DAY_PATH}
              filters={{ location: day.location.id, day: day.day, q: query.q }}
              paging={walkIns}
            />
          ) : null}
        </>
      ) : null}
    </>
  );
}
