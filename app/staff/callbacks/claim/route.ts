// Claims a callback request for the signed-in staff member ("Übernehmen"), with its audit event in
// the same transaction; back to the queue with the outcome (post/redirect/get).
import { z } from "zod";
import { claimCallback } from "@/lib/forms";
import { seeOther } from "@/lib/plain-post";
import { staffRoute } from "@/lib/staff";
import { isUuid } from "@/lib/validation";

const PAGE = "/staff/callbacks";

export const POST = staffRoute(
  { action: "callback.work", input: z.object({ callback: z.string() }), returnTo: PAGE },
  async ({ input, tx, session, audit }) => {
    if (!isUuid(input.callback)) return seeOther(`${PAGE}?notice=unknown`);
    const claimed = await claimCallback(tx, input.callback, session.staff.id);
    if (claimed.outcome !== "unknown")
      await audit({
        action: "callback.claimed",
        citizenId: claimed.citizenId,
        object: { type: "form_submission", id: input.callback },
        details: { outcome: claimed.outcome },
      });
    return seeOther(`${PAGE}?notice=${claimed.outcome}`);
  },
);
