// The admin's plain post "Speichern" of a request type: saved with an event naming each changed
// setting before and after, or the entries kept with their problems and the page shown again.
import { forgetRefusedForms, keepRefusedForm, requestTypeFormSchema, saveRequestTypeSettings } from "@/lib/journey";
import { seeOther } from "@/lib/plain-post";
import { staffRoute } from "@/lib/staff";
import { formExists } from "../../online-form";

type Params = { key: string };

const LIST = "/staff/admin/request-types";
const editPath = (key: string) => `${LIST}/${encodeURIComponent(key)}`;

const CONFLICT =
  "Inzwischen hat jemand anderes dieses Anliegen gespeichert. Ihre Eingaben stehen unten noch; prüfen Sie sie und speichern Sie erneut, um die andere Änderung zu ersetzen.";

export const POST = staffRoute<typeof requestTypeFormSchema, Params>(
  {
    action: "request-types.manage",
    input: requestTypeFormSchema,
    returnTo: ({ key }) => editPath(key),
    invalidInput: "Die Angaben des Formulars sind zu lang oder unvollständig. Bitte laden Sie die Seite neu.",
  },
  async ({ input, params, session, tx, audit }) => {
    const outcome = await saveRequestTypeSettings(tx, session.staff.id, params.key, input, { formExists });
    const staffId = session.staff.id;
    switch (outcome.outcome) {
      case "not-found":
        return seeOther(`${LIST}?notice=not-found`);
      case "invalid":
        return seeOther(
          `${editPath(params.key)}?draft=${await keepRefusedForm(tx, staffId, params.key, input, outcome.problems)}`,
        );
      case "conflict":
        // Kept on the version now stored: saving again replaces the other change on purpose.
        return seeOther(
          `${editPath(params.key)}?draft=${await keepRefusedForm(tx, staffId, params.key, { ...input, basedOn: outcome.version }, { basedOn: CONFLICT })}`,
        );
      case "unchanged":
        await forgetRefusedForms(tx, staffId, params.key);
        return seeOther(`${editPath(params.key)}?notice=unchanged`);
      case "saved":
        await forgetRefusedForms(tx, staffId, params.key);
        await audit({
          action: "request-type.saved",
          citizenId: null,
          object: { type: "request_type", id: params.key },
          details: { changed: outcome.changes, routingVersion: outcome.routing?.version ?? null },
        });
        return seeOther(`${editPath(params.key)}?notice=${outcome.routing ? "saved-with-rules" : "saved"}`);
    }
  },
);
