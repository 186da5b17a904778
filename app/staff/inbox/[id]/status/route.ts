// Moves a submission's status as the rule allows (lib/forms/status.ts); the person's status page
// shows the change. Recorded in the same transaction.
import { z } from "zod";
import { changeStatus, submissionStatuses } from "@/lib/forms";
import { seeOther } from "@/lib/plain-post";
import { staffRoute } from "@/lib/staff";
import { submissionPage } from "../../labels";

export const POST = staffRoute(
  {
    action: "submission.work",
    input: z.object({ to: z.string() }),
    returnTo: (params: { id: string }) => submissionPage(params.id),
  },
  async ({ input, params, tx, session, audit }) => {
    const to = submissionStatuses.find((status) => status === input.to);
    if (!to) return seeOther(submissionPage(params.id, "?notice=not-allowed"));
    const result = await changeStatus(tx, params.id, to, session.staff.id);
    if (!result.ok)
      return seeOther(result.problem === "unknown" ? "/staff/inbox" : submissionPage(params.id, "?notice=not-allowed"));
    await audit({
      action: "submission.status-changed",
      citizenId: result.citizenId,
      object: { type: "form_submission", id: params.id },
      details: { from: result.from ?? null, to },
    });
    return seeOther(submissionPage(params.id, "?notice=status"));
  },
);
