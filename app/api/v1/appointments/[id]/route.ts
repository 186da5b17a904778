// GET and DELETE /api/v1/appointments/{id} with "Authorization: Bearer <manage token>"; anything
// else is 404 so that ids cannot be probed.
import { handle } from "@/lib/api/http";
import { deleteAppointment, getAppointment } from "@/lib/booking";

type Context = { params: Promise<{ id: string }> };

export const GET = handle(async (request: Request, context: Context) =>
  getAppointment(request, (await context.params).id),
);
export const DELETE = handle(async (request: Request, context: Context) =>
  deleteAppointment(request, (await context.params).id),
);
