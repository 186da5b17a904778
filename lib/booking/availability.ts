// Pure slot calculation: opening hours (Berlin wall-clock), closures, slot length, minimum notice,
// booking horizon and the places already booked → the free slots with how many places remain.
// Capacity is counted in 15-minute units, so request types of different lengths share counters.
import { addDays, berlinDate, berlinToUtc, isoWeekday } from "@/lib/time";

export const UNIT_MINUTES = 15;
const UNIT_MS = UNIT_MINUTES * 60_000;

export interface HoursRule {
  weekday: number;
  opensAt: string;
  closesAt: string;
  capacity: number;
  frontDeskReserve: number;
}

export interface ClosureRule {
  /** YYYY-MM-DD, inclusive */
  startsOn: string;
  endsOn: string;
}

export interface AvailabilityInput {
  location: { id: string; minNoticeMinutes: number; horizonDays: number };
  hours: HoursRule[];
  closures: ClosureRule[];
  slotMinutes: number;
  /** Berlin dates, inclusive */
  from: string;
  to: string;
  now: Date;
  /** places taken per unit start (epoch milliseconds) */
  booked: Map<number, number>;
  /** staff booking at the front desk: the places held back for it are bookable too (never for citizens) */
  frontDesk?: boolean;
}

export interface Slot {
  locationId: string;
  start: Date;
  end: Date;
  remaining: number;
  /** the bookable capacity of each unit the slot covers (used by the booking transaction) */
  units: { start: Date; capacity: number }[];
}

/** Every slot of the range that could be booked by the rules, free or not. */
export function candidateSlots(input: Omit<AvailabilityInput, "booked">): Slot[] {
  const { location, hours, closures, slotMinutes, now } = input;
  if (slotMinutes <= 0 || slotMinutes % UNIT_MINUTES !== 0)
    throw new Error(`slot length ${slotMinutes} is not a multiple of ${UNIT_MINUTES} minutes`);
  const earliest = now.getTime() + location.minNoticeMinutes * 60_000;
  const today = berlinDate(now);
  const lastDay = addDays(today, location.horizonDays);
  const from = input.from < today ? today : input.from;
  const to = input.to > lastDay ? lastDay : input.to;
  const slots: Slot[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) {
    if (closures.some((closure) => closure.startsOn <= day && day <= closure.endsOn)) continue;
    const weekday = isoWeekday(day);
    const todays = hours.filter((rule) => rule.weekday === weekday).sort((a, b) => a.opensAt.localeCompare(b.opensAt));
    for (const rule of todays) {
      const bookable = input.frontDesk ? rule.capacity : rule.capacity - rule.frontDeskReserve;
      if (bookable <= 0) continue;
      // Elapsed time from the opening instant: on the days the clocks change, a period that spans
      // the change is as long as it really is, and no slot starts at a wall time that does not exist.
      const opens = berlinToUtc(day, rule.opensAt).getTime();
      const closes = berlinToUtc(day, rule.closesAt).getTime();
      for (let start = opens; start + slotMinutes * 60_000 <= closes; start += slotMinutes * 60_000) {
        if (start < earliest) continue;
        const units = [];
        for (let unit = start; unit < start + slotMinutes * 60_000; unit += UNIT_MS)
          units.push({ start: new Date(unit), capacity: bookable });
        slots.push({
          locationId: location.id,
          start: new Date(start),
          end: new Date(start + slotMinutes * 60_000),
          remaining: bookable,
          units,
        });
      }
    }
  }
  return slots;
}

/** The slots that still have a place: remaining = the fewest free places over the slot's units. */
export function freeSlots(input: AvailabilityInput): Slot[] {
  const result: Slot[] = [];
  for (const slot of candidateSlots(input)) {
    const remaining = Math.min(
      ...slot.units.map((unit) => unit.capacity - (input.booked.get(unit.start.getTime()) ?? 0)),
    );
    if (remaining > 0) result.push({ ...slot, remaining });
  }
  return result;
}
