// Asks the person for information: the question (one of the translated texts, with an optional
// note), the status "needs information", a message through the outbox; recorded in one transaction.
import { z } from "zod";
import { askForInformation, INFORMATION_TEMPLATES } from "@/lib/forms";
import { seeOther } from "@/lib/plain-post";
import { staffRoute } from "@/lib/staff";
import { text } from "@/lib/validation";
import { submissionPage } from "../../labels";

const question = z.object({
  template: z.enum(INFORMATION_TEMPLATES),
  note: z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
    text({ max: 500 }).optional(),
  ),
});

export const POST = staffRoute(
  {
    action: "submission.work",
    input: z.object({ template: z.string().optional(), note: z.string().optional() }),
    returnTo: (params: { id: string }) => submissionPage(params.id),
  },
  async ({ input, params, tx, session, audit }) => {
    const checked = question.safeParse(input);
    if (!checked.success) return seeOther(submissionPage(params.id, "?notice=invalid"));
    const result = await askForInformation(tx, {
      id: params.id,
      staffId: session.staff.id,
      template: checked.data.template,
      note: checked.data.note ?? null,
    });
    if (!result.ok)
      return seeOther(result.problem === "unknown" ? "/staff/inbox" : submissionPage(params.id, "?notice=not-allowed"));
    await audit({
      action: "submission.information-requested",
      citizenId: result.citizenId,
      object: { type: "form_submission", id: params.id },
      details: { template: checked.data.template, note: Boolean(checked.data.note) },
    });
    return seeOther(submissionPage(params.id, "?notice=asked"));
  },
);
