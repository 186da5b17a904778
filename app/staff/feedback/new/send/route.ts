// Staff's feedback on a tool (plain POST through the staff door): stored with the page and the role,
// then back to the form with a thank-you; a missing or unusable message comes back with its problem.
import { z } from "zod";
import { saveStaffFeedback, staffFeedbackSchema } from "@/lib/feedback";
import { seeOther } from "@/lib/plain-post";
import { staffRoute } from "@/lib/staff";

const PAGE = "/staff/feedback/new";

const input = z.object({ message: z.string().default(""), page: z.string().default("") });

export const POST = staffRoute(
  { action: "feedback.send", input, returnTo: PAGE },
  async ({ input: posted, session, tx }) => {
    const parsed = staffFeedbackSchema.safeParse(posted);
    if (!parsed.success) {
      const field = parsed.error.issues[0].path[0] === "page" ? "page" : "message";
      return seeOther(`${PAGE}?${new URLSearchParams({ error: field, page: posted.page.slice(0, 300) })}`);
    }
    await saveStaffFeedback(parsed.data, session.staff.role, tx);
    return seeOther(`${PAGE}?sent=1`);
  },
);
