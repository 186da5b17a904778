// GET /api/v1/calendar/{manage token}: the appointment's calendar file (.ics).
import { handle } from "@/lib/api/http";
import { findByToken, calendarFile } from "@/lib/booking";

type Context = { params: Promise<{ token: string }> };

export const GET = handle(async (_request: Request, context: Context) => {
  const { token } = await context.params;
  // An unknown or malformed token is a NotFoundError (404); an unreachable database stays a 503.
  const appointment = await findByToken(token);
  return new Response(calendarFile(appointment, token, appointment.status === "cancelled"), {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="termin-${appointment.reference}.ics"`,
      "Cache-Control": "no-store",
    },
  });
});
