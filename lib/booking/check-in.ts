// The front desk's part of an appointment: find it by its reference (the QR code on the
// confirmation) and check the person in. Only a booked appointment can be checked in; doing it
// twice changes nothing. Both take a client, so that the staff door can run them in the
// transaction that also records the audit event.
import { db } from "@/lib/db";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";

type Client = PrismaClient | Prisma.TransactionClient;

/** References are letters, digits and dashes; anything else names no appointment. */
const isReference = (reference: string) => /^[A-Za-z0-9-]{1,40}$/.test(reference);

export async function findAppointmentByReference(reference: string, options: { client?: Client } = {}) {
  if (!isReference(reference)) return null;
  return (options.client ?? db).appointment.findUnique({
    where: { reference },
    include: { citizen: true, location: true, requestType: true },
  });
}

export type CheckInOutcome = "checked-in" | "already" | "not-possible";

export interface CheckInResult {
  outcome: CheckInOutcome;
  appointment: { id: string; citizenId: string };
}

/** Checks the person in; null when no appointment has the reference. */
export async function checkIn(reference: string, options: { client?: Client; now?: Date } = {}): Promise<CheckInResult | null> {
  const client = options.client ?? db;
  if (!isReference(reference)) return null;
  const found = await client.appointment.findUnique({ where: { reference }, select: { id: true, citizenId: true } });
  if (!found) return null;
  const updated = await client.appointment.updateMany({ where: { id: found.id, status: "booked" }, data: { status: "checked_in", checkedInAt: options.now ?? new Date() } });
  if (updated.count === 1) return { outcome: "checked-in", appointment: found };
  const current = await client.appointment.findUnique({ where: { id: found.id }, select: { status: true } });
  return { outcome: current?.status === "checked_in" ? "already" : "not-possible", appointment: found };
}
