// What a person needs after booking: reference, what to bring, calendar file, the QR code the front
// desk scans to check them in (inline SVG), and the private manage link. The page passes the
// addresses in: the component reads no configuration.
import { getTranslations } from "next-intl/server";
import { QrCode } from "./qr-code";

export interface ConfirmationUrls {
  /** the calendar file (.ics) */
  calendar: string;
  /** the private manage link */
  manage: string;
  /** what the QR code holds: the front desk's check-in address for this reference (staff sign-in needed) */
  checkIn: string;
}

/** `bring`: what to bring for the request type, in the page's language (or German standing in, `bringLanguage`). */
export async function Confirmation({
  reference,
  channel,
  urls,
  bring,
  bringLanguage,
}: {
  reference: string;
  channel: string;
  urls: ConfirmationUrls;
  bring: string[];
  bringLanguage?: string;
}) {
  const t = await getTranslations("booking");
  const items = [
    ...bring.map((item) => ({ item, lang: bringLanguage })),
    ...(channel === "video" ? [{ item: t("done.bringVideo"), lang: undefined }] : []),
  ];
  return (
    <>
      {items.length > 0 ? (
        <>
          <h2 className="mt-6 text-xl font-bold">{t("done.bring")}</h2>
          <ul className="mt-2 list-disc ps-6" data-testid="what-to-bring">
            {items.map(({ item, lang }) => (
              <li key={item} lang={lang}>
                {item}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p className="mt-4">
        <a
          href={urls.calendar}
          download={`termin-${reference}.ics`}
          className="inline-flex min-h-11 items-center font-semibold"
          data-testid="ics-link"
        >
          {t("done.calendar")}
        </a>
      </p>
      {channel === "in_person" ? (
        <figure className="mt-4">
          <QrCode value={urls.checkIn} label={t("done.qrAlt", { reference })} />
          <figcaption className="mt-1">{t("done.qr")}</figcaption>
        </figure>
      ) : null}
      <h2 className="mt-6 text-xl font-bold">{t("done.manage")}</h2>
      <p className="mt-1 break-all rounded bg-surface p-2 font-mono" data-testid="manage-link">
        {urls.manage}
      </p>
      <p className="mt-1">{t("done.manageHint")}</p>
    </>
  );
}
