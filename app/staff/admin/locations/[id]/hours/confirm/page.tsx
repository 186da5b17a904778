// Before new opening hours drop booked appointments (a day closed, shorter hours, fewer places):
// the admin sees each and confirms that exactly these are cancelled; "Nicht speichern" has the
// focus and changes nothing. The hours as typed wait on the server (the draft in the address).
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CancelBookedGone, CancelBookedQuestion } from "@/components/staff/affected-appointments";
import { bookedOutsideHours, findLocationForAdmin, readOpeningHours } from "@/lib/booking";
import { queryText, readQuery } from "@/lib/list-query";
import { openStaffForm, staffPage } from "@/lib/staff";
import { CANCEL_BOOKED, locationPath, when, type ConfirmPageProps } from "../../closures/confirm/path";

export const metadata: Metadata = { title: "Öffnungszeiten mit gebuchten Terminen" };
export const dynamic = "force-dynamic";

export default async function HoursConfirmPage({ params, searchParams }: ConfirmPageProps) {
  const { id } = await params;
  const {
    data: { location, draftId, dropped },
  } = await staffPage("locations.manage", {
    returnTo: locationPath(id),
    view: {
      load: async (session) => {
        const draftId = readQuery({ draft: queryText() }, await searchParams).draft ?? "";
        const location = (await findLocationForAdmin(undefined, id)) ?? notFound();
        const hours = readOpeningHours(await openStaffForm(draftId, session.staff.id, "hours"));
        // No hours as typed (the draft gone): nothing is read, nothing shown.
        const dropped = hours.ok ? await bookedOutsideHours(undefined, location.id, hours.value) : null;
        return { location, draftId, dropped };
      },
      event: ({ location, dropped }) =>
        dropped
          ? {
              action: "location.hours-checked",
              citizenId: null,
              object: { type: "location", id: location.id },
              details: { count: dropped.length },
            }
          : null,
    },
  });
  const back = locationPath(id);
  if (!dropped)
    return (
      <CancelBookedGone
        heading="Öffnungszeiten"
        problem="Diese Änderung ist nicht mehr vorhanden (nach einer Stunde verworfen). Bitte tragen Sie die Öffnungszeiten noch einmal ein."
        back={`${back}#hours`}
      />
    );
  const count = dropped.length;
  return (
    <CancelBookedQuestion
      heading={`Öffnungszeiten mit gebuchten Terminen: ${location.name}`}
      intro={`${count === 1 ? "Ein gebuchter Termin liegt" : `${count} gebuchte Termine liegen`} außerhalb der neuen Öffnungszeiten oder über den neuen Plätzen. Mit dem Speichern werden sie abgesagt.`}
      rows={dropped.map((appointment) => ({ ...appointment, when: when(appointment.startsAt) }))}
      action={`${back}/hours`}
      fields={{ draft: draftId, confirm: CANCEL_BOOKED }}
      back={`${back}#hours`}
      keepLabel="Nicht speichern"
      verb="Speichern"
      unchanged="Öffnungszeiten speichern"
    />
  );
}
