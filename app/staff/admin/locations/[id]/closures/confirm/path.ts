// The address of the closure's question (and, after confirming, of its outcome): the days and the
// reason the admin typed, never a person's data; and how the questions write an appointment's time.
export const CANCEL_BOOKED = "cancel-booked";

/** What Next.js hands a location's confirmation page (the closure's, the opening hours'). */
export interface ConfirmPageProps {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** The admin's page of a location, where its confirmations lead back to. */
export const locationPath = (locationId: string) => `/staff/admin/locations/${encodeURIComponent(locationId)}`;

export function closureConfirmPath(
  locationId: string,
  closure: { startsOn: string; endsOn: string; reason: string },
  cancelled?: number,
): string {
  const query = new URLSearchParams({ startsOn: closure.startsOn, endsOn: closure.endsOn, reason: closure.reason });
  if (cancelled !== undefined) query.set("cancelled", String(cancelled));
  return `${locationPath(locationId)}/closures/confirm?${query}`;
}

const dateFormat = new Intl.DateTimeFormat("de-DE", {
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
  timeZone: "Europe/Berlin",
});
const timeFormat = new Intl.DateTimeFormat("de-DE", { hour: "2-digit", minute: "2-digit", timeZone: "Europe/Berlin" });

/** An appointment's start as the lists of affected appointments show it: "08.12.2026, 09:00 Uhr". */
export const when = (instant: Date) => `${dateFormat.format(instant)}, ${timeFormat.format(instant)} Uhr`;
