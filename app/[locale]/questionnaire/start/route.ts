// The invitation's button on a finished journey's page: a new questionnaire sheet, then its first question.
import { startQuestionnaire } from "@/lib/analytics";
import { routeLocale } from "@/lib/plain-post";

export async function POST(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  return startQuestionnaire(request, routeLocale((await params).locale));
}
