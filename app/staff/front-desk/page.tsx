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
import { auditView, staffPage } from "@/lib/staff";
import { addDays, berlinDate, berlinTime } from "@/lib/time";
import { isCalendarDay } from "@/lib/validation";
import { bookedByText, CHECK_IN_PAGE, DAY_PATH, dayPath, dayText, languageName, STATUS_LABEL } from "./day";
import { noticeFor } from "./notices";

export const metadata: Metadata = { title: "Tagesübersicht" };
export const dynamic = "force-dynamic";

type Search = Record<string, string | string[] | undefined>;
const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim() || undefined;

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

export default async function FrontDeskDayPage({ searchParams }: { searchParams: Promise<Search> }) {
  const session = await staffPage("appointments.day", { returnTo: DAY_PATH });
  const query = await searchParams;
  const now = new Date();
  const today = berlinDate(now);
  const locations = await locationsFor("in_person");
  const dayAsked = one(query.day) ?? today;
  const locationAsked = one(query.location) ?? locations[0]?.id;
  const printing = one(query.print) === "1";
  const location = locations.find((candidate) => candidate.id === locationAsked);

  const problems: string[] = [];
  if (!isCalendarDay(dayAsked))
    problems.push(
      `„${dayAsked.slice(0, 40)}“ ist kein Datum, das es gibt. Bitte einen Tag im Kalenderfeld wählen (oder als JJJJ-MM-TT angeben, z. B. ${today}).`,
    );
  if (!location)
    problems.push(
      locations.length === 0
        ? "Es ist noch kein Standort eingerichtet."
        : "Diesen Standort gibt es nicht. Bitte einen Standort aus der Liste wählen.",
    );
  const [day, walkIns] =
    location && problems.length === 0
      ? await Promise.all([dayAtLocation(location.id, dayAsked), walkInsOfDay(location.id, dayAsked)])
      : [null, []];
  if (day)
    await auditView(session, {
      action: "appointments.day-listed",
      citizenId: null,
      object: { type: "location", id: day.location.id },
      details: { day: day.day, count: day.counts.total },
    });

  const shownDay = day?.day ?? today;
  const shownLocation = location?.id ?? locations[0]?.id ?? "";
  const nameOf = (reference: string) =>
    day?.appointments.find((appointment) => appointment.reference === reference)?.name ?? null;
  const graceMinutes = noShowGraceMinutes();
  const notice = noticeFor(
    { notice: one(query.notice), ref: one(query.ref), to: one(query.to), notified: one(query.notified) },
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
  const table = day ? (
    <DayTable
      caption={`Termine am ${dayText(day.day)}, ${day.location.name}`}
      rows={day.appointments.map((appointment) => dayRow(appointment, now.getTime(), graceMinutes * 60_000))}
      actions={actions}
    />
  ) : null;

  return (
    <>
      <h1 className="text-2xl font-bold">Tagesübersicht{day ? `: ${day.location.name}` : ""}</h1>
      {day ? (
        <p className="mt-1 text-lg">
          {dayText(day.day)}
          {day.day === today ? " (heute)" : ""}
        </p>
      ) : null}
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
          <form method="get" action={DAY_PATH} className="mt-4 flex flex-wrap items-end gap-4">
            <div>
              <label htmlFor="location" className="block font-semibold">
                Standort
              </label>
              <select
                id="location"
                name="location"
                defaultValue={shownLocation}
                className="mt-1 block min-h-11 rounded border-2 border-ink bg-white px-3 py-2"
              >
                {locations.map((candidate) => (
                  <option key={candidate.id} value={candidate.id}>
                    {candidate.name}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label htmlFor="day" className="block font-semibold">
                Tag
              </label>
              <input
                id="day"
                name="day"
                type="date"
                defaultValue={shownDay}
                required
                className="mt-1 block min-h-11 rounded border-2 border-ink bg-white px-3 py-2"
              />
            </div>
            <Button variant="secondary">Anzeigen</Button>
          </form>
          <nav aria-label="Tage" className="mt-4 flex flex-wrap gap-x-6 gap-y-2">
            <a href={dayPath({ ...here, day: addDays(shownDay, -1) })}>← Vortag</a>
            {shownDay !== today ? <a href={dayPath({ ...here, day: today })}>Heute</a> : null}
            <a href={dayPath({ ...here, day: addDays(shownDay, 1) })}>Folgetag →</a>
          </nav>
          <ul className="mt-4 flex flex-wrap gap-x-6 gap-y-2">
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
        </div>
      )}

      {day ? (
        <>
          <h2 className="mt-6 text-xl font-bold">
            {day.counts.total === 1 ? "1 Termin" : `${day.counts.total} Termine`}
          </h2>
          <ul aria-label="Termine nach Status" className="mt-2 flex flex-wrap gap-x-6 gap-y-1">
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
          <WalkIns
            caption={`Wartenummern ohne Termin am ${dayText(day.day)}, ${day.location.name}`}
            rows={walkIns.map(walkInRow)}
            queuePath="/staff/queue"
          />
        </>
      ) : null}
    </>
  );
}
