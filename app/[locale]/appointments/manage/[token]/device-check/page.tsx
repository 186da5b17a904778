// Device check before a video appointment. The test itself needs JavaScript (a small client leaf);
// without it the page says so in plain words.
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { DeviceCheck } from "@/components/booking/device-check";
import { findByToken, bookingPath, bookingPageMetadata } from "@/lib/booking";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  return bookingPageMetadata(params, "device.title", { private: true });
}

export default async function DeviceCheckPage({ params }: { params: Promise<{ locale: string; token: string }> }) {
  const { locale, token } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("booking");
  const appointment = await findByToken(token).catch(() => null);
  const keys = [
    "start",
    "stop",
    "ok",
    "level",
    "denied",
    "notFound",
    "busy",
    "insecure",
    "unsupported",
    "failed",
  ] as const;
  const texts = Object.fromEntries(keys.map((key) => [key, t(`device.${key}`)])) as Record<
    (typeof keys)[number],
    string
  >;
  return (
    <>
      <h1 className="text-2xl font-bold">{t("device.title")}</h1>
      {!appointment ? (
        <p className="mt-2">{t("manage.notFound")}</p>
      ) : (
        <>
          <p className="mt-2">{t("device.intro")}</p>
          <noscript>
            <p className="mt-2 font-semibold">{t("device.noScript")}</p>
          </noscript>
          <DeviceCheck texts={texts} />
          <p className="mt-6">
            <a href={bookingPath(locale, `/appointments/manage/${token}`)}>{t("back")}</a>
          </p>
        </>
      )}
    </>
  );
}
