// Around every form page: the form's name and step above the heading, then the page, then the
// private "continue later" link and the way to a person.
import type { ReactNode } from "react";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { TitledSection } from "@/components/ui/titled-section";
import { localized, talkToPersonOptions } from "@/lib/forms";

export async function FormFrame({
  formKey,
  requestType,
  journeyId,
  caption,
  title,
  help,
  backHref,
  resumeUrl,
  expiresAt,
  children,
}: {
  formKey: string;
  requestType: string;
  journeyId?: string;
  caption?: string;
  title: string;
  help?: string;
  backHref?: string | null;
  resumeUrl?: string;
  expiresAt?: Date;
  children: ReactNode;
}) {
  const t = await getTranslations("forms");
  const format = await getFormatter();
  const locale = await getLocale();
  const options = requestType ? await talkToPersonOptions(requestType, journeyId) : [];
  return (
    <div data-form={formKey}>
      {backHref ? (
        <p className="mb-4">
          <a href={backHref} className="inline-flex min-h-11 items-center">
            <span aria-hidden="true" className="me-1 rtl:rotate-180">
              ‹
            </span>
            {t("ui.back")}
          </a>
        </p>
      ) : null}
      {caption ? <p className="text-muted">{caption}</p> : null}
      <h1 className="text-2xl font-bold">{title}</h1>
      {help ? <p className="mt-2">{help}</p> : null}
      <div className="mt-6">{children}</div>
      {resumeUrl ? (
        <TitledSection
          id="save-later"
          title={t("ui.saveLaterTitle")}
          intro={t("ui.saveLaterText")}
          className="mt-10 border-s-4 border-brand bg-surface p-4"
        >
          <p className="mt-2 break-all font-mono text-sm" data-testid="resume-link">
            <a href={resumeUrl}>{resumeUrl}</a>
          </p>
          {expiresAt ? (
            <p className="mt-1 text-muted">
              {t("ui.saveLaterExpiry", {
                date: format.dateTime(expiresAt, { dateStyle: "long", timeZone: "Europe/Berlin" }),
              })}
            </p>
          ) : null}
        </TitledSection>
      ) : null}
      {options.length > 0 ? (
        <TitledSection
          id="talk-to-person"
          title={t("ui.talkTitle")}
          intro={t("ui.talkText")}
          className="mt-6 rounded border border-line p-4"
          testId="talk-to-person"
        >
          <ul className="mt-2 flex flex-col gap-1">
            {options.map((option) => (
              <li key={option.channel}>
                <a
                  href={`${localized(locale, "/appointments/new")}?${option.query}`}
                  className="inline-flex min-h-11 items-center font-semibold"
                >
                  {option.channel === "video" ? t("ui.talkVideo") : t("ui.talkInPerson")}
                </a>
              </li>
            ))}
          </ul>
        </TitledSection>
      ) : null}
    </div>
  );
}
