import { describe, expect, it } from "vitest";
import { candidateSlots, freeSlots, type AvailabilityInput } from "@/lib/booking/availability";
import { berlinTime, toBerlinIso } from "@/lib/time";

const location = { id: "loc", minNoticeMinutes: 120, horizonDays: 42 };
const weekdayHours = [1, 2, 3, 4, 5].map((weekday) => ({
  weekday,
  opensAt: "08:00",
  closesAt: "10:00",
  capacity: 3,
  frontDeskReserve: 1,
}));

function input(overrides: Partial<AvailabilityInput> = {}): AvailabilityInput {
  return {
    location,
    hours: weekdayHours,
    closures: [],
    slotMinutes: 30,
    from: "2026-11-30",
    to: "2026-11-30",
    now: new Date("2026-11-25T12:00:00Z"),
    booked: new Map(),
    ...overrides,
  };
}

describe("freeSlots", () => {
  it("cuts opening hours into slots of the request type's length, holding back the front-desk reserve", () => {
    const slots = freeSlots(input());
    expect(slots.map((slot) => berlinTime(slot.start))).toEqual(["08:00", "08:30", "09:00", "09:30"]);
    expect(slots.every((slot) => slot.remaining === 2)).toBe(true);
    expect(toBerlinIso(slots[0].start)).toBe("2026-11-30T08:00:00+01:00");
    expect(slots[0].units).toHaveLength(2);
  });

  it("uses the slot length: 45 minutes fit twice into two hours", () => {
    expect(freeSlots(input({ slotMinutes: 45 })).map((slot) => berlinTime(slot.start))).toEqual(["08:00", "08:45"]);
  });

  it("counts booked places per unit and drops full slots", () => {
    const booked = new Map([
      [Date.parse("2026-11-30T07:00:00Z"), 2],
      [Date.parse("2026-11-30T07:45:00Z"), 1],
    ]);
    const slots = freeSlots(input({ booked }));
    expect(slots.map((slot) => [berlinTime(slot.start), slot.remaining])).toEqual([
      ["08:30", 1],
      ["09:00", 2],
      ["09:30", 2],
    ]);
  });

  it("skips closures, weekends and days outside the horizon", () => {
    const slots = freeSlots(
      input({ from: "2026-11-27", to: "2026-12-31", closures: [{ startsOn: "2026-11-30", endsOn: "2026-12-01" }] }),
    );
    const days = new Set(slots.map((slot) => toBerlinIso(slot.start).slice(0, 10)));
    expect(days.has("2026-11-27")).toBe(true);
    expect(days.has("2026-11-28")).toBe(false);
    expect(days.has("2026-11-30")).toBe(false);
    expect(days.has("2026-12-01")).toBe(false);
    expect(days.has("2026-12-02")).toBe(true);
    // now 2026-11-25 + 42 days = 2027-01-06; the range ends before, so the last day is 2026-12-31
    expect([...days].sort().at(-1)).toBe("2026-12-31");
    const far = freeSlots(input({ from: "2027-01-05", to: "2027-01-10" }));
    expect(new Set(far.map((slot) => toBerlinIso(slot.start).slice(0, 10)))).toEqual(
      new Set(["2027-01-05", "2027-01-06"]),
    );
  });

  it("honours the minimum notice", () => {
    const now = new Date("2026-11-30T06:10:00Z"); // 07:10 in Berlin, notice 120 min → from 09:10
    expect(freeSlots(input({ now })).map((slot) => berlinTime(slot.start))).toEqual(["09:30"]);
  });

  it("gives nothing when the whole capacity is held back for the front desk", () => {
    expect(
      freeSlots(
        input({ hours: [{ weekday: 1, opensAt: "08:00", closesAt: "10:00", capacity: 1, frontDeskReserve: 1 }] }),
      ),
    ).toEqual([]);
  });

  it("refuses slot lengths off the 15-minute grid", () => {
    expect(() => candidateSlots(input({ slotMinutes: 20 }))).toThrow();
  });
});

describe("the days the clocks change", () => {
  const sunday = (opensAt: string, closesAt: string) => [
    { weekday: 7, opensAt, closesAt, capacity: 1, frontDeskReserve: 0 },
  ];

  it("spring forward (2026-03-29): morning slots are at +02:00 and a period over the gap is one hour shorter", () => {
    const now = new Date("2026-03-20T12:00:00Z");
    const morning = freeSlots(input({ now, from: "2026-03-29", to: "2026-03-29", hours: sunday("09:00", "10:00") }));
    expect(morning.map((slot) => toBerlinIso(slot.start))).toEqual([
      "2026-03-29T09:00:00+02:00",
      "2026-03-29T09:30:00+02:00",
    ]);
    expect(morning[0].start.toISOString()).toBe("2026-03-29T07:00:00.000Z");

    const night = freeSlots(
      input({ now, from: "2026-03-29", to: "2026-03-29", slotMinutes: 60, hours: sunday("01:00", "04:00") }),
    );
    // 01:00 → 03:00 → 04:00 wall clock: two real hours, and 02:00 (which does not exist) is skipped
    expect(night.map((slot) => toBerlinIso(slot.start))).toEqual([
      "2026-03-29T01:00:00+01:00",
      "2026-03-29T03:00:00+02:00",
    ]);
  });

  it("fall back (2026-10-25): slots are at +01:00 and a period over the change is one hour longer", () => {
    const now = new Date("2026-10-20T12:00:00Z");
    const morning = freeSlots(input({ now, from: "2026-10-25", to: "2026-10-25", hours: sunday("09:00", "10:00") }));
    expect(morning.map((slot) => toBerlinIso(slot.start))).toEqual([
      "2026-10-25T09:00:00+01:00",
      "2026-10-25T09:30:00+01:00",
    ]);
    expect(morning[0].start.toISOString()).toBe("2026-10-25T08:00:00.000Z");

    const night = freeSlots(
      input({ now, from: "2026-10-25", to: "2026-10-25", slotMinutes: 60, hours: sunday("01:00", "04:00") }),
    );
    expect(night.map((slot) => toBerlinIso(slot.start))).toEqual([
      "2026-10-25T01:00:00+02:00",
      "2026-10-25T02:00:00+02:00",
      "2026-10-25T02:00:00+01:00",
      "2026-10-25T03:00:00+01:00",
    ]);
  });

  it("the Monday after each change keeps its local opening time", () => {
    const spring = freeSlots(input({ now: new Date("2026-03-20T12:00:00Z"), from: "2026-03-27", to: "2026-03-30" }));
    expect(
      spring
        .map((slot) => toBerlinIso(slot.start))
        .filter((iso) => iso.endsWith("08:00:00+01:00") || iso.endsWith("08:00:00+02:00")),
    ).toEqual(["2026-03-27T08:00:00+01:00", "2026-03-30T08:00:00+02:00"]);
  });
});
