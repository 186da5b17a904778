// The confirmation the front desk prints for a person, in the person's language (right to left
// where the language is written so): reference, when, where, what to bring, the QR code for the
// check-in and the manage link as an address short enough to type. One A4 page or a receipt.
import { QrCode } from "./qr-code";

type Texts = (key: string, values?: Record<string, string>) => string;

export interface PrintedAppointment {
  reference: string;
  channel: string;
  requestType: string;
  when: string;
  place: string;
  interpreter: string | null;
  accessibilityNeeds: string | null;
  /** what the QR code holds: the front desk's check-in address */
  checkInUrl: string;
  /** the manage link's short form (portal address and code), when it is known */
  manageAddress: string | null;
  /** what to bring for the request type, in the person's language (or German standing in, `bringLanguage`) */
  bring: string[];
  bringLanguage?: string;
}

export function PrintedConfirmation({
  t,
  language,
  rtl,
  appointment,
}: {
  t: Texts;
  language: string;
  rtl: boolean;
  appointment: PrintedAppointment;
}) {
  const rows: [string, string][] = [
    [t("check.what"), appointment.requestType],
    [t("check.when"), appointment.when],
    [t("check.where"), appointment.place],
    ...(appointment.interpreter ? ([[t("check.interpreter"), appointment.interpreter]] as [string, string][]) : []),
    ...(appointment.accessibilityNeeds
      ? ([[t("check.accessibility"), appointment.accessibilityNeeds]] as [string, string][])
      : []),
  ];
  return (
    <article
      lang={language}
      dir={rtl ? "rtl" : "ltr"}
      className="printed-confirmation mt-6 max-w-2xl rounded border-2 border-ink bg-white p-6 print:mt-0 print:max-w-none print:rounded-none print:border-0 print:p-0"
      data-testid="printed-confirmation"
    >
      <h2 className="text-2xl font-bold">{t("done.title")}</h2>
      <p className="mt-3">
        {t("done.reference")}:{" "}
        <strong className="font-mono text-2xl" dir="ltr" data-testid="reference">
          {appointment.reference}
        </strong>
      </p>
      <dl className="mt-3 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-semibold">{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <div className="mt-4 flex flex-col gap-4 sm:flex-row print:flex-row">
        <div className="flex-1">
          {appointment.bring.length > 0 || appointment.channel === "video" ? (
            <>
              <h3 className="text-lg font-bold">{t("done.bring")}</h3>
              <ul className="mt-1 list-disc ps-6">
                {appointment.bring.map((item) => (
                  <li key={item} lang={appointment.bringLanguage}>
                    {item}
                  </li>
                ))}
                {appointment.channel === "video" ? <li>{t("done.bringVideo")}</li> : null}
              </ul>
            </>
          ) : null}
        </div>
        {appointment.channel === "in_person" ? (
          <figure className="shrink-0">
            <QrCode
              value={appointment.checkInUrl}
              label={t("done.qrAlt", { reference: appointment.reference })}
              className="w-40"
            />
            <figcaption className="mt-1 max-w-48 text-sm">{t("done.qr")}</figcaption>
          </figure>
        ) : null}
      </div>
      {appointment.manageAddress ? (
        <div className="mt-4 border-t border-line pt-3">
          <p className="font-semibold">{t("printed.manage")}</p>
          {/* An address reads left to right, aligned with the text around it. */}
          <p
            className={`mt-1 font-mono text-xl font-bold break-all ${rtl ? "text-right" : ""}`}
            dir="ltr"
            data-testid="manage-address"
          >
            {appointment.manageAddress}
          </p>
          <p className="mt-1 text-sm">{t("printed.manageHint")}</p>
        </div>
      ) : null}
    </article>
  );
}
