// Saves feedback for staff, and keeps a rejected form for an hour under an unguessable token so
// that the page can show it again with its errors (no data lost, nothing personal in the URL).
import { db } from "@/lib/db";
import { finishPage, keysetOrder, keysetPlan, keysetWhere, type PageRequest } from "@/lib/list-query";
import { storable } from "@/lib/db/storable";
import { hashToken, isSecretTokenShape, newSecretToken } from "@/lib/tokens";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { StaffRole } from "@/lib/generated/prisma/enums";
import { portalPageOf, type FeedbackErrors, type FeedbackInput, type FeedbackValues } from "./feedback-form";
import type { RatingErrors, RatingInput, RatingValues } from "./rating-form";

const DRAFT_FORM_KEY = "feedback";
const RATING_DRAFT_FORM_KEY = "rating";
const DRAFT_MINUTES = 60;

export async function saveFeedback(input: FeedbackInput, language: string): Promise<void> {
  await db.feedback.create({
    data: { kind: input.kind, message: input.message, pageUrl: input.pageUrl, email: input.email, language },
  });
}

/** A rating after a finished flow; the journey only when it exists (a made-up id is dropped). */
export async function saveRating(input: RatingInput, language: string): Promise<void> {
  await db.$executeRaw`
    INSERT INTO feedback (id, kind, message, rating, language, journey_id)
    VALUES (gen_random_uuid(), 'rating', ${input.comment}, ${input.rating}, ${language}, (SELECT id FROM journey WHERE id = ${input.journey}::uuid))`;
}

/** Staff's feedback on a tool, with its page and the sender's role (not the name), in the staff door's transaction. */
export async function saveStaffFeedback(
  input: { message: string; page: string },
  role: StaffRole,
  tx: Prisma.TransactionClient = db,
): Promise<void> {
  await tx.feedback.create({
    data: { kind: "staff", message: input.message, pageUrl: portalPageOf(input.page), staffRole: role },
  });
}

/** One page of feedback and barrier reports, newest first, with the total; paged by (created_at, id). */
export async function listFeedback(options: { page?: PageRequest } = {}) {
  const plan = keysetPlan(options.page ?? {}, "desc");
  const [total, fetched] = await Promise.all([
    db.feedback.count(),
    db.feedback.findMany({
      where: keysetWhere<Prisma.FeedbackWhereInput>("createdAt", plan),
      orderBy: keysetOrder("createdAt", plan),
      take: plan.take,
    }),
  ]);
  return { ...finishPage(fetched, plan, (entry) => ({ at: entry.createdAt, id: entry.id })), total };
}

export async function saveRejectedFeedback(
  values: FeedbackValues,
  errors: FeedbackErrors,
  language: string,
): Promise<string> {
  const token = newSecretToken("feedback");
  await db.formDraft.create({
    data: {
      formKey: DRAFT_FORM_KEY,
      tokenHash: hashToken(token),
      // Kept as typed, control characters marked: PostgreSQL cannot store a NUL.
      answers: storable({ values: { ...values }, errors: { ...errors } }),
      language,
      expiresAt: new Date(Date.now() + DRAFT_MINUTES * 60_000),
    },
  });
  return token;
}

export async function loadRejectedFeedback(
  token: string | undefined,
): Promise<{ values: FeedbackValues; errors: FeedbackErrors } | null> {
  if (!isSecretTokenShape(token, "feedback")) return null;
  const draft = await db.formDraft.findUnique({ where: { tokenHash: hashToken(token) } });
  if (!draft || draft.formKey !== DRAFT_FORM_KEY || draft.expiresAt < new Date()) return null;
  return draft.answers as unknown as { values: FeedbackValues; errors: FeedbackErrors };
}

export async function discardRejectedFeedback(token: string | undefined): Promise<void> {
  if (!isSecretTokenShape(token, "feedback")) return;
  await db.formDraft.deleteMany({ where: { tokenHash: hashToken(token), formKey: DRAFT_FORM_KEY } });
}

export async function saveRejectedRating(
  values: RatingValues,
  errors: RatingErrors,
  language: string,
): Promise<string> {
  const token = newSecretToken("feedback");
  await db.formDraft.create({
    data: {
      formKey: RATING_DRAFT_FORM_KEY,
      tokenHash: hashToken(token),
      answers: storable({ values: { ...values }, errors: { ...errors } }),
      language,
      expiresAt: new Date(Date.now() + DRAFT_MINUTES * 60_000),
    },
  });
  return token;
}

export async function loadRejectedRating(
  token: string | undefined,
): Promise<{ values: RatingValues; errors: RatingErrors } | null> {
  if (!isSecretTokenShape(token, "feedback")) return null;
  const draft = await db.formDraft.findUnique({ where: { tokenHash: hashToken(token) } });
  if (!draft || draft.formKey !== RATING_DRAFT_FORM_KEY || draft.expiresAt < new Date()) return null;
  return draft.answers as unknown as { values: RatingValues; errors: RatingErrors };
}

export async function discardRejectedRating(token: string | undefined): Promise<void> {
  if (!isSecretTokenShape(token, "feedback")) return;
  await db.formDraft.deleteMany({ where: { tokenHash: hashToken(token), formKey: RATING_DRAFT_FORM_KEY } });
}
