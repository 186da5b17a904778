// "Ja, stornieren" on the cancel page (the day view's question): through the staff door, cancel with
// the booking room's own cancel (the places are held, then freed; the person is told through the
// outbox as after their own cancel) and record it in the same transaction, then back to the day
// (post/redirect/get).
import { cancelAtFrontDesk, findAppointmentById } from "@/lib/booking";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { seeOther } from "@/lib/plain-post";
import { staffRoute } from "@/lib/staff";
import { DAY_PATH, dayPath, reachable, rowPost } from "../../day";

export const POST = staffRoute(
  { action: "appointment.cancel", input: rowPost, returnTo: DAY_PATH },
  async ({ input, tx, audit, location }) => {
    const target = await findAppointmentById(input.appointment, { client: tx });
    if (target) await location(target.locationId);
    try {
      const { appointment, cancelled } = await cancelAtFrontDesk(input.appointment, { client: tx });
      await audit({
        action: "appointment.cancelled",
        citizenId: appointment.citizenId,
        object: { type: "appointment", id: appointment.id },
        details: { outcome: cancelled ? "cancelled" : "already" },
      });
      return seeOther(
        dayPath(input, {
          notice: cancelled ? "cancelled" : "already-cancelled",
          ref: appointment.reference,
          notified: reachable(appointment.citizen),
        }),
      );
    } catch (error) {
      if (error instanceof NotFoundError) return seeOther(dayPath(input, { notice: "unknown" }));
      if (error instanceof ConflictError)
        return seeOther(
          dayPath(input, {
            notice: "not-open",
            ref: (await findAppointmentById(input.appointment, { client: tx }))?.reference,
          }),
        );
      throw error;
    }
  },
);
