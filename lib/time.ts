// Wall-clock time in Europe/Berlin ⇄ UTC instants. Everything is stored in UTC; people see Berlin
// time. TZDate does the zone arithmetic, so the days the clocks change come out right.
import { TZDate } from "@date-fns/tz";

export const TIME_ZONE = "Europe/Berlin";

/** The UTC instant of a Berlin wall-clock time, e.g. ("2026-03-29", "09:00"). */
export function berlinToUtc(isoDate: string, time: string): Date {
  const [year, month, day] = isoDate.split("-").map(Number);
  const [hours, minutes] = time.split(":").map(Number);
  return new Date(new TZDate(year, month - 1, day, hours, minutes, 0, 0, TIME_ZONE).getTime());
}

/** The Berlin calendar date (YYYY-MM-DD) of an instant. */
export function berlinDate(instant: Date): string {
  const local = new TZDate(instant.getTime(), TIME_ZONE);
  return `${local.getFullYear()}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}`;
}

/** The Berlin wall-clock time (HH:MM) of an instant. */
export function berlinTime(instant: Date): string {
  const local = new TZDate(instant.getTime(), TIME_ZONE);
  return `${pad(local.getHours())}:${pad(local.getMinutes())}`;
}

/** ISO 8601 with the Berlin offset, e.g. 2026-03-30T09:00:00+02:00 (the API's format). */
export function toBerlinIso(instant: Date): string {
  const local = new TZDate(instant.getTime(), TIME_ZONE);
  const offset = -local.getTimezoneOffset();
  const sign = offset >= 0 ? "+" : "-";
  const abs = Math.abs(offset);
  return `${berlinDate(instant)}T${berlinTime(instant)}:${pad(local.getSeconds())}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** Adds whole calendar days to a YYYY-MM-DD date. */
export function addDays(isoDate: string, days: number): string {
  const [year, month, day] = isoDate.split("-").map(Number);
  const date = new Date(Date.UTC(year, month - 1, day + days));
  return date.toISOString().slice(0, 10);
}

/** ISO weekday of a YYYY-MM-DD date: 1 = Monday … 7 = Sunday. */
export function isoWeekday(isoDate: string): number {
  const [year, month, day] = isoDate.split("-").map(Number);
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return weekday === 0 ? 7 : weekday;
}

function pad(value: number): string {
  return String(value).padStart(2, "0");
}
