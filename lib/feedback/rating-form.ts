// The one-tap rating after a finished flow (a booking, a filed form, a callback request): 1 to 5,
// with an optional comment, and the journey it ends (so the dashboard can count ratings by the chosen
// channel); and staff's feedback on their tools, with the page it came from. Pure; store.ts saves.
import { z } from "zod";
import { text } from "@/lib/validation";
import { MESSAGE_MAX, PAGE_MAX } from "./feedback-form";

export const RATINGS = ["1", "2", "3", "4", "5"] as const;

export interface RatingValues {
  rating: string;
  comment: string;
  journey: string;
}

export type RatingErrorCode = "rating" | "commentTooLong" | "invalidCharacters";
export type RatingErrors = Partial<Record<keyof RatingValues, RatingErrorCode>>;

const ratingSchema = z.object({
  rating: z.enum(RATINGS, { error: "rating" }).transform(Number),
  comment: text({ max: MESSAGE_MAX, multiline: true, messages: { tooLong: "commentTooLong" } }),
  // A journey id that is not one is dropped, not refused: the rating still counts.
  journey: z.string().transform((value) => (z.uuid().safeParse(value).success ? value : null)),
});

export type RatingInput = z.output<typeof ratingSchema>;

export function readRatingForm(data: FormData): RatingValues {
  const field = (name: string, max: number) => {
    const value = data.get(name);
    return typeof value === "string" ? value.slice(0, max) : "";
  };
  return { rating: field("rating", 10), comment: field("comment", MESSAGE_MAX * 2), journey: field("journey", 100) };
}

export function parseRatingForm(
  values: RatingValues,
): { ok: true; value: RatingInput } | { ok: false; errors: RatingErrors } {
  const parsed = ratingSchema.safeParse(values);
  if (parsed.success) return { ok: true, value: parsed.data };
  const errors: RatingErrors = {};
  for (const issue of parsed.error.issues)
    errors[issue.path[0] as keyof RatingValues] ??= issue.message as RatingErrorCode;
  return { ok: false, errors };
}

/** Staff's feedback on a tool: what they say (required) and the staff page it is about. */
export const staffFeedbackSchema = z.object({
  message: text({
    max: MESSAGE_MAX,
    min: 1,
    multiline: true,
    messages: {
      required: "Bitte schreiben Sie Ihre Rückmeldung.",
      tooLong: `Höchstens ${MESSAGE_MAX} Zeichen.`,
      characters: "Die Rückmeldung enthält Steuerzeichen.",
    },
  }),
  page: text({ max: PAGE_MAX, messages: { tooLong: "Die Seitenadresse ist zu lang." } }).default(""),
});

export type StaffFeedbackInput = z.output<typeof staffFeedbackSchema>;

/** The staff page a feedback link came from (the Referer's path), when it is one; else empty. */
export function staffPageOf(referer: string | null | undefined): string {
  if (!referer) return "";
  try {
    const path = new URL(referer, "http://portal.invalid").pathname;
    return /^\/staff(\/[A-Za-z0-9/_.-]*)?$/.test(path) &&
      path.length <= PAGE_MAX &&
      !path.startsWith("/staff/feedback/new")
      ? path
      : "";
  } catch {
    return "";
  }
}
