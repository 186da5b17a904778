import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { appointmentIcs } from "@/lib/booking/calendar";
import { hashToken, isManageTokenShape, newManageToken, newReference, newRoomName } from "@/lib/booking/tokens";

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
    const text = appointmentIcs({ reference: "A", title: "t", description: "d", location: "l", startsAt: new Date(0), endsAt: new Date(60_000), cancelled: true });
    expect(text).toContain("STATUS:CANCELLED");
  });
});

describe("tokens", () => {
  it("manage tokens are 32 random bytes in base64url, stored as a SHA-256 hex hash", () => {
    const token = newManageToken();
    expect(Buffer.from(token, "base64url")).toHaveLength(32);
    expect(isManageTokenShape(token)).toBe(true);
    expect(isManageTokenShape(`${token}x`)).toBe(false);
    expect(hashToken(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(newManageToken()).not.toBe(token);
  });

  it("references are short, readable and free of look-alike characters", () => {
    for (let i = 0; i < 200; i++) expect(newReference()).toMatch(/^[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}$/);
    expect(newRoomName()).toMatch(/^zugang-[0-9a-f]{32}$/);
  });
});
