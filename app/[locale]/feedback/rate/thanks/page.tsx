// Thank-you page after a rating was saved.
import { OutcomePage, outcomeMetadata, type OutcomeTexts } from "@/components/ui/outcome-page";

type Props = { params: Promise<{ locale: string }> };

const TEXTS: OutcomeTexts = {
  namespace: "questionnaire",
  title: "rating.thanksTitle",
  text: "rating.thanksText",
  home: "home",
  noIndex: true,
};

export async function generateMetadata({ params }: Props) {
  return outcomeMetadata((await params).locale, TEXTS);
}

export default async function RatingThanksPage({ params }: Props) {
  return <OutcomePage locale={(await params).locale} texts={TEXTS} />;
}
