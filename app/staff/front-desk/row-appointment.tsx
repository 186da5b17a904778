// What the pages a day-view row opens (cancel, rebook) share: the appointment they are about (another
// location's appointment answers 403; its viewing is recorded by the door, with appointmentViewed),
// and the page for an appointment that does not exist (any more).
import { StaffNotice } from "@/components/staff/notice";
import { findAppointmentById } from "@/lib/booking";
import { assertLocation, type StaffSession } from "@/lib/staff";

/** The appointment with the German title of its request type; null for an unknown or malformed id. */
export async function rowAppointment(session: StaffSession, id: string | undefined) {
  const appointment = await findAppointmentById(id ?? "");
  if (!appointment) return null;
  await assertLocation(session, appointment.locationId);
  const title = (appointment.requestType.title as Record<string, string>).de ?? appointment.requestTypeKey;
  return { appointment, title };
}

/** The page in place of one about an appointment that is not there, with the way back to the day. */
export function AppointmentGone({ heading, back }: { heading: string; back: string }) {
  return (
    <>
      <h1 className="text-2xl font-bold">{heading}</h1>
      <StaffNotice tone="problem">Diesen Termin gibt es nicht (mehr).</StaffNotice>
      <p className="mt-4">
        <a href={back}>Zurück zur Tagesübersicht</a>
      </p>
    </>
  );
}
