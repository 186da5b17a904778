// The admin's plain post "Öffnungszeiten speichern": every period of the week with its places and
// the share held back for the front desk, replaced at once, with the rows before and after as event.
import { findLocationForAdmin, locationForm, saveOpeningHours } from "@/lib/booking";
import { staffRoute } from "@/lib/staff";
import { backToList, backWithNotice, backWithProblems, keptEntries, locationPath } from "../answer";

type Params = { id: string };

export const POST = staffRoute<typeof locationForm, Params>(
  { action: "locations.manage", input: locationForm, returnTo: ({ id }) => locationPath(id) },
  async ({ input, params, tx, audit }) => {
    const location = await findLocationForAdmin(tx, params.id);
    if (!location) return backToList();
    const outcome = await saveOpeningHours(tx, location.id, input);
    if (!outcome.ok) return backWithProblems(location.id, "hours", outcome.problems, keptEntries(input));
    await audit({
      action: "location.hours-saved",
      citizenId: null,
      object: { type: "location", id: location.id },
      details: { before: outcome.before, after: outcome.after },
    });
    return backWithNotice(location.id, "hours", "hours-saved");
  },
);
