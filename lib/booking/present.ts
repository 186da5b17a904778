// Appointments and locations as the API shows them.
import type { z } from "zod";
import type { appointmentView, locationView } from "./api-schemas";
import type { ManagedAppointment } from "./manage";
import { toApiChannel, type BookingChannel } from "@/lib/channels";
import { toBerlinIso } from "@/lib/time";
import { videoUrl } from "./video";
import { db } from "@/lib/db";

export async function appointmentJson(appointment: ManagedAppointment): Promise<z.infer<typeof appointmentView>> {
  return {
    id: appointment.id,
    reference: appointment.reference,
    status: appointment.status,
    requestType: appointment.requestTypeKey,
    // An appointment is only ever booked by video or in person (book_appointment checks it).
    channel: toApiChannel(appointment.channel as BookingChannel),
    locationId: appointment.locationId,
    start: toBerlinIso(appointment.startsAt),
    end: toBerlinIso(appointment.endsAt),
    ...(appointment.roomName
      ? {
          videoUrl: await videoUrl(appointment.roomName, appointment),
          videoConsent: appointment.videoConsentAt !== null,
        }
      : {}),
  };
}

export async function listLocations(): Promise<z.infer<typeof locationView>[]> {
  const rows = await db.location.findMany({
    where: { active: true },
    include: { openingHours: true },
    orderBy: [{ kind: "asc" }, { name: "asc" }],
  });
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    address: row.kind === "physical" ? { street: row.street, postalCode: row.postalCode, city: row.city } : null,
    channels: [toApiChannel(row.kind === "virtual" ? "video" : "in_person")],
    stepFree: row.stepFree,
    accessibilityNotes: row.accessibilityNotes,
    walkInNotes: row.walkInNotes,
    openingHours: row.openingHours
      .sort((a, b) => a.weekday - b.weekday || a.opensAt.localeCompare(b.opensAt))
      .map((hours) => ({ weekday: hours.weekday, opens: hours.opensAt, closes: hours.closesAt, walkIn: hours.walkIn })),
  }));
}
