// Move an appointment: the same day-and-time choice as for a new booking; the old time stays booked
// until the new one is taken.
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { SlotPicker } from "@/components/booking/slot-picker";
import {
  slotsByDay,
  findByToken,
  bookingPath,
  formatWhen,
  type BookingChannel,
  bookingPageMetadata,
} from "@/lib/booking";
import { isCalendarDay } from "@/lib/validation";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: string; token: string }>;
  searchParams: Promise<{ day?: string; taken?: string; limited?: string }>;
};

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  return bookingPageMetadata(params, "manage.reschedule", { private: true });
}

export default async function ReschedulePage({ params, searchParams }: Props) {
  const { locale, token } = await params;
  setRequestLocale(locale);
  const search = await searchParams;
  const day = search.day && isCalendarDay(search.day) ? search.day : undefined;
  const t = await getTranslations("booking");
  const appointment = await findByToken(token).catch(() => null);
  const manage = bookingPath(locale, `/appointments/manage/${token}`);
  if (!appointment || appointment.status !== "booked") {
    return (
      <>
        <h1 className="text-2xl font-bold">{t("manage.reschedule")}</h1>
        <p className="mt-2">{appointment ? t("manage.cancelled") : t("manage.notFound")}</p>
        <p className="mt-4">
          <a href={manage}>{t("back")}</a>
        </p>
      </>
    );
  }
  const days = await slotsByDay(
    appointment.requestTypeKey,
    appointment.channel as BookingChannel,
    appointment.locationId,
  );
  const place = appointment.channel === "video" ? t("channel.video") : appointment.location.name;
  return (
    <>
      <p className="text-muted">{formatWhen(locale, appointment.startsAt)}</p>
      <h1 className="text-2xl font-bold">{t("manage.reschedule")}</h1>
      {search.taken || search.limited ? (
        <p role="alert" className="mt-4 border-4 border-accent p-3 font-semibold">
          {search.limited ? t("errors.rateLimited") : t("taken.title")}
        </p>
      ) : null}
      <p className="mt-2">{t("manage.rescheduleIntro")}</p>
      <SlotPicker
        locale={locale}
        days={days}
        selectedDay={day}
        place={place}
        dayHref={(day) => `${bookingPath(locale, `/appointments/manage/${token}/reschedule`, { day })}#times`}
        form={(buttons) => (
          <form method="post" action={bookingPath(locale, `/appointments/manage/${token}/reschedule/save`)}>
            <input type="hidden" name="day" value={day ?? ""} />
            {buttons}
          </form>
        )}
      />
      <p className="mt-6">
        <a href={manage}>{t("back")}</a>
      </p>
    </>
  );
}
