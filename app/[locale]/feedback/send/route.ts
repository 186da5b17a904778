// Receives the feedback form (plain POST): saves it and shows the thank-you page, or keeps the
// rejected answers for the form to show again with its errors (post/redirect/get).
import { localePath } from "@/i18n/navigation";
import {
  parseFeedbackForm,
  readFeedbackForm,
  discardRejectedFeedback,
  saveFeedback,
  saveRejectedFeedback,
} from "@/lib/feedback";
import { readForm, routeLocale, seeOther } from "@/lib/plain-post";

export async function POST(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale: raw } = await params;
  const locale = routeLocale(raw);
  const data = await readForm(request);
  const values = readFeedbackForm(data);
  const draft = data.get("draft");
  const parsed = parseFeedbackForm(values);
  if (!parsed.ok) {
    const token = await saveRejectedFeedback(values, parsed.errors, locale);
    await discardRejectedFeedback(typeof draft === "string" ? draft : undefined);
    return seeOther(`${localePath(locale, "/feedback")}?draft=${token}#error-summary-title`);
  }
  await saveFeedback(parsed.value, locale);
  await discardRejectedFeedback(typeof draft === "string" ? draft : undefined);
  return seeOther(localePath(locale, "/feedback/thanks"));
}
