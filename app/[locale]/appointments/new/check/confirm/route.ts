// The check page's plain post: book the draft (once), or back to the check page with the reason.
import { confirmBooking } from "@/lib/booking";
import { readForm, routeLocale, seeOther } from "@/lib/plain-post";

export async function POST(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const locale = routeLocale((await params).locale);
  return seeOther(await confirmBooking(await readForm(request), { locale, headers: request.headers }));
}
