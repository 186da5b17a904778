// Wall-clock time in Europe/Berlin ⇄ UTC instants. Everything is stored in UTC; people see Berlin
// time. TZDate does the zone arithmetic, so the days the clocks change come out right.
// Reading an instant as Berlin time asks TZDate only for the zone's offset, once per quarter hour
// of UTC (below): a page of 600 appointments or a week of slots needs a handful of look-ups, where
// a TZDate per instant costs several Intl calls each.
import { TZDate } from "@date-fns/tz";

export const TIME_ZONE = "Europe/Berlin";

/** The UTC instant of a Berlin wall-clock time, e.g. ("2026-03-29", "09:00"). */
export function berlinToUtc(isoDate: string, time: string): Date {
  const [year, month, day] = isoDate.split("-").map(Number);
  const [hours, minutes] = time.split(":").map(Number);
  return new Date(new TZDate(year, month - 1, day, hours, minutes, 0, 0, TIME_ZONE).getTime());
}

const QUARTER_HOUR_MS = 15 * 60_000;
const offsets = new Map<number, number>();

/**
 * Berlin's offset from UTC in minutes at an instant (60 or 120). Time zones change their offset only
 * on a quarter hour of UTC (Berlin's at 01:00 UTC), so the offset at a quarter hour's start holds
 * for every instant in it and is looked up once.
 */
function berlinOffsetMinutes(ms: number): number {
  const quarter = Math.floor(ms / QUARTER_HOUR_MS);
  let offset = offsets.get(quarter);
  if (offset === undefined) {
    offset = -new TZDate(quarter * QUARTER_HOUR_MS, TIME_ZONE).getTimezoneOffset();
    if (offsets.size >= 100_000) offsets.clear();
    offsets.set(quarter, offset);
  }
  return offset;
}

/** The instant shifted by Berlin's offset: its UTC fields are Berlin's wall clock. */
function wallClock(instant: Date): Date {
  const ms = instant.getTime();
  return new Date(ms + berlinOffsetMinutes(ms) * 60_000);
}

/** The Berlin calendar date (YYYY-MM-DD) of an instant. */
export function berlinDate(instant: Date): string {
  return wallClock(instant).toISOString().slice(0, 10);
}

/** The Berlin wall-clock time (HH:MM) of an instant. */
export function berlinTime(instant: Date): string {
  return wallClock(instant).toISOString().slice(11, 16);
}

/** ISO 8601 with the Berlin offset, e.g. 2026-03-30T09:00:00+02:00 (the API's format). */
export function toBerlinIso(instant: Date): string {
  const offset = berlinOffsetMinutes(instant.getTime());
  const sign = offset >= 0 ? "+" : "-";
  const abs = Math.abs(offset);
  return `${wallClock(instant).toISOString().slice(0, 19)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
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
