// Checking in at the front desk: one field that takes what a hand scanner types from the
// confirmation's QR code (its address ends in the reference) or the reference typed by hand, and a
// plain post; afterwards who it was. With JavaScript a camera can read the QR code into the field.
import type { Metadata } from "next";
import { CameraScanner } from "@/components/staff/camera-scanner";
import { Facts } from "@/components/staff/facts";
import { StaffNotice } from "@/components/staff/notice";
import { OtherDayQuestion } from "@/components/staff/other-day-question";
import { Button } from "@/components/ui/buttons";
import { findAppointmentByReference, locationsFor, otherDayQuestion } from "@/lib/booking";
import {
  appointmentViewed,
  assertLocation,
  hasNoLocation,
  locationsOf,
  NO_LOCATION_TEXT,
  staffPage,
  withinScope,
} from "@/lib/staff";
import { berlinDate, berlinTime } from "@/lib/time";
import { languageName } from "@/lib/languages";
import { CHECK_IN_PAGE, checkInPath, dayPath, dayText, STATUS_LABEL } from "../day";
import { queryText, readQuery, type SearchParams } from "@/lib/list-query";

export const metadata: Metadata = { title: "Einchecken" };
export const dynamic = "force-dynamic";

export default async function CheckInPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const {
    data: { query, scope, here, appointment },
  } = await staffPage("appointment.check-in", {
    returnTo: CHECK_IN_PAGE,
    view: {
      load: async (session) => {
        const query = readQuery(
          {
            code: queryText(200),
            location: queryText(200),
            notice: queryText(200),
            ref: queryText(200),
            back: queryText(10),
            day: queryText(10),
          },
          await searchParams,
        );
        const [scope, everyLocation] = await Promise.all([locationsOf(session), locationsFor("in_person")]);
        // Checking in at another location is refused (403), and so is showing another location's appointment.
        if (query.location && everyLocation.some((location) => location.id === query.location))
          await assertLocation(session, query.location);
        const locations = withinScope(scope, everyLocation, (location) => location.id);
        const here = locations.find((location) => location.id === query.location);
        const shown =
          query.ref && ["checked-in", "already", "check-in-not-possible", "other-day"].includes(query.notice ?? "");
        const appointment = shown ? await findAppointmentByReference(query.ref ?? "") : null;
        if (appointment) await assertLocation(session, appointment.locationId);
        return { query, scope, here, appointment };
      },
      event: ({ appointment }) => appointmentViewed(appointment),
    },
  });
  const notice = query.notice;

  const fromDay = query.back === "day";
  const today = berlinDate(new Date());
  const day = appointment ? berlinDate(appointment.startsAt) : null;
  const elsewhere = appointment && here && appointment.locationId !== here.id ? appointment.location.name : null;
  const title = appointment
    ? ((appointment.requestType.title as Record<string, string>).de ?? appointment.requestTypeKey)
    : null;

  return (
    <>
      <h1 className="text-2xl font-bold">Einchecken{here ? `: ${here.name}` : ""}</h1>
      <p className="mt-2">
        Den QR-Code der Terminbestätigung mit dem Handscanner lesen oder die Vorgangsnummer eintippen und mit der
        Eingabetaste bestätigen.
      </p>

      {appointment && notice === "other-day" && appointment.status === "booked" ? (
        <>
          <Facts
            className="mt-4"
            facts={[
              ["Person", appointment.citizen.name],
              ["Termin", `${berlinTime(appointment.startsAt)} Uhr, ${day ? dayText(day) : ""}`],
              ["Anliegen", title],
              ["Standort", appointment.location.name],
            ]}
          />
          <OtherDayQuestion
            question={otherDayQuestion(appointment.startsAt)}
            action={`${CHECK_IN_PAGE}/confirm`}
            fields={{
              code: appointment.reference,
              ...(here ? { location: here.id } : {}),
              ...(fromDay ? { back: "day", day: query.day ?? "" } : {}),
            }}
            cancelHref={fromDay ? dayPath({ location: here?.id, day: query.day }) : checkInPath({ location: here?.id })}
          />
        </>
      ) : null}
      {appointment && !["check-in-not-possible", "other-day"].includes(notice ?? "") ? (
        <section role="status" aria-labelledby="result-heading" className="mt-4 border-s-4 border-brand bg-surface p-3">
          <h2 id="result-heading" className="text-xl font-bold">
            {notice === "already"
              ? `War schon eingecheckt: ${appointment.citizen.name}`
              : `Eingecheckt: ${appointment.citizen.name}`}
          </h2>
          <Facts
            className="mt-2"
            facts={[
              ["Termin", `${berlinTime(appointment.startsAt)} Uhr${day !== today && day ? `, ${dayText(day)}` : ""}`],
              ["Anliegen", title],
              [
                "Vorgangsnummer",
                <span key="reference" className="font-mono">
                  {appointment.reference}
                </span>,
              ],
              ["Eingecheckt um", appointment.checkedInAt ? `${berlinTime(appointment.checkedInAt)} Uhr` : null],
              ["Dolmetschen", languageName(appointment.interpreterLanguage)],
              ["Barrierefreiheit", appointment.accessibilityNeeds],
            ]}
          />
          {day !== today && day ? (
            <p className="mt-2 font-semibold">Achtung: Der Termin ist nicht heute, sondern am {dayText(day)}.</p>
          ) : null}
          {elsewhere ? (
            <p className="mt-2 font-semibold">Achtung: Der Termin ist an einem anderen Standort: {elsewhere}.</p>
          ) : null}
        </section>
      ) : null}
      {appointment && notice === "check-in-not-possible" ? (
        <StaffNotice tone="problem">
          {appointment.citizen.name} ({appointment.reference}) lässt sich nicht einchecken: der Termin ist{" "}
          {STATUS_LABEL[appointment.status]}.
        </StaffNotice>
      ) : null}
      {notice === "unknown" ? (
        <StaffNotice tone="problem">
          Zu „{(query.code ?? "").slice(0, 100)}“ gibt es keinen Termin. Bitte die Vorgangsnummer prüfen (sie steht auf
          der Terminbestätigung, z. B. K7PX-3MHQ).
        </StaffNotice>
      ) : null}
      {hasNoLocation(scope) ? <StaffNotice tone="problem">{NO_LOCATION_TEXT}</StaffNotice> : null}
      {notice === "empty" ? (
        <StaffNotice tone="problem">Bitte einen QR-Code scannen oder eine Vorgangsnummer eingeben.</StaffNotice>
      ) : null}

      <form id="check-in-form" method="post" action={`${CHECK_IN_PAGE}/confirm`} className="mt-6 max-w-xl">
        <div className="mb-5">
          <label htmlFor="code" className="block font-semibold">
            QR-Code oder Vorgangsnummer
          </label>
          <p id="code-hint" className="mt-1 text-muted">
            Groß- und Kleinschreibung, Leerzeichen und Bindestriche spielen keine Rolle.
          </p>
          <input
            id="code"
            name="code"
            type="text"
            required
            autoFocus={notice !== "other-day"}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            aria-describedby="code-hint"
            className="mt-1 block min-h-11 w-full rounded border-2 border-ink bg-white px-3 py-2 font-mono text-lg"
          />
        </div>
        {here ? <input type="hidden" name="location" value={here.id} /> : null}
        <Button>Einchecken</Button>
      </form>
      <CameraScanner inputId="code" formId="check-in-form" />
      <p className="mt-8">
        <a href={dayPath({ location: here?.id })}>Zur Tagesübersicht</a>
      </p>
    </>
  );
}
