// The printable confirmation of an appointment booked for someone: in the person's language (right
// to left where it is written so), with reference, time, place, what to bring, the QR code of the
// check-in and the manage link as an address to type (its code comes from the booking post, in a
// cookie of this page; reprinted later, a new code is made on request). Printing leaves the staff frame and this page's own buttons out.
import type { Metadata } from "next";
import { cookies } from "next/headers";
import { PrintedConfirmation } from "@/components/booking/printed-confirmation";
import { PrintButton } from "@/components/staff/print-button";
import { Button, ButtonLink } from "@/components/ui/buttons";
import { languageName, rtlLocales, type Locale } from "@/i18n/locales";
import { languageName as germanLanguageName } from "@/lib/languages";
import { textsFor } from "@/i18n/translator";
import { findAppointmentByReference, formatWhen, isOpen, placeText } from "@/lib/booking";
import { publicBaseUrl } from "@/lib/env";
import { requestTypeTitle, textLanguage, whatToBring } from "@/lib/journey";
import { appointmentViewed, assertLocation, confirmationPath, PRINT_CODE_COOKIE, staffPage } from "@/lib/staff";
import { berlinDate } from "@/lib/time";
import { parseManageCode } from "@/lib/tokens";

export const metadata: Metadata = { title: "Terminbestätigung drucken" };
export const dynamic = "force-dynamic";

export default async function ConfirmationPage({ params }: { params: Promise<{ reference: string }> }) {
  const { reference } = await params;
  const { data: appointment } = await staffPage("appointment.print-confirmation", {
    returnTo: `/staff/front-desk/confirmation/${encodeURIComponent(reference)}`,
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
  if (!appointment) {
    return (
      <>
        <h1 className="text-2xl font-bold">Termin nicht gefunden</h1>
        <p className="mt-2">Zur Vorgangsnummer „{reference}“ gibt es keinen Termin.</p>
        <p className="mt-4">
          <a href="/staff/front-desk/book">Termin für jemanden buchen</a>
        </p>
      </>
    );
  }

  const language = appointment.language;
  const t = textsFor(language, "booking");
  const code = parseManageCode((await cookies()).get(PRINT_CODE_COOKIE)?.value ?? "");
  const base = publicBaseUrl();
  const bringLanguage = textLanguage(appointment.requestType.whatToBring as Record<string, unknown>, language);
  const inPerson = appointment.channel === "in_person";
  const renewable = isOpen(appointment);
  const day = berlinDate(appointment.startsAt);
  const dayView = `/staff/front-desk?${new URLSearchParams({ ...(inPerson ? { location: appointment.locationId } : {}), day })}`;
  const nextBooking = `/staff/front-desk/book${inPerson ? `?location=${encodeURIComponent(appointment.locationId)}` : ""}`;
  return (
    <>
      <div className="print:hidden">
        <h1 className="text-2xl font-bold">Gebucht für {appointment.citizen.name}</h1>
        <p role="status" className="mt-3 border-s-4 border-brand bg-surface p-3">
          Termin {appointment.reference} ist gebucht. Bestätigung in der Sprache der Person:{" "}
          {germanLanguageName(language)}.
          {code
            ? " Der Ausdruck enthält einen neuen Code zum Ändern; ein früher gedruckter Code gilt nicht mehr."
            : null}
        </p>
        {!code && renewable ? (
          <form method="post" action={`${confirmationPath(appointment.reference)}/renew`} className="mt-4">
            <p className="mb-2">
              Dieser Ausdruck hat keinen Code zum Ändern. Mit einem neuen Code gelten der bisherige Code und der
              bisherige Link aus E-Mail oder SMS nicht mehr.
            </p>
            <Button variant="secondary">Mit neuem Code zum Ändern drucken</Button>
          </form>
        ) : null}
        {!code && !renewable ? (
          <p className="mt-4">Der Termin ist nicht mehr offen: der Ausdruck hat keinen Code zum Ändern.</p>
        ) : null}
        <div className="mt-4 flex flex-wrap items-center gap-3">
          <PrintButton />
          <ButtonLink variant="secondary" href={nextBooking}>
            Nächste Buchung
          </ButtonLink>
          <a href={dayView}>Zur Tagesübersicht</a>
        </div>
      </div>
      <PrintedConfirmation
        t={t}
        language={language}
        rtl={(rtlLocales as readonly string[]).includes(language as Locale)}
        appointment={{
          reference: appointment.reference,
          channel: appointment.channel,
          requestType: requestTypeTitle(appointment.requestType, language),
          when: formatWhen(language, appointment.startsAt),
          place: placeText(appointment),
          interpreter: appointment.interpreterLanguage ? languageName(language, appointment.interpreterLanguage) : null,
          accessibilityNeeds: appointment.accessibilityNeeds,
          checkInUrl: `${base}/staff/check-in/${encodeURIComponent(appointment.reference)}`,
          manageAddress: code ? `${base.replace(/^https?:\/\//, "")}/t/${code}` : null,
          bring: whatToBring(appointment.requestType, language),
          bringLanguage: bringLanguage === language ? undefined : bringLanguage,
        }}
      />
    </>
  );
}
