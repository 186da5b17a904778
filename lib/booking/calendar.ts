// The calendar file (.ics) of an appointment, made with the ics library; times in UTC.
import { createEvent } from "ics";

export interface CalendarEntry {
  reference: string;
  title: string;
  description: string;
  location: string;
  startsAt: Date;
  endsAt: Date;
  url?: string;
  cancelled?: boolean;
}

export function appointmentIcs(entry: CalendarEntry): string {
  const { error, value } = createEvent({
    uid: `${entry.reference}@zugang`,
    title: entry.title,
    description: entry.description,
    location: entry.location,
    start: entry.startsAt.getTime(),
    startInputType: "utc",
    startOutputType: "utc",
    end: entry.endsAt.getTime(),
    endInputType: "utc",
    endOutputType: "utc",
    status: entry.cancelled ? "CANCELLED" : "CONFIRMED",
    productId: "zugang/booking",
    ...(entry.url ? { url: entry.url } : {}),
    alarms: entry.cancelled
      ? []
      : [{ action: "display", description: entry.title, trigger: { hours: 24, before: true } }],
  });
  if (error || !value) throw new Error(`calendar file could not be made: ${error?.message ?? "empty"}`);
  return value;
}
