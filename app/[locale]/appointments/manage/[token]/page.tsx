// The private manage link: the appointment (and, right after booking, the confirmation), with
// reschedule, cancel and, for video, consent, device check and the join button.
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Confirmation } from "@/components/booking/confirmation";
import { SummaryList } from "@/components/booking/summary-list";
import { VideoPanel } from "@/components/booking/video-panel";
import { FinishedFlowPanels } from "@/components/feedback/finished-flow-panels";
import { finishedFlow } from "@/app/[locale]/finished-flow";
import { ButtonLink } from "@/components/ui/buttons";
import {
  findByToken,
  isOpen,
  icsUrl,
  manageUrl,
  placeText,
  bookingPath,
  formatWhen,
  bookingPageMetadata,
} from "@/lib/booking";
import { requestTypeTitle, textLanguage, whatToBring } from "@/lib/journey";
import { publicBaseUrl } from "@/lib/env";
import { languageName } from "@/i18n/locales";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: string; token: string }>;
  searchParams: Promise<{ booked?: string; done?: string }>;
};

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  return bookingPageMetadata(params, (await searchParams).booked === "1" ? "done.title" : "manage.title", {
    private: true,
  });
}

export default async function ManagePage({ params, searchParams }: Props) {
  const { locale, token } = await params;
  setRequestLocale(locale);
  const search = await searchParams;
  const t = await getTranslations("booking");
  const appointment = await findByToken(token).catch(() => null);
  if (!appointment) {
    return (
      <>
        <h1 className="text-2xl font-bold">{t("manage.title")}</h1>
        <p className="mt-2">{t("manage.notFound")}</p>
      </>
    );
  }
  const open = isOpen(appointment);
  const bringLanguage = textLanguage(appointment.requestType.whatToBring as Record<string, unknown>, locale);
  const status =
    appointment.status === "booked"
      ? t("manage.statusBooked")
      : appointment.status === "cancelled"
        ? t("manage.statusCancelled")
        : t("manage.statusDone");
  const justBooked = search.booked === "1" && appointment.status === "booked";
  const notice =
    search.done === "rescheduled"
      ? t("manage.rescheduled")
      : search.done === "cancelled" && appointment.status === "cancelled"
        ? t("manage.cancelled")
        : null;
  return (
    <>
      <h1 className="text-2xl font-bold">{justBooked ? t("done.title") : t("manage.title")}</h1>
      {notice ? (
        <p role="status" className="mt-4 border-s-4 border-brand bg-surface p-3 font-semibold">
          {notice}
        </p>
      ) : null}
      <p className="mt-4">
        {t("done.reference")}:{" "}
        <strong className="font-mono text-2xl" data-testid="reference">
          {appointment.reference}
        </strong>
      </p>
      <SummaryList
        rows={[
          { label: t("check.what"), value: requestTypeTitle(appointment.requestType, locale) },
          { label: t("check.when"), value: formatWhen(locale, appointment.startsAt) },
          { label: t("check.where"), value: placeText({ ...appointment, language: locale }) },
          ...(appointment.interpreterLanguage
            ? [{ label: t("check.interpreter"), value: languageName(locale, appointment.interpreterLanguage) }]
            : []),
          ...(appointment.accessibilityNeeds
            ? [{ label: t("check.accessibility"), value: appointment.accessibilityNeeds }]
            : []),
          { label: t("manage.status"), value: status },
        ]}
      />
      {open ? (
        <>
          <Confirmation
            reference={appointment.reference}
            channel={appointment.channel}
            urls={{
              calendar: icsUrl(token),
              manage: manageUrl(locale, token),
              checkIn: `${publicBaseUrl()}/staff/check-in/${encodeURIComponent(appointment.reference)}`,
            }}
            bring={whatToBring(appointment.requestType, locale)}
            bringLanguage={bringLanguage === locale ? undefined : bringLanguage}
          />
          {appointment.channel === "video" ? (
            <VideoPanel locale={locale} token={token} appointment={appointment} />
          ) : null}
          <div className="mt-6 flex flex-col gap-3 sm:flex-row">
            <ButtonLink variant="secondary" href={bookingPath(locale, `/appointments/manage/${token}/reschedule`)}>
              {t("manage.reschedule")}
            </ButtonLink>
            <ButtonLink
              variant="danger"
              className="text-white! hover:text-white!"
              href={bookingPath(locale, `/appointments/manage/${token}/cancel`)}
            >
              {t("manage.cancel")}
            </ButtonLink>
          </div>
        </>
      ) : null}
      {justBooked ? <FinishedFlowPanels locale={locale} {...await finishedFlow(appointment.journeyId)} /> : null}
    </>
  );
}
