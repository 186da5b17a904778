// Before a closure falls on booked appointments: the admin sees each (time, person, whether they
// can be told by e-mail or SMS) and confirms that exactly these are cancelled; "Nicht schließen"
// has the focus and changes nothing. After confirming, the same address says how many were
// cancelled and lists the people without contact details, to be called or written to.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { StaffNotice } from "@/components/staff/notice";
import { CancelBookedGone, CancelBookedQuestion } from "@/components/staff/affected-appointments";
import { bookedDuring, cancelledWithoutContact, findLocationForAdmin, parseClosure } from "@/lib/booking";
import { queryText, readQuery } from "@/lib/list-query";
import { staffPage } from "@/lib/staff";
import { CANCEL_BOOKED, locationPath, when, type ConfirmPageProps } from "./path";

export const metadata: Metadata = { title: "Schließung mit gebuchten Terminen" };
export const dynamic = "force-dynamic";

const CLOSURE_QUERY = {
  startsOn: queryText(),
  endsOn: queryText(),
  reason: queryText(),
  /** after confirming: how many appointments were cancelled */
  cancelled: z.string().regex(/^\d{1,5}$/),
};

const dateFormat = new Intl.DateTimeFormat("de-DE", {
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
  timeZone: "Europe/Berlin",
});
const dayOf = (isoDay: string) => dateFormat.format(new Date(`${isoDay}T12:00:00Z`));

export default async function ClosureConfirmPage({ params, searchParams }: ConfirmPageProps) {
  const { id } = await params;
  const {
    data: { location, closure, done, booked, toTell },
  } = await staffPage("locations.manage", {
    returnTo: locationPath(id),
    view: {
      load: async () => {
        const query = readQuery(CLOSURE_QUERY, await searchParams);
        const location = (await findLocationForAdmin(undefined, id)) ?? notFound();
        const closure = parseClosure({
          startsOn: query.startsOn ?? "",
          endsOn: query.endsOn ?? "",
          reason: query.reason ?? "",
        });
        if (!closure.ok) return { location, closure, done: null, booked: [], toTell: [] };
        const done = query.cancelled === undefined ? null : Number(query.cancelled);
        // Before confirming, the booked appointments the closure would cancel; afterwards, those of
        // the cancelled whom nobody can tell by e-mail or SMS.
        if (done === null)
          return {
            location,
            closure,
            done,
            booked: await bookedDuring(undefined, location.id, closure.value),
            toTell: [],
          };
        return {
          location,
          closure,
          done,
          booked: [],
          toTell: await cancelledWithoutContact(undefined, location.id, closure.value),
        };
      },
      event: ({ location, closure, booked, toTell }) =>
        closure.ok
          ? {
              action: "location.closure-checked",
              citizenId: null,
              object: { type: "location", id: location.id },
              details: {
                startsOn: closure.value.startsOn,
                endsOn: closure.value.endsOn,
                count: booked.length + toTell.length,
              },
            }
          : null,
    },
  });
  const back = locationPath(id);
  if (!closure.ok)
    return (
      <CancelBookedGone
        heading="Schließung"
        problem="Diese Schließung ist unvollständig. Bitte tragen Sie sie noch einmal ein."
        back={`${back}#closures`}
      />
    );
  const { startsOn, endsOn, reason } = closure.value;
  const days = startsOn === endsOn ? dayOf(startsOn) : `${dayOf(startsOn)} bis ${dayOf(endsOn)}`;

  if (done !== null) {
    return (
      <>
        <h1 className="text-2xl font-bold">Schließung eingetragen: {location.name}</h1>
        <StaffNotice tone="done">
          {days} ist eingetragen ({reason}). {done === 1 ? "Ein Termin wurde" : `${done} Termine wurden`} abgesagt; wer
          eine E-Mail-Adresse oder Telefonnummer hinterlegt hat, bekommt die Absage in seiner Sprache.
        </StaffNotice>
        <h2 className="mt-6 text-xl font-bold">Bitte anrufen oder schreiben ({toTell.length})</h2>
        {toTell.length === 0 ? (
          <p className="mt-2">Alle abgesagten Personen werden per E-Mail oder SMS benachrichtigt.</p>
        ) : (
          <ul className="mt-2 list-disc ps-6">
            {toTell.map((appointment) => (
              <li key={appointment.id}>
                {appointment.name}, {when(appointment.startsAt)} (Vorgangsnummer {appointment.reference}): keine
                E-Mail-Adresse und keine Telefonnummer hinterlegt
              </li>
            ))}
          </ul>
        )}
        <p className="mt-6">
          <a href={`${back}#closures`}>Zurück zum Standort</a>
        </p>
      </>
    );
  }

  const count = booked.length;
  return (
    <CancelBookedQuestion
      heading={`Schließung mit gebuchten Terminen: ${location.name}`}
      intro={`${days} (${reason}): ${count === 1 ? "Ein Termin ist gebucht" : `${count} Termine sind gebucht`}. Mit der Schließung werden sie abgesagt.`}
      rows={booked.map((appointment) => ({ ...appointment, when: when(appointment.startsAt) }))}
      action={`${back}/closures`}
      fields={{ startsOn, endsOn, reason, confirm: CANCEL_BOOKED }}
      back={`${back}#closures`}
      keepLabel="Nicht schließen"
      verb="Schließen"
      unchanged="Schließung eintragen"
    />
  );
}
