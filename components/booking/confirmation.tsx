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

export async function Confirmation({ reference, channel, urls }: { reference: string; channel: string; urls: ConfirmationUrls }) {
  const t = await getTranslations("booking");
  return (
    <>
      <h2 className="mt-6 text-xl font-bold">{t("done.bring")}</h2>
      <ul className="mt-2 list-disc ps-6">
        <li>{t("done.bringId")}</li>
        <li>{t("done.bringLetters")}</li>
        <li>{t("done.bringDocuments")}</li>
        {channel === "video" ? <li>{t("done.bringVideo")}</li> : null}
      </ul>
      <p className="mt-4">
        <a href={urls.calendar} download={`termin-${reference}.ics`} className="inline-flex min-h-11 items-center font-semibold" data-testid="ics-link">
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
