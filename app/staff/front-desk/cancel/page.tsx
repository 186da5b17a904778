// "Stornieren …" on a row of the day view asks here first: who, when and what, that the person is
// told, and one button that cancels (a plain post to ./confirm). "Nein" has the focus and goes back
// to the day unchanged: a destructive step is never one keystroke away.
import type { Metadata } from "next";
import { Facts } from "@/components/staff/facts";
import { StaffNotice } from "@/components/staff/notice";
import { Button } from "@/components/ui/buttons";
import { appointmentViewed, staffPage } from "@/lib/staff";
import { berlinDate } from "@/lib/time";
import { DAY_PATH, dayPath, STATUS_LABEL, whenText } from "../day";
import { AppointmentGone, rowAppointment } from "../row-appointment";
import { queryText, readQuery, type SearchParams } from "@/lib/list-query";

export const metadata: Metadata = { title: "Stornieren" };
export const dynamic = "force-dynamic";

export default async function CancelPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { data: found } = await staffPage("appointment.cancel", {
    returnTo: DAY_PATH,
    view: {
      load: async (session) =>
        rowAppointment(session, readQuery({ appointment: queryText(200) }, await searchParams).appointment),
      event: (found) => appointmentViewed(found?.appointment ?? null),
    },
  });
  if (!found) return <AppointmentGone heading="Stornieren" back={DAY_PATH} />;
  const { appointment, title } = found;
  const back = { location: appointment.locationId ?? undefined, day: berlinDate(appointment.startsAt) };
  const now = new Date();
  const open = appointment.status === "booked" && appointment.startsAt.getTime() > now.getTime();
  const reachable = Boolean(appointment.citizen.email || appointment.citizen.phone);

  return (
    <>
      <h1 className="text-2xl font-bold">Stornieren: {appointment.citizen.name}</h1>
      <Facts
        facts={[
          ["Termin", `${whenText(appointment.startsAt)} Uhr`],
          ["Anliegen", title],
          ["Standort", appointment.location.name],
          [
            "Vorgangsnummer",
            <span key="reference" className="font-mono">
              {appointment.reference}
            </span>,
          ],
          ["Status", STATUS_LABEL[appointment.status]],
        ]}
      />
      {open ? (
        <form method="post" action={`${DAY_PATH}/cancel/confirm`} className="mt-6">
          <input type="hidden" name="appointment" value={appointment.id} />
          <input type="hidden" name="location" value={back.location ?? ""} />
          <input type="hidden" name="day" value={back.day} />
          <p className="mb-4">
            {reachable
              ? "Die Person bekommt die Absage per E-Mail oder SMS."
              : "Die Person hat weder E-Mail noch Telefon angegeben: Bitte sagen Sie ihr die Absage selbst."}{" "}
            Der Platz wird danach wieder frei.
          </p>
          <div className="flex flex-wrap items-center gap-4">
            {/* The safe choice has the focus: Enter on a page opened by mistake cancels nothing. */}
            <a href={dayPath(back)} autoFocus>
              Nein, zurück zur Tagesübersicht
            </a>
            <Button variant="danger">Ja, stornieren</Button>
          </div>
        </form>
      ) : (
        <>
          <StaffNotice tone="problem">
            Dieser Termin lässt sich nicht mehr stornieren: er ist {STATUS_LABEL[appointment.status]}
            {appointment.status === "booked" ? " und hat schon begonnen" : ""}.
          </StaffNotice>
          <p className="mt-4">
            <a href={dayPath(back)}>Zurück zur Tagesübersicht</a>
          </p>
        </>
      )}
    </>
  );
}
