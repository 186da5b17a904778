// The questionnaire's last pages: thank you (sent), stopped (nothing stored), expired (no sheet open).
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { OutcomePage, outcomeMetadata, type OutcomeTexts } from "@/components/ui/outcome-page";

export const dynamic = "force-dynamic";

const OUTCOMES = ["thanks", "stopped", "expired"] as const;
type Props = { params: Promise<{ locale: string; outcome: string }> };

function textsOf(outcome: string): OutcomeTexts | undefined {
  const known = OUTCOMES.find((candidate) => candidate === outcome);
  return known
    ? { namespace: "questionnaire", title: `${known}.title`, text: `${known}.text`, home: "home", noIndex: true }
    : undefined;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, outcome } = await params;
  const texts = textsOf(outcome);
  if (texts) return outcomeMetadata(locale, texts);
  const t = await getTranslations({ locale, namespace: "questionnaire" });
  return { title: t("title"), robots: { index: false } };
}

export default async function QuestionnaireOutcomePage({ params }: Props) {
  const { locale, outcome } = await params;
  const texts = textsOf(outcome);
  if (!texts) notFound();
  return <OutcomePage locale={locale} texts={texts} />;
}
