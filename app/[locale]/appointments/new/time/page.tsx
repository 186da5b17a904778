// Day and time of a new appointment. The chosen time goes on to the details page in the URL
// (no personal data: request type, channel, location and time only).
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { SlotPicker } from "@/components/booking/slot-picker";
import {
  journeyFromUrl,
  locationFor,
  requestTypeFor,
  slotsByDay,
  bookingPath,
  bookingPageMetadata,
} from "@/lib/booking";
import { bookingChannelFromUrl, toApiChannel } from "@/lib/channels";
import { requestTypeTitle } from "@/lib/journey";
import NotFound from "../../../not-found";

export const dynamic = "force-dynamic";

type Search = { requestType?: string; channel?: string; location?: string; day?: string; journey?: string };

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  return bookingPageMetadata(params, "steps.time");
}

export default async function TimePage({
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
  const requestType = await requestTypeFor(search.requestType);
  const channel = bookingChannelFromUrl(search.channel);
  const location = await locationFor(search.location);
  if (!requestType || !channel || !location || (location.kind === "virtual") !== (channel === "video"))
    return <NotFound />;
  const journey = journeyFromUrl(search.journey);
  const base = { requestType: requestType.key, channel: toApiChannel(channel), location: location.id, journey };
  const days = await slotsByDay(requestType.key, channel, location.id);
  const place = channel === "video" ? t("channel.video") : location.name;
  return (
    <>
      <p className="text-muted">
        {requestTypeTitle(requestType, locale)} · {place}
      </p>
      <h1 className="text-2xl font-bold">{t("steps.time")}</h1>
      <SlotPicker
        locale={locale}
        days={days}
        selectedDay={search.day}
        place={place}
        dayHref={(day) => `${bookingPath(locale, "/appointments/new/time", { ...base, day })}#times`}
        form={(buttons) => (
          <form method="get" action={bookingPath(locale, "/appointments/new/details")}>
            <input type="hidden" name="requestType" value={requestType.key} />
            <input type="hidden" name="channel" value={toApiChannel(channel)} />
            <input type="hidden" name="location" value={location.id} />
            {journey ? <input type="hidden" name="journey" value={journey} /> : null}
            {buttons}
          </form>
        )}
      />
      <p className="mt-6">
        <a
          href={bookingPath(locale, "/appointments/new", {
            requestType: requestType.key,
            journey,
            channel: channel === "video" ? undefined : toApiChannel(channel),
          })}
        >
          {t("back")}
        </a>
      </p>
    </>
  );
}
