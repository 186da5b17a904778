// The calendar file attached to an appointment's messages. It is queued as the entry it is made
// from, and made with the ics library when the message is delivered, by the renderer that booking
// registers with notifications as "calendar" when the worker starts: the library validates every
// event, CPU time the booking request should not pay (under load the web server is short of CPU,
// the worker is not; figures in docs/booking.md, "Measured"). The file the person gets is the one
// the calendar link (/api/v1/calendar/<token>) serves.
import { z } from "zod";
import { deferredAttachment, registerAttachmentRenderer, type StoredAttachment } from "@/lib/notifications";
import { appointmentIcs, type CalendarEntry } from "./calendar";

const KIND = "calendar";

const instant = z.iso.datetime().transform((value) => new Date(value));

/** A calendar entry as the outbox row keeps it (JSON: instants as ISO 8601 strings). */
const storedEntrySchema = z.object({
  reference: z.string(),
  title: z.string(),
  description: z.string(),
  location: z.string(),
  startsAt: instant,
  endsAt: instant,
  url: z.string().optional(),
  cancelled: z.boolean().optional(),
});

/** The attachment of a message: the entry now, the .ics file when the message is delivered. */
export function calendarAttachment(filename: string, entry: CalendarEntry): StoredAttachment {
  return deferredAttachment(KIND, filename, "text/calendar; charset=utf-8", {
    ...entry,
    startsAt: entry.startsAt.toISOString(),
    endsAt: entry.endsAt.toISOString(),
  });
}

/** Lets notifications make the calendar files at delivery; the worker calls it when it starts. */
export function registerCalendarRenderer(): void {
  registerAttachmentRenderer(KIND, (input) => appointmentIcs(storedEntrySchema.parse(input)));
}
