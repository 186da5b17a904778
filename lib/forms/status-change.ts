// Moving a submission forward (used by the caseworker inbox) and reading it for the status page.
import { db } from "@/lib/db";
import { ConflictError, NotFoundError } from "@/lib/errors";
import type { SubmissionStatus } from "@/lib/generated/prisma/enums";
import { canChangeStatus } from "./status";
import { hashToken, isSecretTokenShape } from "@/lib/tokens";

/**
 * Changes the status and records the change. The update only succeeds while the status is still
 * the one the rule was checked against, so two caseworkers clicking at once cannot skip a step.
 */
export async function changeSubmissionStatus(input: {
  submissionId: string;
  to: SubmissionStatus;
  note?: string;
  staffUserId?: string;
}) {
  return db.$transaction(async (tx) => {
    const submission = await tx.formSubmission.findUnique({
      where: { id: input.submissionId },
      select: { status: true },
    });
    if (!submission) throw new NotFoundError("submission");
    if (!canChangeStatus(submission.status, input.to))
      throw new ConflictError("status-change-not-allowed", { from: submission.status, to: input.to });
    const updated = await tx.formSubmission.updateMany({
      where: { id: input.submissionId, status: submission.status },
      data: { status: input.to },
    });
    if (updated.count === 0) throw new ConflictError("status-changed-meanwhile");
    return tx.submissionStatusChange.create({
      data: {
        submissionId: input.submissionId,
        fromStatus: submission.status,
        toStatus: input.to,
        note: input.note,
        staffUserId: input.staffUserId,
      },
    });
  });
}

export interface SubmissionStatusView {
  reference: string;
  formKey: string;
  status: SubmissionStatus;
  createdAt: Date;
  attachmentCount: number;
  history: { toStatus: SubmissionStatus; createdAt: Date }[];
  /** the journey it ends, for the rating and the questionnaire's invitation on the filed page */
  journeyId: string | null;
  /** questions from the caseworker (a template key and/or a note) and the person's answers */
  messages: {
    direction: "question" | "answer";
    template: string | null;
    body: string | null;
    createdAt: Date;
    files: number;
  }[];
}

/** What the private status link shows: no answers, no names, just where the request stands. */
export async function findSubmissionByStatusToken(token: string): Promise<SubmissionStatusView | null> {
  if (!isSecretTokenShape(token, "form")) return null;
  const row = await db.formSubmission.findUnique({
    where: { statusTokenHash: hashToken(token) },
    select: {
      reference: true,
      formKey: true,
      status: true,
      createdAt: true,
      journeyId: true,
      _count: { select: { attachments: true } },
      statusHistory: { orderBy: { createdAt: "asc" }, select: { toStatus: true, createdAt: true } },
      messages: {
        orderBy: { createdAt: "asc" },
        select: {
          direction: true,
          template: true,
          body: true,
          createdAt: true,
          _count: { select: { attachments: true } },
        },
      },
    },
  });
  if (!row) return null;
  return {
    reference: row.reference,
    formKey: row.formKey,
    status: row.status,
    createdAt: row.createdAt,
    attachmentCount: row._count.attachments,
    history: row.statusHistory,
    journeyId: row.journeyId,
    messages: row.messages.map((message) => ({
      direction: message.direction === "answer" ? "answer" : "question",
      template: message.template,
      body: message.body,
      createdAt: message.createdAt,
      files: message._count.attachments,
    })),
  };
}
