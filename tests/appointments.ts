// Test data for the front desk: appointments stored directly (any time, any status), each with its
// own person, for tests of what is read and marked rather than of booking itself.
import { randomBytes } from "node:crypto";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { AppointmentStatus, Assistance } from "@/lib/generated/prisma/enums";

export interface StoredAppointment {
  locationId: string;
  startsAt: Date;
  name?: string;
  status?: AppointmentStatus;
  channel?: "in_person" | "video";
  checkedInAt?: Date;
  interpreterLanguage?: string;
  accessibilityNeeds?: string;
  bookedByStaffId?: string;
  assistance?: Assistance;
  requestTypeKey?: string;
}

export async function storeAppointment(prisma: PrismaClient, appointment: StoredAppointment) {
  const unique = randomBytes(8).toString("hex");
  const citizen = await prisma.citizen.create({ data: { name: appointment.name ?? `Person ${unique}` } });
  return prisma.appointment.create({
    data: {
      reference: `T-${unique}`,
      requestTypeKey: appointment.requestTypeKey ?? "change-report",
      channel: appointment.channel ?? "in_person",
      locationId: appointment.locationId,
      startsAt: appointment.startsAt,
      endsAt: new Date(appointment.startsAt.getTime() + 30 * 60_000),
      status: appointment.status ?? "booked",
      checkedInAt: appointment.checkedInAt,
      interpreterLanguage: appointment.interpreterLanguage,
      accessibilityNeeds: appointment.accessibilityNeeds,
      bookedByStaffId: appointment.bookedByStaffId,
      assistance: appointment.assistance ?? "self_service",
      manageTokenHash: `hash-${unique}`,
      citizenId: citizen.id,
    },
  });
}
