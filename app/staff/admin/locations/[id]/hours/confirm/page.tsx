// Before new opening hours drop booked appointments (a day closed, shorter hours, fewer places):
// the admin sees each and confirms that exactly these are cancelled; "Nicht speichern" has the
// focus and changes nothing. The hours as typed wait on the server (the draft in the address).
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AffectedAppointments } from "@/components/staff/affected-appointments";
import { StaffNotice } from "@/components/staff/notice";
import { bookedOutsideHours, findLocationForAdmin, readOpeningHours } from "@/lib/booking";
import { auditView, openStaffForm, staffPage } from "@/lib/staff";
import { CANCEL_BOOKED, when } from "../../closures/confirm/path";

export const metadata: Metadata = { title: "Öffnungszeiten mit gebuchten Terminen" };
export const dynamic = "force-dynamic";

type Query = Record<string, string | string[] | undefined>;

export default async function HoursConfirmPage({
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
  const { draft } = await searchParams;
  const location = await findLocationForAdmin(undefined, id);
  if (!location) notFound();
  const draftId = typeof draft === "string" ? draft : "";
  const hours = readOpeningHours(await openStaffForm(draftId, session.staff.id, "hours"));
  if (!hours.ok)
    return (
      <>
        <h1 className="text-2xl font-bold">Öffnungszeiten</h1>
        <StaffNotice tone="problem">
          Diese Änderung ist nicht mehr vorhanden (nach einer Stunde verworfen). Bitte tragen Sie die Öffnungszeiten
          noch einmal ein.
        </StaffNotice>
        <p className="mt-4">
          <a href={`${locationPath}#hours`}>Zurück zum Standort</a>
        </p>
      </>
    );
  const dropped = await bookedOutsideHours(undefined, location.id, hours.value);
  await auditView(session, {
    action: "location.hours-checked",
    citizenId: null,
    object: { type: "location", id: location.id },
    details: { count: dropped.length },
  });
  return (
    <>
      <h1 className="text-2xl font-bold">Öffnungszeiten mit gebuchten Terminen: {location.name}</h1>
      <p className="mt-2">
        {dropped.length === 1 ? "Ein gebuchter Termin liegt" : `${dropped.length} gebuchte Termine liegen`} außerhalb
        der neuen Öffnungszeiten oder über den neuen Plätzen. Mit dem Speichern werden sie abgesagt.
      </p>
      <AffectedAppointments
        rows={dropped.map((appointment) => ({ ...appointment, when: when(appointment.startsAt) }))}
        action={`${locationPath}/hours`}
        fields={{ draft: draftId, confirm: CANCEL_BOOKED }}
        cancelHref={`${locationPath}#hours`}
        cancelLabel="Nicht speichern"
        confirmLabel={
          dropped.length === 0
            ? "Öffnungszeiten speichern"
            : `Speichern und ${dropped.length === 1 ? "den Termin" : `${dropped.length} Termine`} absagen`
        }
      />
    </>
  );
}
