// Front desk: find an appointment by its reference (the QR code on the confirmation) and check the
// person in. Only a booked appointment can be checked in; doing it twice changes nothing.
import { db } from "@/lib/db";

export async function findAppointmentByReference(reference: string) {
  if (!/^[A-Za-z0-9-]{1,40}$/.test(reference)) return null;
  return db.appointment.findUnique({
    where: { reference },
    include: { citizen: true, location: true, requestType: true },
  });
}

export type CheckInOutcome = "checked-in" | "already" | "not-possible";

export async function checkIn(reference: string, now = new Date()): Promise<CheckInOutcome> {
  const updated = await db.appointment.updateMany({ where: { reference, status: "booked" }, data: { status: "checked_in", checkedInAt: now } });
  if (updated.count === 1) return "checked-in";
  const current = await db.appointment.findUnique({ where: { reference }, select: { status: true } });
  return current?.status === "checked_in" ? "already" : "not-possible";
}
