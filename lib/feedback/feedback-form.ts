// The feedback / barrier report form (BITV): checking the posted fields. Pure; store.ts saves.
import { z } from "zod";

export const MESSAGE_MAX = 2000;
export const feedbackKinds = ["feedback", "barrier"] as const;

export interface FeedbackValues {
  kind: string;
  message: string;
  page: string;
  email: string;
}
export type FeedbackErrorCode = "kind" | "messageRequired" | "messageTooLong" | "page" | "email";
export type FeedbackErrors = Partial<Record<keyof FeedbackValues, FeedbackErrorCode>>;

export interface FeedbackInput {
  kind: (typeof feedbackKinds)[number];
  message: string;
  pageUrl: string | null;
  email: string | null;
}

export function readFeedbackForm(data: FormData): FeedbackValues {
  const text = (name: string, max: number) => {
    const value = data.get(name);
    // Keep a bit more than allowed so that "too long" can be shown with the text still there.
    return typeof value === "string" ? value.slice(0, max) : "";
  };
  return { kind: text("kind", 20), message: text("message", MESSAGE_MAX * 2), page: text("page", 1000), email: text("email", 500) };
}

const emailSchema = z.email();

export function parseFeedbackForm(values: FeedbackValues): { ok: true; value: FeedbackInput } | { ok: false; errors: FeedbackErrors } {
  const errors: FeedbackErrors = {};
  if (!(feedbackKinds as readonly string[]).includes(values.kind)) errors.kind = "kind";
  const message = values.message.trim();
  if (message === "") errors.message = "messageRequired";
  else if (message.length > MESSAGE_MAX) errors.message = "messageTooLong";
  const page = values.page.trim();
  if (page.length > 300) errors.page = "page";
  const email = values.email.trim();
  if (email !== "" && (email.length > 254 || !emailSchema.safeParse(email).success)) errors.email = "email";
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, value: { kind: values.kind as FeedbackInput["kind"], message, pageUrl: page || null, email: email || null } };
}
