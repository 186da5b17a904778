// The admin's plain post "Entfernen" on one closure of the location, with its event.
import { findLocationForAdmin, locationForm, removeClosure } from "@/lib/booking";
import { staffRoute } from "@/lib/staff";
import { backToList, backWithNotice, locationPath } from "../../answer";

type Params = { id: string };

export const POST = staffRoute<typeof locationForm, Params>(
  { action: "locations.manage", input: locationForm, returnTo: ({ id }) => locationPath(id) },
  async ({ input, params, tx, audit }) => {
    const location = await findLocationForAdmin(tx, params.id);
    if (!location) return backToList();
    const closureId = typeof input.closure === "string" ? input.closure : "";
    const removed = await removeClosure(tx, location.id, closureId);
    if (!removed) return backWithNotice(location.id, "closures", "closure-gone");
    await audit({
      action: "location.closure-removed",
      citizenId: null,
      object: { type: "location", id: location.id },
      details: { startsOn: removed.startsOn, endsOn: removed.endsOn, reason: removed.reason },
    });
    return backWithNotice(location.id, "closures", "closure-removed");
  },
);
