// Attachments as the outbox stores them and as the transports send them. A calendar file is stored
// as the few fields it is made from and rendered with the ics library when the message is
// delivered: the library validates every event (about 0.2 ms per file once warm, several ms cold),
// CPU time the booking request should not pay (under load the web server is short of CPU, the
// worker is not). The file the person gets is the one the calendar link (/api/v1/calendar/<token>)
// serves.
import { appointmentIcs, type CalendarEntry } from "@/lib/booking/calendar";

// Type aliases, not interfaces: Prisma's JSON input type accepts them as plain JSON objects.

/** A file ready to send. */
export type FileAttachment = {
  filename: string;
  contentType: string;
  content: string;
};

/** A calendar entry in JSON form (instants as ISO 8601 strings). */
export type StoredCalendarEntry = Omit<CalendarEntry, "startsAt" | "endsAt"> & { startsAt: string; endsAt: string };

/** A calendar file to be made at delivery. */
export type CalendarAttachment = {
  filename: string;
  contentType: string;
  calendar: StoredCalendarEntry;
};

export type StoredAttachment = FileAttachment | CalendarAttachment;

export function calendarAttachment(filename: string, entry: CalendarEntry): CalendarAttachment {
  return {
    filename,
    contentType: "text/calendar; charset=utf-8",
    calendar: { ...entry, startsAt: entry.startsAt.toISOString(), endsAt: entry.endsAt.toISOString() },
  };
}

/** The file to send; a calendar entry is rendered now. A malformed entry throws (the send is retried, then given up). */
export function renderAttachment(stored: StoredAttachment): FileAttachment {
  if (!("calendar" in stored)) return stored;
  const { calendar, filename, contentType } = stored;
  return { filename, contentType, content: appointmentIcs({ ...calendar, startsAt: new Date(calendar.startsAt), endsAt: new Date(calendar.endsAt) }) };
}
