import ICAL from "ical.js";
import { beforeAll, describe, expect, it } from "vitest";
import { calendarAttachment, registerCalendarRenderer } from "@/lib/booking/calendar-attachment";
import { renderAttachment, type StoredAttachment } from "@/lib/notifications/attachments";

const event = (text: string) => new ICAL.Event(new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent("vevent")!);

const entry = {
  reference: "K7PX-3MHQ",
  title: "Termin beim Jobcenter (K7PX-3MHQ)",
  description: "Ändern: https://portal.example/appointments/manage/x",
  location: "Jobcenter Mannheim, Ifflandstraße 2–6, 68161 Mannheim",
  startsAt: new Date("2026-03-29T07:00:00Z"),
  endsAt: new Date("2026-03-29T07:30:00Z"),
  url: "https://portal.example/appointments/manage/x",
};

describe("calendar attachment", () => {
  beforeAll(() => registerCalendarRenderer());

  it("a calendar entry survives the JSON column and is rendered into the same event at delivery", () => {
    const stored = JSON.parse(JSON.stringify(calendarAttachment("termin-K7PX-3MHQ.ics", entry))) as StoredAttachment;
    expect(stored).not.toHaveProperty("content");
    const file = renderAttachment(stored);
    expect([file.filename, file.contentType]).toEqual(["termin-K7PX-3MHQ.ics", "text/calendar; charset=utf-8"]);
    const parsed = event(file.content);
    expect(parsed.uid).toBe("K7PX-3MHQ@zugang");
    expect(parsed.summary).toBe(entry.title);
    expect(parsed.location).toBe(entry.location);
    expect(parsed.startDate.toJSDate().toISOString()).toBe("2026-03-29T07:00:00.000Z");
    expect(parsed.endDate.toJSDate().toISOString()).toBe("2026-03-29T07:30:00.000Z");
  });

  it("a malformed entry fails the send instead of making a file", () => {
    const stored = JSON.parse(JSON.stringify(calendarAttachment("termin-K7PX-3MHQ.ics", entry))) as StoredAttachment;
    expect(() =>
      renderAttachment({ ...stored, calendar: { ...(stored.calendar as object), startsAt: "not a time" } }),
    ).toThrow();
  });
});
