// "Neuen Code drucken" on the printable confirmation: the appointment gets a new manage link and
// printed code (the old ones end), recorded in the same transaction; the code travels to the
// confirmation page in its cookie, as after a booking (post/redirect/get).
import { z } from "zod";
import { findAppointmentByReference, renewManageLink } from "@/lib/booking";
import { publicBaseUrl } from "@/lib/env";
import { seeOther } from "@/lib/plain-post";
import { confirmationPath, printCodeCookie, staffRoute } from "@/lib/staff";

type Params = { reference: string };

const renewPost = z.object({});

export const POST = staffRoute<typeof renewPost, Params>(
  {
    action: "appointment.print-confirmation",
    // The form carries no field: the reference is in the path.
    input: renewPost,
    returnTo: ({ reference }) => confirmationPath(reference),
  },
  async ({ params, tx, audit, location }) => {
    const appointment = await findAppointmentByReference(params.reference, { client: tx });
    if (appointment) await location(appointment.locationId);
    const renewed = appointment ? await renewManageLink(appointment.id, tx) : null;
    if (!appointment || !renewed) return seeOther(`${confirmationPath(params.reference)}?renewed=0`);
    await audit({
      action: "appointment.manage-link-renewed",
      citizenId: renewed.citizenId,
      object: { type: "appointment", id: appointment.id },
      details: {},
    });
    const response = seeOther(confirmationPath(renewed.reference));
    response.headers.append(
      "Set-Cookie",
      printCodeCookie(renewed.reference, renewed.code, publicBaseUrl().startsWith("https:")),
    );
    return response;
  },
);
