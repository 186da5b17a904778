// The person's details. Arrives with the chosen time in the URL, or with a draft token after a
// post that had errors (the answers themselves stay on the server).
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { DetailsForm } from "@/components/booking/details-form";
import { loadDraft, newDraftData, bookingPath, formatWhen, bookingPageMetadata } from "@/lib/booking";
import { bookingChannelFromUrl, toApiChannel } from "@/lib/channels";
import { routeLocale } from "@/lib/plain-post";
import NotFound from "../../../not-found";

export const dynamic = "force-dynamic";

type Search = {
  requestType?: string;
  channel?: string;
  location?: string;
  start?: string;
  journey?: string;
  draft?: string;
};

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  return bookingPageMetadata(params, "steps.details");
}

export default async function DetailsPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Search>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const search = await searchParams;
  const t = await getTranslations("booking");
  const draft = await loadDraft(search.draft);
  if (search.draft !== undefined && !draft) {
    return (
      <>
        <h1 className="text-2xl font-bold">{t("steps.details")}</h1>
        <p className="mt-2">{t("errors.expired")}</p>
        <p className="mt-4">
          <a href={bookingPath(locale, "/")}>{t("back")}</a>
        </p>
      </>
    );
  }
  // The time page's choice: a value that does not fit (made up, garbled) finds nothing to book.
  const channel = bookingChannelFromUrl(search.channel) ?? (search.channel === "in_person" ? "in_person" : null);
  const choice = {
    requestType: search.requestType,
    channel,
    locationId: search.location,
    start: search.start,
    journeyId: search.journey,
    language: routeLocale(locale),
  };
  const values = draft?.data ?? newDraftData(choice);
  if (!values) return <NotFound />;
  return (
    <>
      <p className="text-muted">{formatWhen(locale, new Date(values.start))}</p>
      <h1 className="text-2xl font-bold">{t("steps.details")}</h1>
      <DetailsForm locale={locale} values={values} errors={draft?.errors ?? {}} draft={draft?.token} />
      <p className="mt-6">
        <a
          href={bookingPath(locale, "/appointments/new/time", {
            requestType: values.requestType,
            channel: toApiChannel(values.channel),
            location: values.locationId,
            journey: values.journeyId ?? undefined,
          })}
        >
          {t("back")}
        </a>
      </p>
    </>
  );
}
