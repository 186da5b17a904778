// My appointments: today's first, then the next days; video ones with the join link (the same room
// as the person's, open from ten minutes before), each person's page one click away.
import type { Metadata } from "next";
import { appointmentsOf, JOIN_OPENS_MINUTES, type OwnAppointment } from "@/lib/booking";
import { CHANNEL_LABELS } from "@/lib/journey";
import { hasNoLocation, locationsOf, NO_LOCATION_TEXT, scopeIds, staffPage } from "@/lib/staff";
import { StaffNotice } from "@/components/staff/notice";
import { languageName } from "@/lib/languages";
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

export default async function MyAppointmentsPage() {
  const {
    data: { now, scope, appointments },
  } = await staffPage("appointments.own", {
    returnTo: PAGE,
    view: {
      load: async (session) => {
        const now = new Date();
        const scope = await locationsOf(session);
        return { now, scope, appointments: await appointmentsOf(scopeIds(scope), now) };
      },
      event: ({ appointments }) => ({
        action: "appointments.own-listed",
        citizenId: null,
        object: { type: "appointment", id: null },
        details: {
          count: appointments.length,
          people: [...new Set(appointments.map((appointment) => appointment.person.id))],
        },
      }),
    },
  });
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
        Die Termine an Ihren Standorten in den nächsten sieben Tagen. Der Videoraum öffnet {JOIN_OPENS_MINUTES} Minuten
        vor Beginn.
      </p>
      {hasNoLocation(scope) ? <StaffNotice tone="problem">{NO_LOCATION_TEXT}</StaffNotice> : null}
      {!days.has(today) ? <p className="mt-4">Heute keine Termine.</p> : null}
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
    </>
  );
}
