// The life of a submission: received → in review → (needs information ⇄ in review) → done.
// Pure, so the rule is tested on its own; changeSubmissionStatus applies it to the database.
import type { SubmissionStatus } from "@/lib/generated/prisma/enums";

export const submissionStatuses = [
  "received",
  "in_review",
  "needs_info",
  "done",
] as const satisfies readonly SubmissionStatus[];

const allowed: Record<SubmissionStatus, readonly SubmissionStatus[]> = {
  received: ["in_review"],
  // Asking for more information, or deciding.
  in_review: ["needs_info", "done"],
  // The information arrived: back to review.
  needs_info: ["in_review"],
  done: [],
};

export function canChangeStatus(from: SubmissionStatus, to: SubmissionStatus): boolean {
  return allowed[from].includes(to);
}

export function nextStatuses(from: SubmissionStatus): readonly SubmissionStatus[] {
  return allowed[from];
}
