// What a claimed callback came to: reached, not reached (back in the queue later, the person told;
// given up after the last try), or an appointment, which continues on the booking page with the
// person and the request type chosen. The change and its audit event commit together.
import { z } from "zod";
import { recordCallbackOutcome } from "@/lib/forms";
import { seeOther } from "@/lib/plain-post";
import { staffRoute } from "@/lib/staff";
import { isUuid, text } from "@/lib/validation";

const PAGE = "/staff/callbacks";

const posted = z.object({ callback: z.string(), result: z.string().optional(), note: z.string().optional() });
const outcome = z.object({
  result: z.enum(["reached", "not-reached", "appointment"]),
  note: z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
    text({ max: 300 }).optional(),
  ),
});

export const POST = staffRoute(
  { action: "callback.work", input: posted, returnTo: PAGE },
  async ({ input, tx, session, audit }) => {
    const checked = outcome.safeParse(input);
    if (!isUuid(input.callback)) return seeOther(`${PAGE}?notice=unknown`);
    if (!checked.success) return seeOther(`${PAGE}?notice=invalid`);
    const recorded = await recordCallbackOutcome(
      tx,
      { id: input.callback, staffId: session.staff.id, result: checked.data.result, note: checked.data.note ?? null },
      new Date(),
    );
    if (!("tries" in recorded)) return seeOther(`${PAGE}?notice=${recorded.outcome}`);
    await audit({
      action: "callback.outcome-recorded",
      citizenId: recorded.citizenId,
      object: { type: "form_submission", id: input.callback },
      details: { outcome: recorded.outcome, tries: recorded.tries },
    });
    if (recorded.outcome !== "appointment") return seeOther(`${PAGE}?notice=${recorded.outcome}`);
    if (!recorded.citizenId) return seeOther(`${PAGE}?notice=no-person`);
    const book = new URLSearchParams({
      person: recorded.citizenId,
      ...(recorded.requestType ? { requestType: recorded.requestType } : {}),
    });
    return seeOther(`/staff/front-desk/book?${book}`);
  },
);
