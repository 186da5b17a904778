// The admin's plain post "Speichern" of a location's address, accessibility and booking window,
// with an event naming each setting's value before and after.
import { findLocationForAdmin, locationForm, updateLocationDetails } from "@/lib/booking";
import { staffRoute } from "@/lib/staff";
import { backToList, backWithNotice, backWithProblems, keptEntries, locationPath } from "../answer";

type Params = { id: string };

export const POST = staffRoute<typeof locationForm, Params>(
  { action: "locations.manage", input: locationForm, returnTo: ({ id }) => locationPath(id) },
  async ({ input, params, tx, audit }) => {
    const location = await findLocationForAdmin(tx, params.id);
    if (!location) return backToList();
    const outcome = await updateLocationDetails(tx, location.id, input);
    if (!outcome.ok)
      return outcome.problems
        ? backWithProblems(location.id, "details", outcome.problems, keptEntries(input))
        : backToList();
    if (Object.keys(outcome.changed).length === 0) return backWithNotice(location.id, "details", "unchanged");
    await audit({
      action: "location.updated",
      citizenId: null,
      object: { type: "location", id: location.id },
      details: { changed: outcome.changed },
    });
    return backWithNotice(location.id, "details", "saved");
  },
);
