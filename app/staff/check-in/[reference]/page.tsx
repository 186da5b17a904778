// Where the QR code of a confirmation leads: the appointment for the front desk to check the person
// in (a plain post to ./confirm; on another day only after the question), and for caseworkers the same video link the person joins.
import type { Metadata } from "next";
import { Facts } from "@/components/staff/facts";
import { OtherDayQuestion } from "@/components/staff/other-day-question";
import { Button } from "@/components/ui/buttons";
import { findAppointmentByReference, isOtherDay, otherDayQuestion, videoUrl } from "@/lib/booking";
import { appointmentViewed, assertLocation, can, staffPage } from "@/lib/staff";
import { languageName } from "@/lib/languages";
import { STATUS_LABEL as STATUS } from "../../front-desk/day";

export const metadata: Metadata = { title: "Termin" };
export const dynamic = "force-dynamic";

const CHANNEL = { online: "online", video: "Video", in_person: "persönlich", phone: "Telefon" } as const;
const dateTime = new Intl.DateTimeFormat("de-DE", { dateStyle: "full", timeStyle: "short", timeZone: "Europe/Berlin" });

export default async function CheckInPage({
  params,
  searchParams,
}: {
  params: Promise<{ reference: string }>;
  searchParams: Promise<{ result?: string }>;
}) {
  const { reference } = await params;
  const { session, data: appointment } = await staffPage("appointment.view", {
    returnTo: `/staff/check-in/${encodeURIComponent(reference)}`,
    view: {
      load: async (session) => {
        const appointment = await findAppointmentByReference(reference);
        // Another location's appointment is refused (403) before anything of it is shown or recorded.
        if (appointment) await assertLocation(session, appointment.locationId);
        return appointment;
      },
      event: appointmentViewed,
    },
  });
  const { result } = await searchParams;
  if (!appointment) {
    return (
      <>
        <h1 className="text-2xl font-bold">Termin nicht gefunden</h1>
        <p className="mt-2">Zur Vorgangsnummer „{reference}“ gibt es keinen Termin.</p>
      </>
    );
  }

  // Video appointments have nobody to arrive at the counter.
  const canCheckIn =
    can(session.staff.role, "appointment.check-in") &&
    appointment.status === "booked" &&
    appointment.channel === "in_person";
  const confirmPath = `/staff/check-in/${encodeURIComponent(reference)}/confirm`;
  const joinUrl =
    appointment.channel === "video" && appointment.roomName ? await videoUrl(appointment.roomName, appointment) : null;
  return (
    <>
      <h1 className="text-2xl font-bold">Termin {appointment.reference}</h1>
      {result === "checked-in" ? (
        <p role="status" className="mt-4 border-s-4 border-brand bg-surface p-3">
          Eingecheckt.
        </p>
      ) : null}
      {result === "already" ? (
        <p role="status" className="mt-4 border-s-4 border-brand bg-surface p-3">
          War schon eingecheckt.
        </p>
      ) : null}
      {result === "not-possible" ? (
        <p role="alert" className="mt-4 border-s-4 border-accent bg-surface p-3">
          Einchecken ist für diesen Termin nicht möglich ({STATUS[appointment.status]}).
        </p>
      ) : null}
      <Facts
        facts={[
          ["Person", appointment.citizen.name],
          ["Wann", dateTime.format(appointment.startsAt)],
          ["Wie", `${CHANNEL[appointment.channel]}, ${appointment.location.name}`],
          ["Anliegen", (appointment.requestType.title as Record<string, string>).de ?? appointment.requestTypeKey],
          ["Status", STATUS[appointment.status]],
          ["Dolmetschen", languageName(appointment.interpreterLanguage)],
          ["Barrierefreiheit", appointment.accessibilityNeeds],
        ]}
      />
      {joinUrl ? (
        <p className="mt-4">
          <a href={joinUrl} rel="noopener noreferrer">
            Videoraum öffnen (derselbe Link wie für die Person)
          </a>
        </p>
      ) : null}
      {canCheckIn && isOtherDay(appointment.startsAt) ? (
        <OtherDayQuestion
          question={otherDayQuestion(appointment.startsAt)}
          action={confirmPath}
          fields={{}}
          cancelHref="/staff/front-desk/check-in"
        />
      ) : null}
      {canCheckIn && !isOtherDay(appointment.startsAt) ? (
        <form method="post" action={confirmPath} className="mt-6">
          <Button>Person einchecken</Button>
        </form>
      ) : null}
    </>
  );
}
