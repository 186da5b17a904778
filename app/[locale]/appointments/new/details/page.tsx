// The person's details. Arrives with the chosen time in the URL, or with a draft token after a
// post that had errors (the answers themselves stay on the server).
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { DetailsForm } from "@/components/booking/details-form";
import { channelFromUrl } from "@/lib/booking/browse";
import { loadDraft, type DraftData } from "@/lib/booking/drafts";
import { bookingPath } from "@/lib/booking/paths";
import { formatWhen } from "@/lib/booking/texts";
import NotFound from "../../../not-found";
import { bookingPageMetadata } from "@/lib/booking/page-metadata";

export const dynamic = "force-dynamic";

type Search = { requestType?: string; channel?: string; location?: string; start?: string; journey?: string; draft?: string };

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  return bookingPageMetadata(params, "steps.details");
}

export default async function DetailsPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<Search> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const search = await searchParams;
  const t = await getTranslations("booking");
  const draft = await loadDraft(search.draft);
  let values: DraftData | null = draft?.data ?? null;
  if (!values) {
    const channel = channelFromUrl(search.channel) ?? (search.channel === "in_person" ? "in_person" : null);
    const start = search.start ? new Date(search.start) : null;
    if (!search.requestType || !channel || !search.location || !start || Number.isNaN(start.getTime())) return <NotFound />;
    values = {
      requestType: search.requestType,
      channel,
      locationId: search.location,
      start: search.start!,
      journeyId: search.journey,
      locale,
      name: "",
      email: "",
      phone: "",
      customerNumber: "",
      interpreter: "",
      accessibilityNeeds: "",
      note: "",
      videoConsent: false,
    };
  }
  // A tampered or stale time comes back as the form's error ("cannot be booked"), not as a crash.
  const when = new Date(values.start);
  return (
    <>
      {Number.isNaN(when.getTime()) ? null : <p className="text-muted">{formatWhen(locale, when)}</p>}
      <h1 className="text-2xl font-bold">{t("steps.details")}</h1>
      <DetailsForm locale={locale} values={values} errors={draft?.errors ?? {}} draft={draft?.token} />
      <p className="mt-6">
        <a href={bookingPath(locale, "/appointments/new/time", { requestType: values.requestType, channel: values.channel === "video" ? "video" : "in-person", location: values.locationId, journey: values.journeyId })}>
          {t("back")}
        </a>
      </p>
    </>
  );
}
