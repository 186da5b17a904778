// What the front desk's pages and posts share: the day view's address (location and day, and the
// notice a post leaves there), the German names of statuses and who booked, and the
// day's rows as the CSV file has them.
import { z } from "zod";
import type { DayAppointment } from "@/lib/booking";
import { languageName } from "@/lib/languages";
import { isUuid, isCalendarDay } from "@/lib/validation";

export const DAY_PATH = "/staff/front-desk";
export const CHECK_IN_PAGE = "/staff/front-desk/check-in";

export const STATUS_LABEL = {
  booked: "gebucht",
  checked_in: "eingecheckt",
  completed: "erledigt",
  no_show: "nicht erschienen",
  cancelled: "storniert",
} as const;

export function bookedByText({ assistance, staffName }: DayAppointment["bookedBy"]): string {
  if (assistance === "self_service") return "selbst";
  const how = assistance === "phone" ? "am Telefon" : "am Schalter";
  return staffName ? `${how} von ${staffName}` : `${how} (Konto gelöscht)`;
}

const dayFormat = new Intl.DateTimeFormat("de-DE", {
  weekday: "long",
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});
const whenFormat = new Intl.DateTimeFormat("de-DE", {
  weekday: "short",
  day: "numeric",
  month: "numeric",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "Europe/Berlin",
});

/** "Dienstag, 1. Dezember 2026" for 2026-12-01. */
export const dayText = (day: string) => dayFormat.format(new Date(`${day}T12:00:00Z`));
/** "Di., 1.12.2026, 09:30" (Berlin). */
export const whenText = (instant: Date) => whenFormat.format(instant);

type Extra = Record<string, string | undefined>;

function withQuery(path: string, context: { location?: unknown; day?: unknown }, extra: Extra = {}): string {
  const query = new URLSearchParams();
  if (isUuid(context.location)) query.set("location", context.location);
  if (typeof context.day === "string" && isCalendarDay(context.day)) query.set("day", context.day);
  for (const [name, value] of Object.entries(extra)) if (value !== undefined) query.set(name, value);
  const search = query.toString();
  return search ? `${path}?${search}` : path;
}

/** The day view (location and day kept when they are valid), with what a post left to say. */
export const dayPath = (context: { location?: unknown; day?: unknown }, notice?: Extra) =>
  withQuery(DAY_PATH, context, notice);

/** The check-in page (at a location, when it is valid), with what its post left to say. */
export const checkInPath = (context: { location?: unknown }, notice?: Extra) =>
  withQuery(CHECK_IN_PAGE, { location: context.location }, notice);

/** The day's rows as the CSV file has them: one heading per column. */
export const CSV_HEADINGS = [
  "Uhrzeit",
  "Vorgangsnummer",
  "Name",
  "Kundennummer",
  "Anliegen",
  "Dolmetschen",
  "Barrierefreiheit",
  "Status",
  "Gebucht",
];

export function csvRow(appointment: DayAppointment): string[] {
  return [
    appointment.time,
    appointment.reference,
    appointment.name,
    appointment.customerNumber ?? "",
    appointment.requestTypeTitle,
    languageName(appointment.interpreterLanguage) ?? "",
    appointment.accessibilityNeeds ?? "",
    STATUS_LABEL[appointment.status],
    bookedByText(appointment.bookedBy),
  ];
}

/**
 * The fields a row's post carries. Read leniently: the forms are the portal's own, so a field that
 * is missing or malformed names no appointment (a notice on the page), never a bare error answer.
 */
const field = z.string().max(2_000).catch("");
export const rowPost = z.object({ appointment: field, location: field, day: field });

/** Whether the person can be told by e-mail or SMS. */
export const reachable = (citizen: { email: string | null; phone: string | null }) =>
  citizen.email || citizen.phone ? "1" : "0";
