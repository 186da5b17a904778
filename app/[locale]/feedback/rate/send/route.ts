// Receives the one-tap rating (plain POST): saves it and shows the thank-you page, or keeps the
// refused form (its comment too) for the rating page to show again with its message.
import { localePath } from "@/i18n/navigation";
import { discardRejectedRating, parseRatingForm, readRatingForm, saveRating, saveRejectedRating } from "@/lib/feedback";
import { readForm, routeLocale, seeOther } from "@/lib/plain-post";

export async function POST(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const locale = routeLocale((await params).locale);
  const data = await readForm(request);
  const values = readRatingForm(data);
  const draft = data.get("draft");
  await discardRejectedRating(typeof draft === "string" ? draft : undefined);
  const parsed = parseRatingForm(values);
  if (!parsed.ok) {
    const token = await saveRejectedRating(values, parsed.errors, locale);
    return seeOther(`${localePath(locale, "/feedback/rate")}?draft=${token}#error-summary-title`);
  }
  await saveRating(parsed.value, locale);
  return seeOther(localePath(locale, "/feedback/rate/thanks"));
}
