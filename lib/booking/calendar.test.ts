import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { appointmentIcs } from "@/lib/booking/calendar";

describe("appointmentIcs", () => {
  it("makes a calendar file that ical.js parses, in UTC, also on the day the clocks go back", () => {
    const text = appointmentIcs({
      reference: "K7PX-3MHQ",
      title: "Termin beim Jobcenter (K7PX-3MHQ)",
      description: "Ändern: https://portal.example/appointments/manage/x",
      location: "Jobcenter Mannheim, Ifflandstraße 2–6, 68161 Mannheim",
      startsAt: new Date("2026-10-25T08:00:00Z"),
      endsAt: new Date("2026-10-25T08:30:00Z"),
    });
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent("vevent")!);
    expect(event.uid).toBe("K7PX-3MHQ@zugang");
    expect(event.summary).toBe("Termin beim Jobcenter (K7PX-3MHQ)");
    expect(event.location).toContain("Ifflandstraße");
    expect(event.startDate.toJSDate().toISOString()).toBe("2026-10-25T08:00:00.000Z");
    expect(event.endDate.toJSDate().toISOString()).toBe("2026-10-25T08:30:00.000Z");
  });

  it("marks a cancelled appointment as cancelled", () => {
    const text = appointmentIcs({
      reference: "A",
      title: "t",
      description: "d",
      location: "l",
      startsAt: new Date(0),
      endsAt: new Date(60_000),
      cancelled: true,
    });
    expect(text).toContain("STATUS:CANCELLED");
  });
});
