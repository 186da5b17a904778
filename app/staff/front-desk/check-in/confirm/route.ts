// Checking a person in from the front desk: the check-in page's field (what a hand scanner types
// from the confirmation's QR code, or a reference typed by hand) and the day view's "Einchecken"
// both post here. Through the staff door: check in with the booking room's function and record it
// in the same transaction, then back to the page it came from with the outcome (post/redirect/get).
import { z } from "zod";
import { OTHER_DAY_CONFIRMED } from "@/components/staff/other-day-question";
import { checkInByCode, findAppointmentByCode } from "@/lib/booking";
import { seeOther } from "@/lib/plain-post";
import { staffRoute } from "@/lib/staff";
import { CHECK_IN_PAGE, checkInPath, dayPath } from "../../day";

const field = z.string().max(2_000).catch("");
const checkInPost = z.object({ code: field, back: field, location: field, day: field, otherDay: field });

const NOTICE = {
  "checked-in": "checked-in",
  already: "already",
  "not-possible": "check-in-not-possible",
  "other-day": "other-day",
} as const;

export const POST = staffRoute(
  { action: "appointment.check-in", input: checkInPost, returnTo: CHECK_IN_PAGE },
  async ({ input, tx, audit, location }) => {
    const back = (notice: Record<string, string | undefined>) =>
      input.back === "day" ? dayPath(input, notice) : checkInPath(input, notice);
    const code = input.code.trim();
    if (!code) return seeOther(back({ notice: "empty" }));
    // Another location's appointment is not the front desk's to check in (403), whatever page it came from.
    const target = await findAppointmentByCode(code, { client: tx });
    if (target) await location(target.locationId);
    const result = await checkInByCode(code, { client: tx, otherDayConfirmed: input.otherDay === OTHER_DAY_CONFIRMED });
    if (!result) return seeOther(back({ notice: "unknown", code: code.slice(0, 100) }));
    // Not today and not confirmed: the check-in page asks, and its answer comes back here (from the
    // day view too, which it returns to afterwards). Nothing was changed, so nothing to record.
    if (result.outcome === "other-day")
      return seeOther(
        checkInPath(input, {
          notice: "other-day",
          ref: result.reference,
          ...(input.back === "day" ? { back: "day", day: input.day } : {}),
        }),
      );
    await audit({
      action: "appointment.checked-in",
      citizenId: result.appointment.citizenId,
      object: { type: "appointment", id: result.appointment.id },
      details: { outcome: result.outcome },
    });
    return seeOther(back({ notice: NOTICE[result.outcome], ref: result.reference }));
  },
);
