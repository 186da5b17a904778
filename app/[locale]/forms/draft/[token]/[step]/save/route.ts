// A step's plain post ("Continue"): save that page's answers, then the next step or the errors.
import { savePage } from "@/lib/forms";
import { readForm, routeLocale, seeOther } from "@/lib/plain-post";

export async function POST(
  request: Request,
  { params }: { params: Promise<{ locale: string; token: string; step: string }> },
) {
  const { locale, token, step } = await params;
  return seeOther(await savePage(await readForm(request), { locale: routeLocale(locale), token, step }));
}
