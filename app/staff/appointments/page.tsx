// My appointments: today's and the next six days' unless other days are chosen (a GET form), by
// start and paged (plain links) with the total; video ones with the join link (the same room as the
// person's, open from ten minutes before), each person's page one click away.
import type { Metadata } from "next";
import { PageLinks } from "@/components/staff/staff-list";
import { Button } from "@/components/ui/buttons";
import { TextField } from "@/components/ui/fields";
import {
  appointmentsOf,
  JOIN_OPENS_MINUTES,
  OWN_APPOINTMENT_DAYS,
  ownAppointmentDays,
  type OwnAppointment,
} from "@/lib/booking";
import { CHANNEL_LABELS } from "@/lib/journey";
import { hasNoLocation, locationsOf, NO_LOCATION_TEXT, scopeIds, staffPage } from "@/lib/staff";
import { StaffNotice } from "@/components/staff/notice";
import { languageName } from "@/lib/languages";
import { pageRequest, pagingShape, queryDay, readQuery, type SearchParams } from "@/lib/list-query";
import { berlinDate } from "@/lib/time";

export const metadata: Metadata = { title: "Meine Termine" };
export const dynamic = "force-dynamic";

const PAGE = "/staff/appointments";
const dayLabel = new Intl.DateTimeFormat("de-DE", {
  weekday: "long",
  day: "numeric",
  month: "long",
  timeZone: "Europe/Berlin",
});
const time = new Intl.DateTimeFormat("de-DE", { hour: "2-digit", minute: "2-digit", timeZone: "Europe/Berlin" });

const germanDay = (day: string) => day.split("-").reverse().join(".");

export default async function MyAppointmentsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const {
    data: { now, scope, range, query, list },
  } = await staffPage("appointments.own", {
    returnTo: PAGE,
    view: {
      load: async (session) => {
        const query = readQuery({ from: queryDay(), to: queryDay(), ...pagingShape }, await searchParams);
        const now = new Date();
        const scope = await locationsOf(session);
        const range = ownAppointmentDays(now, { from: query.from, to: query.to });
        return {
          now,
          scope,
          range,
          query,
          list: await appointmentsOf(scopeIds(scope), now, range, pageRequest(query)),
        };
      },
      event: ({ list }) => ({
        action: "appointments.own-listed",
        citizenId: null,
        object: { type: "appointment", id: null },
        details: {
          count: list.rows.length,
          total: list.total,
          people: [...new Set(list.rows.map((appointment) => appointment.person.id))],
        },
      }),
    },
  });
  const appointments = list.rows;
  const days = new Map<string, OwnAppointment[]>();
  for (const appointment of appointments) {
    const day = berlinDate(appointment.startsAt);
    days.set(day, [...(days.get(day) ?? []), appointment]);
  }
  const today = berlinDate(now);
  return (
    <>
      <h1 className="text-2xl font-bold">Meine Termine</h1>
      <p className="mt-1 text-muted">
        Die Termine an Ihren Standorten, ohne Auswahl heute und die {OWN_APPOINTMENT_DAYS - 1} Tage danach. Der
        Videoraum öffnet {JOIN_OPENS_MINUTES} Minuten vor Beginn.
      </p>
      {hasNoLocation(scope) ? <StaffNotice tone="problem">{NO_LOCATION_TEXT}</StaffNotice> : null}
      <form
        method="get"
        action={PAGE}
        className="mt-4 grid gap-x-4 sm:grid-cols-3 sm:items-end"
        aria-label="Termine nach Tagen auswählen"
      >
        <TextField name="from" id="filter-from" label="Von (Tag)" type="date" defaultValue={range.from} />
        <TextField name="to" id="filter-to" label="Bis (Tag)" type="date" defaultValue={range.to} />
        <div className="mb-5">
          <Button>Anzeigen</Button>
        </div>
      </form>
      <p role="status" className="mt-2" data-total={list.total}>
        {list.total === 1 ? "1 Termin" : `${list.total} Termine`} vom {germanDay(range.from)} bis {germanDay(range.to)},
        nach Beginn
        {!(list.atStart && list.atEnd) && appointments.length > 0 ? ` (hier ${appointments.length})` : ""}.
      </p>
      {range.from === today && list.atStart && !days.has(today) ? <p className="mt-4">Heute keine Termine.</p> : null}
      {[...days].map(([day, list]) => (
        <section key={day} aria-labelledby={`day-${day}`} className="mt-6">
          <h2 id={`day-${day}`} className="text-xl font-bold">
            {day === today ? "Heute, " : ""}
            {dayLabel.format(list[0].startsAt)}
          </h2>
          <ul className="mt-2 flex flex-col gap-2">
            {list.map((appointment) => (
              <li key={appointment.id} className="border-s-4 border-line ps-3" data-reference={appointment.reference}>
                <p>
                  <strong>
                    {time.format(appointment.startsAt)}–{time.format(appointment.endsAt)}
                  </strong>{" "}
                  · {CHANNEL_LABELS[appointment.channel]} · {appointment.location} ·{" "}
                  <a href={`/staff/people/${appointment.person.id}`}>{appointment.person.name}</a>
                  {appointment.interpreterLanguage
                    ? ` · Dolmetschung: ${languageName(appointment.interpreterLanguage)}`
                    : ""}
                  {appointment.status === "checked_in" ? " · eingecheckt" : ""}
                </p>
                {appointment.roomUrl ? (
                  appointment.joinable ? (
                    <p>
                      <a href={appointment.roomUrl} rel="noopener" className="font-semibold">
                        Videoraum betreten<span className="sr-only">: {appointment.person.name}</span>
                      </a>
                    </p>
                  ) : (
                    <p className="text-muted">
                      Videoraum ab {time.format(new Date(appointment.startsAt.getTime() - JOIN_OPENS_MINUTES * 60_000))}{" "}
                      Uhr
                    </p>
                  )
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ))}
      <PageLinks caption="Meine Termine" path={PAGE} filters={{ from: query.from, to: query.to }} paging={list} />
    </>
  );
}
