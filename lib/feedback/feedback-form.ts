// The feedback / barrier report form (BITV): one zod schema for the posted fields, built on text()
// (control characters are refused like in every other answer). Pure; store.ts saves.
import { z } from "zod";
import { text } from "@/lib/validation";

export const MESSAGE_MAX = 2000;
export const PAGE_MAX = 300;
export const feedbackKinds = ["feedback", "barrier"] as const;

export interface FeedbackValues {
  kind: string;
  message: string;
  page: string;
  email: string;
}
export type FeedbackErrorCode = "kind" | "messageRequired" | "messageTooLong" | "page" | "email" | "invalidCharacters";
export type FeedbackErrors = Partial<Record<keyof FeedbackValues, FeedbackErrorCode>>;

const emailFormat = z.email();

/** The posted fields; messages are the codes of pages.feedback.errors. */
const fields = {
  kind: z.enum(feedbackKinds, { error: "kind" }),
  message: text({
    max: MESSAGE_MAX,
    min: 1,
    multiline: true,
    messages: { required: "messageRequired", tooShort: "messageRequired", tooLong: "messageTooLong" },
  }),
  page: text({ max: PAGE_MAX, messages: { tooLong: "page" } }),
  email: text({ max: 254, messages: { tooLong: "email" } }).refine(
    (value) => value === "" || emailFormat.safeParse(value).success,
    { error: "email" },
  ),
};

/**
 * The page feedback is about, kept only when it is an address of the portal ("/de/journey/…",
 * "/staff/inbox"): the field is sent by the page itself, and anything else in it says nothing a
 * reader of the feedback could open.
 */
export function portalPageOf(page: string): string | null {
  return /^\/[A-Za-z0-9\-._~/%?=&]*$/.test(page) ? page : null;
}

export const feedbackSchema = z.object(fields).transform(({ kind, message, page, email }) => ({
  kind,
  message,
  pageUrl: portalPageOf(page),
  email: email || null,
}));

export type FeedbackInput = z.output<typeof feedbackSchema>;

export function readFeedbackForm(data: FormData): FeedbackValues {
  const field = (name: string, max: number) => {
    const value = data.get(name);
    // Keep a bit more than allowed so that "too long" can be shown with the text still there.
    return typeof value === "string" ? value.slice(0, max) : "";
  };
  return {
    kind: field("kind", 20),
    message: field("message", MESSAGE_MAX * 2),
    page: field("page", 1000),
    email: field("email", 500),
  };
}

export function parseFeedbackForm(
  values: FeedbackValues,
): { ok: true; value: FeedbackInput } | { ok: false; errors: FeedbackErrors } {
  const parsed = feedbackSchema.safeParse(values);
  if (parsed.success) return { ok: true, value: parsed.data };
  const errors: FeedbackErrors = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0] as keyof FeedbackValues;
    errors[field] ??= issue.message as FeedbackErrorCode;
  }
  return { ok: false, errors };
}

/** The page a "report a barrier" link names (?page=…), when it is a plain text; else none. */
export function pageFromLink(value: string | undefined): string {
  const parsed = fields.page.safeParse(value ?? "");
  return parsed.success ? parsed.data : "";
}
