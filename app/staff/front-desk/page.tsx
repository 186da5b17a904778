// The front desk's day at a location: every in-person appointment of one day with what the counter
// needs to know, the counts per status, and per row the next step (check in, no-show, move,
// cancel), each a plain post through the staff door. ?print=1 shows the list alone for printing;
// printing the page itself drops navigation and buttons too.
import type { Metadata } from "next";
import { StaffNotice } from "@/components/staff/notice";
import { RowKeys } from "@/components/staff/row-keys";
import { StaffTable, type StaffColumn } from "@/components/staff/staff-table";
import { Button, ButtonLink } from "@/components/ui/buttons";
import { APPOINTMENT_STATUSES, dayAtLocation, locationsFor, noShowGraceMinutes, type DayAppointment } from "@/lib/booking";
import { auditView, staffPage } from "@/lib/staff";
import { addDays, berlinDate } from "@/lib/time";
import { isCalendarDay } from "@/lib/validation";
import { bookedByText, CHECK_IN_PAGE, DAY_PATH, dayPath, dayText, languageName, STATUS_LABEL } from "./day";
import { noticeFor } from "./notices";

export const metadata: Metadata = { title: "Tagesübersicht" };
export const dynamic = "force-dynamic";

type Search = Record<string, string | string[] | undefined>;
const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim() || undefined;

const REGION_ID = "tagesliste";

interface RowContext {
  location: string;
  day: string;
  now: number;
  graceMs: number;
  /** the row whose "Einchecken" has the focus when the page opens (today's next booked person) */
  focusId: string | null;
}

const hiddenContext = (context: RowContext) => (
  <>
    <input type="hidden" name="location" value={context.location} />
    <input type="hidden" name="day" value={context.day} />
  </>
);

function RowActions({ appointment, context }: { appointment: DayAppointment; context: RowContext }) {
  if (appointment.status !== "booked") return null;
  const start = appointment.startsAt.getTime();
  const overdue = start + context.graceMs < context.now;
  const open = start > context.now;
  const who = `${appointment.name}, ${appointment.time} Uhr`;
  return (
    <div className="flex min-w-56 flex-wrap items-start gap-2">
      <form method="post" action={`${CHECK_IN_PAGE}/confirm`}>
        <input type="hidden" name="code" value={appointment.reference} />
        <input type="hidden" name="back" value="day" />
        {hiddenContext(context)}
        <Button size="compact" data-key="e" aria-label={`Einchecken: ${who}`} autoFocus={appointment.id === context.focusId}>
          Einchecken
        </Button>
      </form>
      {overdue ? (
        <form method="post" action={`${DAY_PATH}/no-show`}>
          <input type="hidden" name="appointment" value={appointment.id} />
          {hiddenContext(context)}
          <Button variant="secondary" size="compact" data-key="n" aria-label={`Nicht erschienen: ${who}`}>
            Nicht erschienen
          </Button>
        </form>
      ) : null}
      {open ? (
        <>
          <ButtonLink variant="secondary" size="compact" data-key="u" aria-label={`Umbuchen: ${who}`} href={`${DAY_PATH}/rebook?${new URLSearchParams({ appointment: appointment.id, location: context.location, day: context.day })}`}>
            Umbuchen
          </ButtonLink>
          <details className="group">
            <summary data-key="s" aria-label={`Stornieren: ${who}`} className="inline-flex min-h-11 cursor-pointer items-center rounded border-2 border-accent px-3 font-semibold whitespace-nowrap text-accent">
              Stornieren …
            </summary>
            <form method="post" action={`${DAY_PATH}/cancel`} className="mt-2">
              <input type="hidden" name="appointment" value={appointment.id} />
              {hiddenContext(context)}
              <Button variant="danger" size="compact" aria-label={`Ja, stornieren: ${who}`}>
                Ja, stornieren
              </Button>
            </form>
          </details>
        </>
      ) : null}
    </div>
  );
}

function columns(context: RowContext | null): StaffColumn<DayAppointment>[] {
  const list: StaffColumn<DayAppointment>[] = [
    { heading: "Zeit", cell: (a) => a.time, className: "tabular-nums" },
    { heading: "Vorgangsnummer", cell: (a) => <span className="font-mono">{a.reference}</span> },
    {
      heading: "Person",
      cell: (a) => (
        <>
          <span className="font-semibold">{a.name}</span>
          {a.customerNumber ? <span className="block text-muted">Kd.-Nr. {a.customerNumber}</span> : null}
        </>
      ),
    },
    { heading: "Anliegen", cell: (a) => a.requestTypeTitle },
    { heading: "Dolmetschen", cell: (a) => languageName(a.interpreterLanguage) ?? "–" },
    { heading: "Barrierefreiheit", cell: (a) => a.accessibilityNeeds ?? "–", className: "max-w-48 break-words" },
    { heading: "Status", cell: (a) => STATUS_LABEL[a.status] },
    { heading: "Gebucht", cell: (a) => bookedByText(a.bookedBy) },
  ];
  if (context) list.push({ heading: "Aktionen", headingHidden: true, hideInPrint: true, cell: (a) => <RowActions appointment={a} context={context} /> });
  return list;
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
  if (!isCalendarDay(dayAsked)) problems.push(`„${dayAsked.slice(0, 40)}“ ist kein Datum, das es gibt. Bitte einen Tag im Kalenderfeld wählen (oder als JJJJ-MM-TT angeben, z. B. ${today}).`);
  if (!location) problems.push(locations.length === 0 ? "Es ist noch kein Standort eingerichtet." : "Diesen Standort gibt es nicht. Bitte einen Standort aus der Liste wählen.");
  const day = location && problems.length === 0 ? await dayAtLocation(location.id, dayAsked) : null;
  if (day) await auditView(session, { action: "appointments.day-listed", citizenId: null, object: { type: "location", id: day.location.id }, details: { day: day.day, count: day.counts.total } });

  const shownDay = day?.day ?? today;
  const shownLocation = location?.id ?? locations[0]?.id ?? "";
  const nameOf = (reference: string) => day?.appointments.find((appointment) => appointment.reference === reference)?.name ?? null;
  const graceMinutes = noShowGraceMinutes();
  const notice = noticeFor({ notice: one(query.notice), ref: one(query.ref), to: one(query.to), notified: one(query.notified) }, nameOf, graceMinutes);
  const booked = day?.appointments.filter((appointment) => appointment.status === "booked") ?? [];
  const next = booked.find((appointment) => appointment.startsAt.getTime() + graceMinutes * 60_000 >= now.getTime()) ?? booked[0];
  const context: RowContext | null = day && !printing ? { location: shownLocation, day: shownDay, now: now.getTime(), graceMs: graceMinutes * 60_000, focusId: shownDay === today ? (next?.id ?? null) : null } : null;
  const here = { location: shownLocation, day: shownDay };

  return (
    <>
      <h1 className="text-2xl font-bold">Tagesübersicht{day ? `: ${day.location.name}` : ""}</h1>
      {day ? <p className="mt-1 text-lg">{dayText(day.day)}{day.day === today ? " (heute)" : ""}</p> : null}
      {problems.map((problem) => (
        <StaffNotice key={problem} tone="problem">
          {problem}
        </StaffNotice>
      ))}
      {notice ? <StaffNotice tone={notice.tone}>{notice.text}</StaffNotice> : null}

      {printing ? (
        <p className="mt-4 print:hidden">
          Druckansicht: drucken mit <kbd>Strg</kbd> + <kbd>P</kbd>. <a href={dayPath(here)}>Zurück zur Tagesübersicht</a>
        </p>
      ) : (
        <div className="print:hidden">
          <form method="get" action={DAY_PATH} className="mt-4 flex flex-wrap items-end gap-4">
            <div>
              <label htmlFor="location" className="block font-semibold">
                Standort
              </label>
              <select id="location" name="location" defaultValue={shownLocation} className="mt-1 block min-h-11 rounded border-2 border-ink bg-white px-3 py-2">
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
              <input id="day" name="day" type="date" defaultValue={shownDay} required className="mt-1 block min-h-11 rounded border-2 border-ink bg-white px-3 py-2" />
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
              <a href={`${CHECK_IN_PAGE}?${new URLSearchParams({ location: shownLocation })}`}>Einchecken mit Scanner oder Vorgangsnummer</a>
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
          <div id={REGION_ID}>
            <StaffTable caption={`Termine am ${dayText(day.day)}, ${day.location.name}`} columns={columns(context)} rows={day.appointments} rowKey={(appointment) => appointment.id} empty="An diesem Tag gibt es hier keine Termine vor Ort." />
          </div>
          {context && day.appointments.length > 0 ? (
            <section aria-labelledby="keys-heading" className="mt-6 print:hidden">
              <h2 id="keys-heading" className="text-lg font-bold">
                Tastatur
              </h2>
              <p className="mt-1">
                <kbd>Tab</kbd> erreicht in jeder Zeile zuerst „Einchecken“; heute steht der Fokus beim Öffnen schon auf dem nächsten Termin, also genügt die <kbd>Eingabetaste</kbd>. Steht der Fokus in einer Zeile: <kbd>↓</kbd>/<kbd>↑</kbd> nächste/vorige Zeile,{" "}
                <kbd>E</kbd> einchecken, <kbd>N</kbd> nicht erschienen, <kbd>U</kbd> umbuchen, <kbd>S</kbd> stornieren (fragt nach).
              </p>
            </section>
          ) : null}
          {context ? <RowKeys regionId={REGION_ID} /> : null}
        </>
      ) : null}
    </>
  );
}
