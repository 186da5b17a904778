// What a finished flow's page hands the rating and the questionnaire's invitation: the journey's id
// (the rating counts by its chosen channel) and its stated preference, the only thing the
// questionnaire takes from it.
import { MAX_QUESTIONS, questionsFor } from "@/lib/analytics";
import { MESSAGE_MAX } from "@/lib/feedback";
import { findJourney } from "@/lib/journey";

export async function finishedFlow(journeyId: string | null) {
  const journey = journeyId ? await findJourney(journeyId).catch(() => null) : null;
  const type = journey?.preference ?? null;
  return {
    journeyId: journey?.id ?? null,
    type,
    questions: type ? questionsFor({ carriedType: type }).length : MAX_QUESTIONS,
    maxComment: MESSAGE_MAX,
  };
}
