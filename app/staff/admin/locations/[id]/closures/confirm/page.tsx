// Before a closure falls on booked appointments: the admin sees each (time, person, whether they
// can be told by e-mail or SMS) and confirms that exactly these are cancelled; "Nicht schließen"
// has the focus and changes nothing. After confirming, the same address says how many were
// cancelled and lists the people without contact details, to be called or written to.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { StaffNotice } from "@/components/staff/notice";
import { AffectedAppointments } from "@/components/staff/affected-appointments";
import { bookedDuring, cancelledWithoutContact, findLocationForAdmin, parseClosure } from "@/lib/booking";
import { auditView, staffPage } from "@/lib/staff";
import { CANCEL_BOOKED, when } from "./path";

export const metadata: Metadata = { title: "Schließung mit gebuchten Terminen" };
export const dynamic = "force-dynamic";

type Query = Record<string, string | string[] | undefined>;
const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";

const dateFormat = new Intl.DateTimeFormat("de-DE", {
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
  timeZone: "Europe/Berlin",
});
const dayOf = (isoDay: string) => dateFormat.format(new Date(`${isoDay}T12:00:00Z`));

export default async function ClosureConfirmPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Query>;
}) {
  const { id } = await params;
  const session = await staffPage("locations.manage", {
    returnTo: `/staff/admin/locations/${encodeURIComponent(id)}`,
  });
  const locationPath = `/staff/admin/locations/${encodeURIComponent(id)}`;
  const query = await searchParams;
  const location = await findLocationForAdmin(undefined, id);
  if (!location) notFound();
  const closure = parseClosure({ startsOn: one(query.startsOn), endsOn: one(query.endsOn), reason: one(query.reason) });
  if (!closure.ok)
    return (
      <>
        <h1 className="text-2xl font-bold">Schließung</h1>
        <StaffNotice tone="problem">
          Diese Schließung ist unvollständig. Bitte tragen Sie sie noch einmal ein.
        </StaffNotice>
        <p className="mt-4">
          <a href={`${locationPath}#closures`}>Zurück zum Standort</a>
        </p>
      </>
    );
  const { startsOn, endsOn, reason } = closure.value;
  const days = startsOn === endsOn ? dayOf(startsOn) : `${dayOf(startsOn)} bis ${dayOf(endsOn)}`;

  const done = /^\d{1,5}$/.test(one(query.cancelled)) ? Number(one(query.cancelled)) : null;
  if (done !== null) {
    const toTell = await cancelledWithoutContact(undefined, location.id, closure.value);
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
          <a href={`${locationPath}#closures`}>Zurück zum Standort</a>
        </p>
      </>
    );
  }

  const booked = await bookedDuring(undefined, location.id, closure.value);
  await auditView(session, {
    action: "location.closure-checked",
    citizenId: null,
    object: { type: "location", id: location.id },
    details: { startsOn, endsOn, count: booked.length },
  });
  return (
    <>
      <h1 className="text-2xl font-bold">Schließung mit gebuchten Terminen: {location.name}</h1>
      <p className="mt-2">
        {days} ({reason}): {booked.length === 1 ? "Ein Termin ist gebucht" : `${booked.length} Termine sind gebucht`}.
        Mit der Schließung werden sie abgesagt.
      </p>
      <AffectedAppointments
        rows={booked.map((appointment) => ({ ...appointment, when: when(appointment.startsAt) }))}
        action={`${locationPath}/closures`}
        fields={{ startsOn, endsOn, reason, confirm: CANCEL_BOOKED }}
        cancelHref={`${locationPath}#closures`}
        cancelLabel="Nicht schließen"
        confirmLabel={
          booked.length === 0
            ? "Schließung eintragen"
            : `Schließen und ${booked.length === 1 ? "den Termin" : `${booked.length} Termine`} absagen`
        }
      />
    </>
  );
}
