// The admin's post "Speichern als neue Version" of the routing form: the draft checked and saved as
// the next version, with its audit event, or the form shown again with what stopped it.
import {
  currentRuleSet,
  readRoutingForm,
  requestTypesForRules,
  routingFormQuery,
  routingFormSchema,
  saveRuleSet,
} from "@/lib/journey";
import { seeOther } from "@/lib/plain-post";
import { staffRoute } from "@/lib/staff";

const PAGE = "/staff/admin/routing";

export const POST = staffRoute(
  {
    action: "routing-rules.manage",
    input: routingFormSchema,
    returnTo: PAGE,
    invalidInput: "Die Angaben des Formulars sind unvollständig oder zu lang. Bitte laden Sie die Seite neu.",
  },
  async ({ input, session, tx, audit }) => {
    const [current, types] = await Promise.all([currentRuleSet(tx), requestTypesForRules(tx)]);
    const form = readRoutingForm({ ...input, draft: "1" }, current.content, types);
    const back = (result: string) => seeOther(`${PAGE}?${routingFormQuery({ ...input, draft: "1", result })}`);
    if (form.problems.length > 0) return back("invalid");
    const outcome = await saveRuleSet(tx, session.staff.id, form.basedOn, form.draft);
    if (outcome.outcome === "invalid") return back("invalid");
    if (outcome.outcome === "conflict") return back("conflict");
    if (outcome.outcome !== "saved")
      return seeOther(`${PAGE}?type=${encodeURIComponent(form.requestType)}&result=unchanged`);
    await audit({
      action: "routing-rules.saved",
      citizenId: null,
      object: { type: "routing_rule_set", id: outcome.id },
      details: { version: outcome.version, changes: outcome.changes },
    });
    return seeOther(`${PAGE}?type=${encodeURIComponent(form.requestType)}&result=saved`);
  },
);
