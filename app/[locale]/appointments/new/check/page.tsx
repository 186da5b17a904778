// Check answers, then book. The booking is idempotent by the draft, so a double click or a resent
// form books once.
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ProofOfWork } from "@/components/booking/proof-of-work";
import { SummaryList } from "@/components/booking/summary-list";
import { Button } from "@/components/ui/buttons";
import { ErrorSummary } from "@/components/ui/error-summary";
import { loadDraft, bookingPath, newProofOfWorkChallenge, formatWhen, bookingPageMetadata } from "@/lib/booking";
import { toApiChannel } from "@/lib/channels";
import { db } from "@/lib/db";
import { requestTypeTitle } from "@/lib/journey";
import { languageName } from "@/i18n/locales";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  return bookingPageMetadata(params, "steps.check");
}

export default async function CheckPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ draft?: string }>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("booking");
  const draft = await loadDraft((await searchParams).draft);
  if (!draft) {
    return (
      <>
        <h1 className="text-2xl font-bold">{t("steps.check")}</h1>
        <p className="mt-2">{t("errors.expired")}</p>
        <p className="mt-4">
          <a href={bookingPath(locale, "/")}>{t("back")}</a>
        </p>
      </>
    );
  }
  const { data } = draft;
  const { person } = data;
  const [requestType, location] = await Promise.all([
    db.requestType.findUnique({ where: { key: data.requestType } }),
    db.location.findUnique({ where: { id: data.locationId } }),
  ]);
  const details = {
    href: bookingPath(locale, "/appointments/new/details", { draft: draft.token }),
    label: t("change"),
  };
  const time = {
    href: bookingPath(locale, "/appointments/new/time", {
      requestType: data.requestType,
      channel: toApiChannel(data.channel),
      location: data.locationId,
      journey: data.journeyId ?? undefined,
    }),
    label: t("change"),
  };
  const rows = [
    { label: t("check.what"), value: requestType ? requestTypeTitle(requestType, locale) : data.requestType },
    { label: t("check.how"), value: data.channel === "video" ? t("channel.video") : t("channel.inPerson") },
    ...(data.channel === "in_person" && location
      ? [
          {
            label: t("check.where"),
            value: `${location.name}\n${location.street ?? ""}, ${location.postalCode ?? ""} ${location.city ?? ""}`,
          },
        ]
      : []),
    { label: t("check.when"), value: formatWhen(locale, new Date(data.start)), change: time },
    {
      label: t("check.who"),
      value: person.customerNumber ? `${person.name} (${person.customerNumber})` : person.name,
      change: details,
    },
    { label: t("check.contact"), value: [person.email, person.phone].filter(Boolean).join("\n"), change: details },
    ...(data.interpreter
      ? [{ label: t("check.interpreter"), value: languageName(locale, data.interpreter), change: details }]
      : []),
    ...(data.accessibilityNeeds
      ? [{ label: t("check.accessibility"), value: data.accessibilityNeeds, change: details }]
      : []),
    ...(data.note ? [{ label: t("check.note"), value: data.note, change: details }] : []),
  ];
  const formError = draft.errors.form;
  return (
    <>
      <h1 className="text-2xl font-bold">{t("steps.check")}</h1>
      {formError ? (
        <ErrorSummary title={t("errors.title")} errors={[{ fieldId: "confirm", message: t(`errors.${formError}`) }]} />
      ) : null}
      <SummaryList rows={rows} />
      {data.channel === "video" ? <p className="mt-4">{t("details.consentHint")}</p> : null}
      <form method="post" action={bookingPath(locale, "/appointments/new/check/confirm")} className="mt-6">
        <input type="hidden" name="draft" value={draft.token} />
        <ProofOfWork challenge={await newProofOfWorkChallenge()} />
        <Button id="confirm">{t("check.submit")}</Button>
      </form>
    </>
  );
}
