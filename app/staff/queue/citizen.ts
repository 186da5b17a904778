// The person behind a ticket, for the audit event: only a checked-in appointment's ticket has one.
import { findAppointmentById } from "@/lib/booking";
import type { Prisma } from "@/lib/generated/prisma/client";

export async function citizenOf(appointmentId: string | null, tx: Prisma.TransactionClient): Promise<string | null> {
  if (!appointmentId) return null;
  return (await findAppointmentById(appointmentId, { client: tx }))?.citizenId ?? null;
}
