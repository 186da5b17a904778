// The check page's plain post ("Submit now"): file the draft once, then its status page. Under the
// step (always "check") so that no new segment sits beside the [step] pages.
import { submitForm } from "@/lib/forms";
import { readForm, routeLocale, seeOther } from "@/lib/plain-post";

export async function POST(
  request: Request,
  { params }: { params: Promise<{ locale: string; token: string; step: string }> },
) {
  const { locale, token } = await params;
  return seeOther(await submitForm(await readForm(request), { locale: routeLocale(locale), token }));
}
