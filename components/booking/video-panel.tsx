// The video part of the manage page: consent (withdrawable; never recorded), device check, and the
// join button, active from 10 minutes before the start.
import { getTranslations } from "next-intl/server";
import { Button, ButtonLink } from "@/components/ui/buttons";
import { bookingPath, canJoin, videoUrl } from "@/lib/booking";

export async function VideoPanel({
  locale,
  token,
  appointment,
}: {
  locale: string;
  token: string;
  appointment: { roomName: string | null; startsAt: Date; endsAt: Date; videoConsentAt: Date | null };
}) {
  const t = await getTranslations("booking");
  if (!appointment.roomName) return null;
  const consent = appointment.videoConsentAt !== null;
  const open = consent && canJoin(new Date(), appointment);
  return (
    <section aria-labelledby="video-heading" className="mt-6 rounded border border-line p-4">
      <h2 id="video-heading" className="text-xl font-bold">
        {t("manage.video")}
      </h2>
      <p className="mt-2">{consent ? t("manage.consentGiven") : t("manage.consentMissing")}</p>
      <form method="post" action={bookingPath(locale, `/appointments/manage/${token}/consent`)} className="mt-2">
        <input type="hidden" name="consent" value={consent ? "no" : "yes"} />
        <Button variant="secondary">{consent ? t("manage.consentWithdraw") : t("manage.consentGive")}</Button>
      </form>
      <p className="mt-4">
        <a
          href={bookingPath(locale, `/appointments/manage/${token}/device-check`)}
          className="inline-flex min-h-11 items-center"
        >
          {t("manage.deviceCheck")}
        </a>
      </p>
      <div className="mt-2">
        {open ? (
          <ButtonLink
            href={await videoUrl(appointment.roomName, appointment)}
            rel="noopener noreferrer"
            className="text-white! hover:text-white!"
          >
            {t("manage.join")}
          </ButtonLink>
        ) : (
          <>
            <button
              type="button"
              disabled
              aria-describedby="join-later"
              className="inline-flex min-h-11 items-center rounded bg-line px-5 py-2 font-semibold text-ink"
            >
              {t("manage.join")}
            </button>
            <p id="join-later" className="mt-1 text-muted">
              {t("manage.joinLater")}
            </p>
          </>
        )}
      </div>
    </section>
  );
}
