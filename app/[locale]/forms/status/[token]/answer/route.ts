// The answer to a question on the private status page (plain multipart post): text, photos, files.
import { answerQuestion } from "@/lib/forms";
import { readForm, routeLocale, seeOther } from "@/lib/plain-post";

export async function POST(request: Request, { params }: { params: Promise<{ locale: string; token: string }> }) {
  const { locale, token } = await params;
  return seeOther(await answerQuestion(await readForm(request), { locale: routeLocale(locale), token }));
}
