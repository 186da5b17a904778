// Thank-you page after feedback was saved.
import { OutcomePage, outcomeMetadata, type OutcomeTexts } from "@/components/ui/outcome-page";

type Props = { params: Promise<{ locale: string }> };

const TEXTS: OutcomeTexts = { namespace: "pages.feedback", title: "thanksTitle", text: "thanksText", home: "home" };

export async function generateMetadata({ params }: Props) {
  return outcomeMetadata((await params).locale, TEXTS);
}

export default async function FeedbackThanksPage({ params }: Props) {
  return <OutcomePage locale={(await params).locale} texts={TEXTS} />;
}
