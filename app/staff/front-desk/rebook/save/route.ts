// "Auf diese Zeit umbuchen": through the staff door, move the appointment with the booking room's
// own reschedule (the rules of the manage link, the front desk's places included; the new places
// taken, the old ones held, the person told through the outbox) and record it in the same
// transaction; then back to the day view (which offers the new printout with its new manage code),
// or to the choice when the time is gone.
import { z } from "zod";
import { findAppointmentById, rescheduleAtFrontDesk } from "@/lib/booking";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { seeOther } from "@/lib/plain-post";
import { publicBaseUrl } from "@/lib/env";
import { printCodeCookie, staffRoute } from "@/lib/staff";
import { DAY_PATH, dayPath, reachable } from "../../day";

const field = z.string().max(2_000).catch("");
const rebookPost = z.object({ appointment: field, start: field, location: field, day: field });

export const POST = staffRoute(
  { action: "appointment.rebook", input: rebookPost, returnTo: DAY_PATH },
  async ({ input, tx, audit, location }) => {
    const choice = (error: string) =>
      seeOther(
        `${DAY_PATH}/rebook?${new URLSearchParams({ appointment: input.appointment, location: input.location, day: input.day, error })}`,
      );
    const start = new Date(input.start);
    if (!input.start || Number.isNaN(start.getTime())) return choice("none");
    const before = await findAppointmentById(input.appointment, { client: tx });
    if (!before) return seeOther(dayPath(input, { notice: "unknown" }));
    await location(before.locationId);
    try {
      const moved = await rescheduleAtFrontDesk(input.appointment, start, { client: tx });
      await audit({
        action: "appointment.rebooked",
        citizenId: moved.citizenId,
        object: { type: "appointment", id: moved.id },
        details: { from: before.startsAt.toISOString(), to: moved.startsAt.toISOString() },
      });
      const response = seeOther(
        dayPath(input, {
          notice: "rebooked",
          ref: moved.reference,
          to: moved.startsAt.toISOString(),
          notified: reachable(moved.citizen),
        }),
      );
      // The new printout's code travels as after a booking: in a cookie of the confirmation page.
      if (moved.manageCode)
        response.headers.append(
          "Set-Cookie",
          printCodeCookie(moved.reference, moved.manageCode, publicBaseUrl().startsWith("https:")),
        );
      return response;
    } catch (error) {
      if (error instanceof NotFoundError) return seeOther(dayPath(input, { notice: "unknown" }));
      if (error instanceof ConflictError && error.code === "slot-taken") return choice("taken");
      if (error instanceof ValidationError) return choice("invalid");
      if (error instanceof ConflictError)
        return seeOther(dayPath(input, { notice: "not-open", ref: before.reference }));
      throw error;
    }
  },
);
