// The questionnaire's last pages: thank you (sent), stopped (nothing stored), expired (no sheet open).
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { localePath } from "@/i18n/navigation";

export const dynamic = "force-dynamic";

const OUTCOMES = ["thanks", "stopped", "expired"] as const;
type Outcome = (typeof OUTCOMES)[number];
type Props = { params: Promise<{ locale: string; outcome: string }> };

const outcomeOf = (value: string): Outcome | undefined => OUTCOMES.find((outcome) => outcome === value);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, outcome } = await params;
  const t = await getTranslations({ locale, namespace: "questionnaire" });
  const known = outcomeOf(outcome);
  return { title: known ? t(`${known}.title`) : t("title"), robots: { index: false } };
}

export default async function QuestionnaireOutcomePage({ params }: Props) {
  const { locale, outcome } = await params;
  setRequestLocale(locale);
  const known = outcomeOf(outcome);
  if (!known) notFound();
  const t = await getTranslations("questionnaire");
  return (
    <>
      <div role="status" className="border-s-4 border-brand bg-surface p-4">
        <h1 className="text-2xl font-bold">{t(`${known}.title`)}</h1>
        <p className="mt-2">{t(`${known}.text`)}</p>
      </div>
      <p className="mt-6">
        <a href={localePath(locale, "/")} className="inline-flex min-h-11 items-center">
          {t("home")}
        </a>
      </p>
    </>
  );
}
