// POST /api/v1/appointments: book (Idempotency-Key required).
import { handle } from "@/lib/api/http";
import { postAppointment } from "@/lib/booking";

export const POST = handle(postAppointment);
