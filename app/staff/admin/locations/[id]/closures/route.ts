// The admin's plain post "Schließung eintragen": a day or a range with its reason, and its event.
import { addClosure, findLocationForAdmin, locationForm } from "@/lib/booking";
import { staffRoute } from "@/lib/staff";
import { backToList, backWithNotice, backWithProblems, keptEntries, locationPath } from "../answer";

type Params = { id: string };

export const POST = staffRoute<typeof locationForm, Params>(
  { action: "locations.manage", input: locationForm, returnTo: ({ id }) => locationPath(id) },
  async ({ input, params, tx, audit }) => {
    const location = await findLocationForAdmin(tx, params.id);
    if (!location) return backToList();
    const outcome = await addClosure(tx, location.id, input);
    if (!outcome.ok) return backWithProblems(location.id, "closures", outcome.problems, keptEntries(input));
    await audit({
      action: "location.closure-added",
      citizenId: null,
      object: { type: "location", id: location.id },
      details: { ...outcome.value, holiday: false },
    });
    return backWithNotice(location.id, "closures", "closure-added");
  },
);
