// The front desk's plain post "Person einchecken" on the check-in page: through the staff door,
// check the person in with booking's function and record it in the same transaction, then show the
// page again with the outcome (post/redirect/get).
import { z } from "zod";
import { checkIn } from "@/lib/booking";
import { seeOther } from "@/lib/plain-post";
import { staffRoute } from "@/lib/staff";

const pageOf = (reference: string) => `/staff/check-in/${encodeURIComponent(reference)}`;

export const POST = staffRoute(
  // The form carries no field: the reference is in the path.
  {
    action: "appointment.check-in",
    input: z.object({}),
    returnTo: ({ reference }: { reference: string }) => pageOf(reference),
  },
  async ({ params, tx, audit }) => {
    const result = await checkIn(params.reference, { client: tx });
    if (!result) return seeOther(pageOf(params.reference));
    await audit({
      action: "appointment.checked-in",
      citizenId: result.appointment.citizenId,
      object: { type: "appointment", id: result.appointment.id },
      details: { outcome: result.outcome },
    });
    return seeOther(`${pageOf(params.reference)}?result=${result.outcome}`);
  },
);
