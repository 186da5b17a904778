// Start of booking: channel (video or in person), then for in person the location.
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { redirect } from "next/navigation";
import { LocationCard } from "@/components/booking/location-card";
import { ButtonLink } from "@/components/ui/buttons";
import {
  bookableChannels,
  journeyFromUrl,
  locationsFor,
  requestTypeFor,
  bookingPath,
  bookingPageMetadata,
} from "@/lib/booking";
import { bookingChannelFromUrl, toApiChannel } from "@/lib/channels";
import { requestTypeTitle } from "@/lib/journey";

export const dynamic = "force-dynamic";

type Search = { requestType?: string; channel?: string; journey?: string };

export async function generateMetadata({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Search>;
}): Promise<Metadata> {
  const search = await searchParams;
  const requestType = await requestTypeFor(search.requestType);
  const channel = bookingChannelFromUrl(search.channel);
  const step = !requestType
    ? "title"
    : channel && bookableChannels(requestType.allowedChannels).includes(channel)
      ? "steps.location"
      : "steps.channel";
  return bookingPageMetadata(params, step);
}

export default async function NewAppointmentPage({
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
  if (!requestType) {
    return (
      <>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="mt-2">{t("requestTypeUnknown")}</p>
        <p className="mt-4">
          <a href={bookingPath(locale, "/")}>{t("back")}</a>
        </p>
      </>
    );
  }
  const channels = bookableChannels(requestType.allowedChannels);
  const channel = bookingChannelFromUrl(search.channel);
  const journey = journeyFromUrl(search.journey);
  const title = requestTypeTitle(requestType, locale);
  const query = (extra: Record<string, string | undefined>) => ({ requestType: requestType.key, journey, ...extra });

  if (!channel || !channels.includes(channel)) {
    return (
      <>
        <p className="text-muted">{title}</p>
        <h1 className="text-2xl font-bold">{t("steps.channel")}</h1>
        {channels.length === 0 ? <p className="mt-4">{t("channel.none")}</p> : null}
        <ul className="mt-4 flex flex-col gap-3">
          {channels.map((option) => (
            <li key={option} className="rounded border border-line p-4">
              <p className="text-muted">{option === "video" ? t("channel.videoHint") : t("channel.inPersonHint")}</p>
              <ButtonLink
                href={bookingPath(locale, "/appointments/new", query({ channel: toApiChannel(option) }))}
                className="mt-2 text-white! hover:text-white!"
              >
                {option === "video" ? t("channel.video") : t("channel.inPerson")}
              </ButtonLink>
            </li>
          ))}
        </ul>
      </>
    );
  }

  const locations = await locationsFor(channel);
  if (channel === "video" && locations[0]) {
    redirect(bookingPath(locale, "/appointments/new/time", query({ channel: "video", location: locations[0].id })));
  }
  return (
    <>
      <p className="text-muted">{title}</p>
      <h1 className="text-2xl font-bold">{t("steps.location")}</h1>
      <ul className="mt-4 flex flex-col gap-4">
        {locations.map((location) => (
          <LocationCard
            key={location.id}
            location={location}
            href={bookingPath(
              locale,
              "/appointments/new/time",
              query({ channel: toApiChannel("in_person"), location: location.id }),
            )}
          />
        ))}
      </ul>
      <p className="mt-6">
        <a href={bookingPath(locale, "/appointments/new", query({}))}>{t("back")}</a>
      </p>
    </>
  );
}
