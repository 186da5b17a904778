// "Mir zuweisen": the submission is the signed-in caseworker's; recorded in the same transaction.
import { z } from "zod";
import { assignSubmission } from "@/lib/forms";
import { seeOther } from "@/lib/plain-post";
import { staffRoute } from "@/lib/staff";
import { submissionPage } from "../../labels";

export const POST = staffRoute(
  { action: "submission.work", input: z.object({}), returnTo: (params: { id: string }) => submissionPage(params.id) },
  async ({ params, tx, session, audit }) => {
    const result = await assignSubmission(tx, params.id, session.staff.id);
    if (!result.ok) return seeOther("/staff/inbox");
    await audit({
      action: "submission.assigned",
      citizenId: result.citizenId,
      object: { type: "form_submission", id: params.id },
      details: {},
    });
    return seeOther(submissionPage(params.id, "?notice=assigned"));
  },
);
