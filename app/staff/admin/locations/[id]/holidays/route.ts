// The admin's plain post "Übernehmen" on a proposed public holiday: a closure day named by the
// holidays library (not by the form), with its event.
import { acceptHoliday, findLocationForAdmin, locationForm } from "@/lib/booking";
import { staffRoute } from "@/lib/staff";
import { backToList, backWithNotice, backWithProblems, locationPath } from "../answer";

type Params = { id: string };

export const POST = staffRoute<typeof locationForm, Params>(
  { action: "locations.manage", input: locationForm, returnTo: ({ id }) => locationPath(id) },
  async ({ input, params, tx, audit }) => {
    const location = await findLocationForAdmin(tx, params.id);
    if (!location) return backToList();
    const outcome = await acceptHoliday(tx, location, input);
    if (!outcome.ok) return backWithProblems(location.id, "holidays", outcome.problems, {});
    const { day, name } = outcome.holiday;
    await audit({
      action: "location.closure-added",
      citizenId: null,
      object: { type: "location", id: location.id },
      details: { startsOn: day, endsOn: day, reason: name, holiday: true },
    });
    return backWithNotice(location.id, "closures", "holiday-added");
  },
);
