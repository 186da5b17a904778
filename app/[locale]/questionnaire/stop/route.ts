// "Stop" on the send page: the sheet is thrown away, nothing stored.
import { stopQuestionnaire } from "@/lib/analytics";
import { routeLocale } from "@/lib/plain-post";

export async function POST(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  return stopQuestionnaire(routeLocale((await params).locale));
}
