// Moving an appointment for the person at the front desk: the next free slots of the same request
// type at the same location, the places held back for the front desk included (marked: a citizen
// could not take them online), one to choose, posted to ./save.
import type { Metadata } from "next";
import { Facts } from "@/components/staff/facts";
import { StaffNotice } from "@/components/staff/notice";
import { Button } from "@/components/ui/buttons";
import { slotsForRebooking } from "@/lib/booking";
import { appointmentViewed, staffPage } from "@/lib/staff";
import { berlinDate, berlinTime, toBerlinIso } from "@/lib/time";
import { isCalendarDay } from "@/lib/validation";
import { dayPath, dayText, DAY_PATH, STATUS_LABEL, whenText } from "../day";
import { AppointmentGone, rowAppointment } from "../row-appointment";
import { queryText, readQuery, type SearchParams } from "@/lib/list-query";

export const metadata: Metadata = { title: "Umbuchen" };
export const dynamic = "force-dynamic";

const PROBLEMS: Record<string, string> = {
  taken: "Diese Zeit ist gerade vergeben worden. Bitte eine andere wählen.",
  invalid:
    "Diese Zeit lässt sich nicht buchen (außerhalb der Öffnungszeiten oder nicht mehr frei). Bitte eine aus der Liste wählen.",
  none: "Bitte eine Zeit wählen.",
};

export default async function RebookPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const {
    data: { query, found },
  } = await staffPage("appointment.rebook", {
    returnTo: DAY_PATH,
    view: {
      load: async (session) => {
        const query = readQuery(
          {
            appointment: queryText(200),
            day: queryText(200),
            error: queryText(200),
            from: queryText(200),
            location: queryText(200),
          },
          await searchParams,
        );
        return { query, found: await rowAppointment(session, query.appointment) };
      },
      event: ({ found }) => appointmentViewed(found?.appointment ?? null),
    },
  });
  const back = { location: query.location, day: query.day };
  if (!found) return <AppointmentGone heading="Umbuchen" back={dayPath(back)} />;
  const { appointment, title } = found;
  // Without a day to return to (the day view's rows leave it out), the appointment's own day and place.
  back.location ??= appointment.locationId ?? undefined;
  back.day ??= berlinDate(appointment.startsAt);
  const now = new Date();
  const open = appointment.status === "booked" && appointment.startsAt.getTime() > now.getTime();
  const today = berlinDate(now);
  const fromAsked = query.from;
  const from = fromAsked && isCalendarDay(fromAsked) && fromAsked > today ? fromAsked : today;
  const slots = open ? await slotsForRebooking(appointment, { now, from, limit: 16 }) : [];
  const byDay = new Map<string, typeof slots>();
  for (const slot of slots) byDay.set(berlinDate(slot.start), [...(byDay.get(berlinDate(slot.start)) ?? []), slot]);
  const problem = PROBLEMS[query.error ?? ""];

  return (
    <>
      <h1 className="text-2xl font-bold">Umbuchen: {appointment.citizen.name}</h1>
      <Facts
        facts={[
          ["Bisher", `${whenText(appointment.startsAt)} Uhr`],
          ["Anliegen", title],
          ["Standort", appointment.location.name],
          [
            "Vorgangsnummer",
            <span key="reference" className="font-mono">
              {appointment.reference}
            </span>,
          ],
        ]}
      />
      {problem ? <StaffNotice tone="problem">{problem}</StaffNotice> : null}
      {fromAsked && !isCalendarDay(fromAsked) ? (
        <StaffNotice tone="problem">
          „{fromAsked.slice(0, 40)}“ ist kein Datum, das es gibt. Die Zeiten ab heute:
        </StaffNotice>
      ) : null}
      {open ? (
        <form method="get" action={`${DAY_PATH}/rebook`} className="mt-6 flex flex-wrap items-end gap-4">
          <input type="hidden" name="appointment" value={appointment.id} />
          {back.location ? <input type="hidden" name="location" value={back.location} /> : null}
          {back.day ? <input type="hidden" name="day" value={back.day} /> : null}
          <div>
            <label htmlFor="from" className="block font-semibold">
              Freie Zeiten ab
            </label>
            <input
              id="from"
              name="from"
              type="date"
              defaultValue={from}
              min={today}
              required
              className="mt-1 block min-h-11 rounded border-2 border-ink bg-white px-3 py-2"
            />
          </div>
          <Button variant="secondary">Zeiten zeigen</Button>
        </form>
      ) : null}
      {!open ? (
        <StaffNotice tone="problem">
          Dieser Termin lässt sich nicht mehr umbuchen: er ist{" "}
          {appointment.status === "booked" ? "schon begonnen" : STATUS_LABEL[appointment.status]}.
        </StaffNotice>
      ) : slots.length === 0 ? (
        <StaffNotice tone="problem">Ab diesem Tag ist hier keine Zeit für dieses Anliegen mehr frei.</StaffNotice>
      ) : (
        <form method="post" action={`${DAY_PATH}/rebook/save`} className="mt-6">
          <input type="hidden" name="appointment" value={appointment.id} />
          <input type="hidden" name="location" value={back.location ?? ""} />
          <input type="hidden" name="day" value={back.day ?? ""} />
          <fieldset>
            <legend className="text-xl font-bold">Neue Zeit wählen</legend>
            <p className="mt-1 text-muted">
              Die nächsten freien Zeiten, auch die für die Eingangszone freigehaltenen Plätze (markiert). Die Person
              bekommt die Änderung mit einem neuen Link zu ihrem Termin per E-Mail oder SMS; der alte Link gilt dann
              nicht mehr.
            </p>
            {[...byDay].map(([day, daySlots]) => (
              <div key={day} className="mt-4">
                <h2 id={`day-${day}`} className="font-semibold">
                  {dayText(day)}
                </h2>
                <ul aria-labelledby={`day-${day}`} className="mt-1 flex flex-wrap gap-2">
                  {daySlots.map((slot, index) => {
                    const id = `slot-${day}-${index}`;
                    return (
                      <li key={id}>
                        <label
                          htmlFor={id}
                          className="flex min-h-11 cursor-pointer items-center gap-2 rounded border-2 border-line px-3 py-1 has-[:checked]:border-brand has-[:checked]:bg-surface"
                        >
                          <input
                            id={id}
                            type="radio"
                            name="start"
                            value={toBerlinIso(slot.start)}
                            required
                            className="h-5 w-5"
                          />
                          <span className="tabular-nums">{berlinTime(slot.start)} Uhr</span>
                          {slot.frontDeskOnly ? (
                            <span className="text-sm text-muted">(Platz der Eingangszone)</span>
                          ) : null}
                        </label>
                      </li>
                    );
                  })}
                </ul>
              </div>
            ))}
          </fieldset>
          <Button className="mt-6">Auf diese Zeit umbuchen</Button>
        </form>
      )}
      <p className="mt-6">
        <a href={dayPath(back)}>Abbrechen, zurück zur Tagesübersicht</a>
      </p>
    </>
  );
}
