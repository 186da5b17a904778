// "Send": the sheet stored once (anonymous), the cookie cleared, then the thank-you page.
import { sendQuestionnaire } from "@/lib/analytics";
import { routeLocale } from "@/lib/plain-post";

export async function POST(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  return sendQuestionnaire(request, routeLocale((await params).locale));
}
