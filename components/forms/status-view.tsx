// The private status page: reference, what was filed and when, where it stands, and its history.
import { getFormatter, getTranslations } from "next-intl/server";
import type { SubmissionStatusView } from "@/lib/forms";

export async function StatusView({ submission, filed }: { submission: SubmissionStatusView; filed: boolean }) {
  const t = await getTranslations("forms");
  const format = await getFormatter();
  const when = (date: Date) => format.dateTime(date, { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Berlin" });
  return (
    <>
      <h1 className="text-2xl font-bold">{filed ? t("status.filedTitle") : t("status.title")}</h1>
      <div className="mt-4 border-4 border-brand p-4 text-center">
        <p>{t("status.referenceLabel")}</p>
        <p className="mt-1 text-2xl font-bold tracking-wider" data-testid="reference">
          {submission.reference}
        </p>
      </div>
      <p className="mt-4">{t("status.keepLink")}</p>
      <dl className="mt-6 grid grid-cols-1 gap-x-4 gap-y-2 sm:grid-cols-[auto_1fr]">
        <dt className="font-semibold">{t("status.form")}</dt>
        <dd>{t(`forms.${submission.formKey}.title`)}</dd>
        <dt className="font-semibold">{t("status.filedAt")}</dt>
        <dd>{when(submission.createdAt)}</dd>
        <dt className="font-semibold">{t("status.attachments")}</dt>
        <dd>{submission.attachmentCount}</dd>
        <dt className="font-semibold">{t("status.current")}</dt>
        <dd data-testid="status">{t(`status.values.${submission.status}`)}</dd>
      </dl>
      <h2 className="mt-6 text-xl font-bold">{t("status.history")}</h2>
      <ol className="mt-2 border-s-4 border-line ps-4" data-testid="status-history">
        {submission.history.map((change, index) => (
          <li key={index} className="py-1">
            <span className="font-semibold">{t(`status.values.${change.toStatus}`)}</span> – {when(change.createdAt)}
          </li>
        ))}
      </ol>
      <h2 className="mt-6 text-xl font-bold">{t("status.next")}</h2>
      <p className="mt-1">{t("status.nextText")}</p>
    </>
  );
}
