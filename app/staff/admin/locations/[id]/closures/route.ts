// The admin's plain post "Schließung eintragen": a day or a range with its reason, and its event.
// Where appointments are booked on those days, nothing is saved until the admin has seen them on
// ./confirm and confirmed exactly that list; then the closure is saved and each is cancelled (the
// person told through the outbox), each recorded.
import {
  addClosure,
  bookedDuring,
  cancelForClosure,
  findLocationForAdmin,
  locationForm,
  parseClosure,
  sameAppointments,
} from "@/lib/booking";
import { seeOther } from "@/lib/plain-post";
import { staffRoute } from "@/lib/staff";
import { backToList, backWithNotice, backWithProblems, keptEntries, locationPath } from "../answer";
import { CANCEL_BOOKED, closureConfirmPath } from "./confirm/path";

type Params = { id: string };

const listOf = (value: string | string[] | undefined) => (value === undefined ? [] : [value].flat());

export const POST = staffRoute<typeof locationForm, Params>(
  { action: "locations.manage", input: locationForm, returnTo: ({ id }) => locationPath(id) },
  async ({ input, params, tx, audit }) => {
    const location = await findLocationForAdmin(tx, params.id);
    if (!location) return backToList();
    const closure = parseClosure(input);
    if (!closure.ok) return backWithProblems(location.id, "closures", closure.problems, keptEntries(input));
    const booked = await bookedDuring(tx, location.id, closure.value);
    const confirmed = input.confirm === CANCEL_BOOKED && sameAppointments(booked, listOf(input.appointment));
    if (booked.length > 0 && !confirmed) return seeOther(closureConfirmPath(location.id, closure.value));
    const cancelled = await cancelForClosure(tx, booked);
    for (const appointment of cancelled)
      await audit({
        action: "appointment.cancelled",
        citizenId: appointment.citizenId,
        object: { type: "appointment", id: appointment.id },
        details: { outcome: "cancelled", because: "closure" },
      });
    const added = await addClosure(tx, location.id, input);
    if (!added.ok) return backWithProblems(location.id, "closures", added.problems, keptEntries(input));
    await audit({
      action: "location.closure-added",
      citizenId: null,
      object: { type: "location", id: location.id },
      details: { ...closure.value, holiday: false, cancelled: cancelled.length },
    });
    if (cancelled.length > 0) return seeOther(closureConfirmPath(location.id, closure.value, cancelled.length));
    return backWithNotice(location.id, "closures", "closure-added");
  },
);
