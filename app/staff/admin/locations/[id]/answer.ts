// Where a location's posts send the admin back: the location's page, at the form that was sent,
// with a notice, or with the problems by field and the entries kept (as long as the address stays short).
import { seeOther } from "@/lib/plain-post";

export type LocationSection = "details" | "hours" | "closures" | "holidays" | "display";

export const locationPath = (id: string) => `/staff/admin/locations/${encodeURIComponent(id)}`;

/** Longest address to send back; the proxy refuses 2,048 characters and more. */
const MAX_BACK_LENGTH = 1800;

/** A post for a location that does not exist (any more): back to the list. */
export const backToList = () => seeOther("/staff/admin/locations?notice=not-found");

export function backWithNotice(id: string, section: LocationSection, notice: string): Response {
  return seeOther(`${locationPath(id)}?${new URLSearchParams({ notice })}#${section}`);
}

export function backWithProblems(
  id: string,
  section: LocationSection,
  problems: Record<string, string>,
  kept: Record<string, string>,
): Response {
  const query = new URLSearchParams({ form: section });
  for (const [field, message] of Object.entries(problems).slice(0, 8)) query.append(`p.${field}`, message);
  const withEntries = new URLSearchParams(query);
  for (const [field, value] of Object.entries(kept)) if (value !== "") withEntries.append(`v.${field}`, value);
  const address = `${locationPath(id)}?${withEntries}`;
  return seeOther(`${address.length <= MAX_BACK_LENGTH ? address : `${locationPath(id)}?${query}`}#${section}`);
}

/** The posted text fields as they were typed, for the form to show again. */
export function keptEntries(form: Record<string, string | string[]>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(form).map(([name, value]) => [name, (Array.isArray(value) ? value[0] : value).slice(0, 1000)]),
  );
}
