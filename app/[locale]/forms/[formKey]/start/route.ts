// The start page's plain post ("Start"): a new draft under a private link, then its first step.
import { startForm } from "@/lib/forms";
import { readForm, routeLocale, seeOther } from "@/lib/plain-post";

export async function POST(request: Request, { params }: { params: Promise<{ locale: string; formKey: string }> }) {
  const { locale, formKey } = await params;
  return seeOther(await startForm(await readForm(request), { locale: routeLocale(locale), formKey }));
}
