// The end of the questionnaire: how many questions were answered, and "send" (stored once,
// anonymously) or "stop" (nothing stored). A sheet without its type goes back to the first question.
import type { Metadata } from "next";
import { cookies } from "next/headers";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Button } from "@/components/ui/buttons";
import { ErrorSummary } from "@/components/ui/error-summary";
import { localePath } from "@/i18n/navigation";
import {
  answeredCount,
  QUESTIONNAIRE_COOKIE,
  questionnairePath,
  questionsFor,
  readQuestionnaire,
  responseOf,
} from "@/lib/analytics";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "questionnaire.send" });
  return { title: t("title"), robots: { index: false } };
}

export default async function SendPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("questionnaire");
  const common = await getTranslations("common");
  const state = readQuestionnaire((await cookies()).get(QUESTIONNAIRE_COOKIE)?.value);
  if (!state) {
    return (
      <>
        <h1 className="text-2xl font-bold">{t("expired.title")}</h1>
        <p className="mt-2">{t("expired.text")}</p>
        <p className="mt-6">
          <a href={localePath(locale, "/")}>{t("home")}</a>
        </p>
      </>
    );
  }
  const total = questionsFor(state).length;
  const complete = responseOf(state) !== null;
  return (
    <>
      <ErrorSummary
        title={common("errors.summaryTitle")}
        errors={complete ? [] : [{ fieldId: "first-question", message: t("errors.refused") }]}
      />
      <h1 className="text-2xl font-bold">{t("send.title")}</h1>
      <p className="mt-2">{t("send.text", { answered: answeredCount(state), total })}</p>
      <div className="mt-6 flex flex-col gap-3 sm:flex-row">
        {complete ? (
          <form method="post" action={`${questionnairePath(locale, "send")}/confirm`}>
            <Button>{t("send.submit")}</Button>
          </form>
        ) : (
          <a id="first-question" href={questionnairePath(locale, 1)} className="inline-flex min-h-11 items-center">
            {t("send.first")}
          </a>
        )}
        <form method="post" action={localePath(locale, "/questionnaire/stop")}>
          <Button variant="secondary">{t("stop")}</Button>
        </form>
      </div>
      <p className="mt-6">
        <a href={questionnairePath(locale, total)} className="inline-flex min-h-11 items-center">
          {t("send.back")}
        </a>
      </p>
    </>
  );
}
