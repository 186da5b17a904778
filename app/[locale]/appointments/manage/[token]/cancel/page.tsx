// Cancel, after one confirmation.
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Button, ButtonLink } from "@/components/ui/buttons";
import { findByToken, bookingPath, formatWhen, bookingPageMetadata } from "@/lib/booking";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  return bookingPageMetadata(params, "manage.cancel", { private: true });
}

export default async function CancelPage({ params }: { params: Promise<{ locale: string; token: string }> }) {
  const { locale, token } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("booking");
  const appointment = await findByToken(token).catch(() => null);
  const manage = bookingPath(locale, `/appointments/manage/${token}`);
  return (
    <>
      <h1 className="text-2xl font-bold">{t("manage.cancel")}</h1>
      {!appointment ? <p className="mt-2">{t("manage.notFound")}</p> : null}
      {appointment && appointment.status !== "booked" ? <p className="mt-2">{t("manage.cancelled")}</p> : null}
      {appointment && appointment.status === "booked" ? (
        <form
          method="post"
          action={bookingPath(locale, `/appointments/manage/${token}/cancel/confirm`)}
          className="mt-4"
        >
          <p>{formatWhen(locale, appointment.startsAt)}</p>
          <p className="mt-2 font-semibold">{t("manage.cancelConfirm")}</p>
          <div className="mt-4 flex flex-col gap-3 sm:flex-row">
            <Button variant="danger">{t("manage.cancelYes")}</Button>
            <ButtonLink variant="secondary" href={manage}>
              {t("manage.cancelNo")}
            </ButtonLink>
          </div>
        </form>
      ) : (
        <p className="mt-4">
          <a href={manage}>{t("back")}</a>
        </p>
      )}
    </>
  );
}
