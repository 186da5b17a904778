// The front desk's plain post "Person einchecken" on the check-in page: through the staff door,
// check the person in with booking's function and record it in the same transaction, then show the
// page again with the outcome (post/redirect/get).
import { z } from "zod";
import { OTHER_DAY_CONFIRMED } from "@/components/staff/other-day-question";
import { checkIn, findAppointmentByReference } from "@/lib/booking";
import { seeOther } from "@/lib/plain-post";
import { staffRoute } from "@/lib/staff";

const pageOf = (reference: string) => `/staff/check-in/${encodeURIComponent(reference)}`;

export const POST = staffRoute(
  // The reference is in the path; the form of the question carries the confirmation for another day.
  {
    action: "appointment.check-in",
    input: z.object({ otherDay: z.literal(OTHER_DAY_CONFIRMED).optional() }),
    returnTo: ({ reference }: { reference: string }) => pageOf(reference),
  },
  async ({ input, params, tx, audit, location }) => {
    const target = await findAppointmentByReference(params.reference, { client: tx });
    if (target) await location(target.locationId);
    const result = await checkIn(params.reference, { client: tx, otherDayConfirmed: input.otherDay !== undefined });
    if (!result) return seeOther(pageOf(params.reference));
    // Not today and not confirmed: the page asks (nothing was changed, so nothing to record).
    if (result.outcome === "other-day") return seeOther(pageOf(params.reference));
    await audit({
      action: "appointment.checked-in",
      citizenId: result.appointment.citizenId,
      object: { type: "appointment", id: result.appointment.id },
      details: { outcome: result.outcome },
    });
    return seeOther(`${pageOf(params.reference)}?result=${result.outcome}`);
  },
);
