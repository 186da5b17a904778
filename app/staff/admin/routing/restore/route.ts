// The admin's post "Version N wiederherstellen": the earlier content written again as the next
// version, with its audit event.
import { z } from "zod";
import { restoreRuleSet } from "@/lib/journey";
import { seeOther } from "@/lib/plain-post";
import { staffRoute } from "@/lib/staff";

const PAGE = "/staff/admin/routing";
const versionNumber = z
  .string()
  .regex(/^\d{1,9}$/)
  .transform(Number);
const restoreSchema = z.object({ version: versionNumber, basedOn: versionNumber });

export const POST = staffRoute(
  {
    action: "routing-rules.manage",
    input: restoreSchema,
    returnTo: PAGE,
    invalidInput: "Welche Version wiederhergestellt werden soll, fehlt oder ist keine Zahl.",
  },
  async ({ input, session, tx, audit }) => {
    const outcome = await restoreRuleSet(tx, session.staff.id, input.basedOn, input.version);
    if (outcome.outcome === "saved") {
      await audit({
        action: "routing-rules.restored",
        citizenId: null,
        object: { type: "routing_rule_set", id: outcome.id },
        details: { version: outcome.version, restoredFrom: input.version, changes: outcome.changes },
      });
      return seeOther(`${PAGE}?result=restored`);
    }
    return seeOther(`${PAGE}?result=${outcome.outcome === "invalid" ? "restore-invalid" : outcome.outcome}`);
  },
);
