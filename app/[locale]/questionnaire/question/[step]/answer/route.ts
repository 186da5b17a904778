// One question's form: the answer (or skip, or stop) goes into the sheet's cookie, then the next page.
import { answerQuestionnaire } from "@/lib/analytics";
import { routeLocale } from "@/lib/plain-post";

export async function POST(request: Request, { params }: { params: Promise<{ locale: string; step: string }> }) {
  const { locale, step } = await params;
  return answerQuestionnaire(request, routeLocale(locale), step);
}
