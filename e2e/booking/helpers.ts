// Helpers for the booking specs: choosing a day and a time, the e2e database (for the outbox check)
// and calendar parsing.
import type { Page } from "@playwright/test";
import ICAL from "ical.js";
import pg from "pg";
import { e2eDatabaseUrl } from "@/tests/e2e-database";
import { expect, expectAccessible } from "../fixtures";

/** On the time page: the day (and then the time) at this index of those offered, wrapping around. */
export async function chooseDayAndTime(page: Page, dayIndex: number) {
  const days = page.getByRole("list", { name: /Tag wählen/ }).getByRole("link");
  await expect(days.first()).toBeVisible();
  const day = days.nth(dayIndex % (await days.count()));
  const chosen = new URL((await day.getAttribute("href"))!, page.url()).searchParams.get("day")!;
  await day.click();
  // Counting the times before the chosen day's page has arrived would count the old page's.
  await expect(page).toHaveURL((url) => url.searchParams.get("day") === chosen);
  await expectAccessible(page);
  const times = page.getByRole("button", { name: /Uhr/ });
  await expect(times.first()).toBeVisible();
  // The accessible name carries the full date and time, not a bare number.
  await expect(times.first()).toHaveAccessibleName(/\d{4}.*\d{2}:\d{2}/);
  await times.nth(dayIndex % (await times.count())).click();
}

export async function outboxKinds(reference: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await client.connect();
  try {
    const { rows } = await client.query<{ kind: string; status: string }>(
      "SELECT o.kind, o.status FROM notification_outbox o JOIN appointment a ON a.id = o.appointment_id WHERE a.reference = $1 ORDER BY o.created_at",
      [reference],
    );
    return rows.map((row) => `${row.kind}:${row.status}`);
  } finally {
    await client.end();
  }
}

/** Parses a calendar file with ical.js; returns the first event's summary and start. */
export function parseIcs(text: string): { summary: string; start: Date; uid: string } {
  const component = new ICAL.Component(ICAL.parse(text));
  const event = new ICAL.Event(component.getFirstSubcomponent("vevent")!);
  return { summary: event.summary, start: event.startDate.toJSDate(), uid: event.uid };
}
