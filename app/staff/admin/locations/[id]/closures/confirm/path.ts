// The address of the closure's question (and, after confirming, of its outcome): the days and the
// reason the admin typed, never a person's data.
export const CANCEL_BOOKED = "cancel-booked";

export function closureConfirmPath(
  locationId: string,
  closure: { startsOn: string; endsOn: string; reason: string },
  cancelled?: number,
): string {
  const query = new URLSearchParams({ startsOn: closure.startsOn, endsOn: closure.endsOn, reason: closure.reason });
  if (cancelled !== undefined) query.set("cancelled", String(cancelled));
  return `/staff/admin/locations/${encodeURIComponent(locationId)}/closures/confirm?${query}`;
}
