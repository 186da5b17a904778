// The "time taken" page's plain post: one of the next free times offered, then the check page again.
import { chooseOtherTime } from "@/lib/booking";
import { readForm, routeLocale, seeOther } from "@/lib/plain-post";

export async function POST(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const locale = routeLocale((await params).locale);
  return seeOther(await chooseOtherTime(await readForm(request), { locale }));
}
