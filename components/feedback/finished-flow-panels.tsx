// What every finished flow's page ends with (booking confirmed, form filed, callback requested): the
// one-tap rating with an optional comment, and the invitation to the research's questionnaire.
import { QuestionnaireInvitation } from "@/components/analytics/questionnaire-invitation";
import { RatingForm } from "./rating-form";

export function FinishedFlowPanels({
  locale,
  journeyId,
  type,
  questions,
  maxComment,
}: {
  locale: string;
  journeyId: string | null;
  type: string | null;
  questions: number;
  maxComment: number;
}) {
  return (
    <>
      <RatingForm locale={locale} journeyId={journeyId} maxComment={maxComment} />
      <QuestionnaireInvitation locale={locale} type={type} questions={questions} />
    </>
  );
}
