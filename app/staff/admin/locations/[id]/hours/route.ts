// The admin's plain post "Öffnungszeiten speichern": every period of the week with its places and
// the share held back for the front desk, replaced at once, with the rows before and after as event.
// New hours that would drop booked appointments (shorter hours, a day closed, fewer places) are
// not saved until the admin has seen those on ./confirm (the form kept on the server meanwhile) and
// confirmed exactly that list; then each is cancelled, the person told, each recorded.
import {
  bookedOutsideHours,
  cancelForClosure,
  findLocationForAdmin,
  locationForm,
  readOpeningHours,
  saveOpeningHours,
  sameAppointments,
} from "@/lib/booking";
import { seeOther } from "@/lib/plain-post";
import { keepStaffForm, openStaffForm, staffRoute } from "@/lib/staff";
import { backToList, backWithNotice, backWithProblems, keptEntries, locationPath } from "../answer";
import { CANCEL_BOOKED } from "../closures/confirm/path";

type Params = { id: string };

const listOf = (value: string | string[] | undefined) => (value === undefined ? [] : [value].flat());

export const POST = staffRoute<typeof locationForm, Params>(
  { action: "locations.manage", input: locationForm, returnTo: ({ id }) => locationPath(id) },
  async ({ session, input, params, tx, audit }) => {
    const location = await findLocationForAdmin(tx, params.id);
    if (!location) return backToList();
    // The confirmation posts the kept form's id, not the table again.
    const confirming = input.confirm === CANCEL_BOOKED;
    const form = confirming ? await openStaffForm(listOf(input.draft)[0], session.staff.id, "hours", tx) : input;
    const read = readOpeningHours(form);
    if (!read.ok) return backWithProblems(location.id, "hours", read.problems, keptEntries(form));
    const dropped = await bookedOutsideHours(tx, location.id, read.value);
    if (dropped.length > 0 && !(confirming && sameAppointments(dropped, listOf(input.appointment)))) {
      const draft = await keepStaffForm(tx, session.staff.id, "hours", keptEntries(form));
      return seeOther(`${locationPath(location.id)}/hours/confirm?${new URLSearchParams({ draft })}`);
    }
    const cancelled = await cancelForClosure(tx, dropped);
    for (const appointment of cancelled)
      await audit({
        action: "appointment.cancelled",
        citizenId: appointment.citizenId,
        object: { type: "appointment", id: appointment.id },
        details: { outcome: "cancelled", because: "hours" },
      });
    const outcome = await saveOpeningHours(tx, location.id, form);
    if (!outcome.ok) return backWithProblems(location.id, "hours", outcome.problems, keptEntries(form));
    await audit({
      action: "location.hours-saved",
      citizenId: null,
      object: { type: "location", id: location.id },
      details: { before: outcome.before, after: outcome.after, cancelled: cancelled.length },
    });
    return backWithNotice(location.id, "hours", cancelled.length > 0 ? "hours-saved-cancelled" : "hours-saved");
  },
);
