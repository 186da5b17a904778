// One question of the questionnaire on a page of its own: progress, the answers as radio buttons,
// "next", "skip", "stop" and a link back; a plain form posted to …/answer (works without JavaScript).
import type { Metadata } from "next";
import { cookies } from "next/headers";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Button } from "@/components/ui/buttons";
import { ErrorSummary } from "@/components/ui/error-summary";
import { ChoiceGroup } from "@/components/ui/fields";
import { localePath } from "@/i18n/navigation";
import {
  QUESTIONNAIRE_COOKIE,
  questionnairePath,
  questionsFor,
  readQuestionnaire,
  type Question,
} from "@/lib/analytics";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: string; step: string }>;
  searchParams: Promise<{ error?: string | string[] }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "questionnaire" });
  return { title: t("title"), robots: { index: false } };
}

const PROBLEMS = ["required", "invalid", "typeRequired"] as const;

/** The question's legend, hint and choices, from the questionnaire's texts and the journey's (type, help, devices, distance). */
async function wording(question: Question) {
  const t = await getTranslations("questionnaire");
  const journey = await getTranslations("journey.preference");
  const choices = (label: (value: string) => string) =>
    question.values.map((value) => ({ value, label: label(value) }));
  switch (question.key) {
    case "type":
      return { legend: journey("legend"), choices: choices((value) => journey(value)) };
    case "help":
    case "devices":
    case "distance":
      return {
        legend: journey(`${question.key}Legend`),
        choices: choices((value) => journey(`${question.key}.${value}`)),
      };
    case "age":
    case "school":
    case "training":
    case "german":
      return { legend: t(`${question.key}.legend`), choices: choices((value) => t(`${question.key}.${value}`)) };
    default:
      return {
        legend: t(`items.${question.key}`),
        hint: question.kind === "agree" ? t("statementHint") : undefined,
        choices: choices((value) => t(`${question.kind === "agree" ? "agree" : "importance"}.${value}`)),
      };
  }
}

export default async function QuestionPage({ params, searchParams }: Props) {
  const { locale, step: rawStep } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("questionnaire");
  const common = await getTranslations("common");
  const state = readQuestionnaire((await cookies()).get(QUESTIONNAIRE_COOKIE)?.value);
  const questions = state ? questionsFor(state) : [];
  const step = /^[0-9]{1,2}$/.test(rawStep) ? Number(rawStep) : 0;
  const question = questions[step - 1];
  if (!state || !question) {
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
  const rawError = (await searchParams).error;
  const problem = PROBLEMS.find((code) => code === (Array.isArray(rawError) ? rawError[0] : rawError));
  const error = problem ? t(`errors.${problem}`) : undefined;
  const { legend, hint, choices } = await wording(question);
  const answer = state.answers[question.key];
  return (
    <>
      <ErrorSummary
        title={common("errors.summaryTitle")}
        errors={error ? [{ fieldId: "answer", message: error }] : []}
      />
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mb-4 text-muted" data-testid="progress">
        {t("progress", { number: step, total: questions.length })}
      </p>
      <form method="post" action={`${questionnairePath(locale, step)}/answer`}>
        <ChoiceGroup
          name="answer"
          legend={legend}
          hint={hint}
          error={error}
          choices={choices}
          selected={answer ? [answer] : []}
          legendClassName="text-xl font-bold"
        />
        <div className="flex flex-col gap-3 sm:flex-row">
          <Button name="move" value="next">
            {t("next")}
          </Button>
          {question.kind === "type" ? null : (
            <Button name="move" value="skip" variant="secondary">
              {t("skip")}
            </Button>
          )}
          <Button name="move" value="stop" variant="secondary">
            {t("stop")}
          </Button>
        </div>
      </form>
      {step > 1 ? (
        <p className="mt-6">
          <a href={questionnairePath(locale, step - 1)} className="inline-flex min-h-11 items-center">
            {t("back")}
          </a>
        </p>
      ) : null}
    </>
  );
}
