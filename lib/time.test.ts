import { describe, expect, it } from "vitest";
import { addDays, berlinDate, berlinTime, berlinToUtc, isoWeekday, toBerlinIso } from "@/lib/time";

describe("Berlin time", () => {
  it("converts winter and summer wall-clock times to UTC", () => {
    expect(berlinToUtc("2026-01-15", "09:00").toISOString()).toBe("2026-01-15T08:00:00.000Z");
    expect(berlinToUtc("2026-07-15", "09:00").toISOString()).toBe("2026-07-15T07:00:00.000Z");
  });

  it("gets the spring-forward day right (29 March 2026)", () => {
    expect(berlinToUtc("2026-03-29", "01:30").toISOString()).toBe("2026-03-29T00:30:00.000Z");
    expect(berlinToUtc("2026-03-29", "09:00").toISOString()).toBe("2026-03-29T07:00:00.000Z");
    expect(toBerlinIso(new Date("2026-03-29T07:00:00Z"))).toBe("2026-03-29T09:00:00+02:00");
  });

  it("gets the fall-back day right (25 October 2026)", () => {
    expect(berlinToUtc("2026-10-25", "09:00").toISOString()).toBe("2026-10-25T08:00:00.000Z");
    expect(toBerlinIso(new Date("2026-10-25T08:00:00Z"))).toBe("2026-10-25T09:00:00+01:00");
  });

  it("reads back date and time of an instant in Berlin", () => {
    const instant = new Date("2026-12-31T23:30:00Z");
    expect(berlinDate(instant)).toBe("2027-01-01");
    expect(berlinTime(instant)).toBe("00:30");
  });

  it("reads every instant around both clock changes as Intl's own Berlin clock does", () => {
    // Intl's formatter is the reference: "sv-SE" writes YYYY-MM-DD HH:MM:SS, and longOffset GMT+02:00.
    const clock = new Intl.DateTimeFormat("sv-SE", {
      timeZone: "Europe/Berlin",
      dateStyle: "short",
      timeStyle: "medium",
    });
    const zone = new Intl.DateTimeFormat("en-US", { timeZone: "Europe/Berlin", timeZoneName: "longOffset" });
    for (const start of ["2026-03-28T12:00:00Z", "2026-10-24T12:00:00Z"]) {
      // Every 7 minutes and 13 seconds for 36 hours: instants on and off the quarter hours.
      for (let ms = Date.parse(start); ms < Date.parse(start) + 36 * 3_600_000; ms += 433_000) {
        const instant = new Date(ms);
        const [date, time] = clock.format(instant).split(" ");
        const offset = zone.format(instant).split("GMT")[1];
        expect(berlinDate(instant)).toBe(date);
        expect(berlinTime(instant)).toBe(time.slice(0, 5));
        expect(toBerlinIso(instant)).toBe(`${date}T${time}${offset}`);
      }
    }
  });

  it("does calendar arithmetic", () => {
    expect(addDays("2026-02-28", 1)).toBe("2026-03-01");
    expect(isoWeekday("2026-11-30")).toBe(1);
    expect(isoWeekday("2026-11-29")).toBe(7);
  });
});
