// Receives the feedback form (plain POST): saves it and shows the thank-you page, or keeps the
// rejected answers for the form to show again with its errors (post/redirect/get).
import { localePath } from "@/i18n/navigation";
import { isLocale, routing } from "@/i18n/routing";
import { parseFeedbackForm, readFeedbackForm } from "@/lib/feedback/feedback-form";
import { discardRejectedFeedback, saveFeedback, saveRejectedFeedback } from "@/lib/feedback/store";

const seeOther = (location: string) => new Response(null, { status: 303, headers: { Location: location, "Cache-Control": "no-store" } });

export async function POST(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale: raw } = await params;
  const locale = isLocale(raw) ? raw : routing.defaultLocale;
  let data: FormData;
  try {
    data = await request.formData();
  } catch {
    data = new FormData();
  }
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
