// The details form's plain post: errors back to the form, valid answers on to the check page.
import { saveDetails } from "@/lib/booking";
import { readForm, routeLocale, seeOther } from "@/lib/plain-post";

export async function POST(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const locale = routeLocale((await params).locale);
  return seeOther(await saveDetails(await readForm(request), { locale }));
}
