// "Nicht erschienen" on a row of the day view: through the staff door, mark the appointment by the
// booking room's rule (start + grace time passed, still booked) and record it in the same
// transaction, then back to the day with the outcome (post/redirect/get).
import { findAppointmentById, markNoShow } from "@/lib/booking";
import { seeOther } from "@/lib/plain-post";
import { staffRoute } from "@/lib/staff";
import { DAY_PATH, dayPath, rowPost } from "../day";

const NOTICE = { marked: "no-show", "too-early": "no-show-too-early", "not-possible": "no-show-not-possible" } as const;

export const POST = staffRoute(
  { action: "appointment.no-show", input: rowPost, returnTo: DAY_PATH },
  async ({ input, tx, audit, location }) => {
    const target = await findAppointmentById(input.appointment, { client: tx });
    if (target) await location(target.locationId);
    const result = await markNoShow(input.appointment, new Date(), { client: tx });
    if (!result) return seeOther(dayPath(input, { notice: "unknown" }));
    const { appointment, outcome } = result;
    await audit({
      action: "appointment.marked-no-show",
      citizenId: appointment.citizenId,
      object: { type: "appointment", id: appointment.id },
      details: { outcome },
    });
    return seeOther(dayPath(input, { notice: NOTICE[outcome], ref: appointment.reference }));
  },
);
