// The places held back for the counter are offered to staff and never to citizens, on the same
// day: a time whose citizens' share is full (as citizen bookings fill it) disappears from the
// citizens' time page and from GET /api/v1/slots, while the staff booking page still offers it.
// The demo location Ifflandstraße has 3 places per time, 1 of them held back for the front desk
// (prisma/seed/demo.ts); the test fills the other 2 of one time itself, so it depends on no clock.
import { addDays, berlinDate } from "@/lib/time";
import { expect, expectAccessible, test } from "../fixtures";
import { query, signIn } from "./helpers";

interface ApiSlot {
  start: string;
  end: string;
}

test("a time whose citizens' share is full is offered to staff and to no citizen, on the pages and in the API", async ({
  page,
  request,
}) => {
  const [location] = await query<{ id: string }>(
    "SELECT id::text FROM location WHERE slug = 'mannheim-ifflandstrasse'",
  );
  const from = addDays(berlinDate(new Date()), 12);
  const slotsAddress = (day: string, to = day) =>
    `/api/v1/slots?requestType=change-report&channel=in-person&location=${location.id}&from=${day}&to=${to}`;
  // The first time citizens can book from twelve days on (well away from what other tests book).
  const first = await request.get(slotsAddress(from, addDays(from, 14)));
  expect(first.status()).toBe(200);
  const [slot] = ((await first.json()) as { slots: ApiSlot[] }).slots;
  expect(slot, "a free time for citizens in the two weeks looked at").toBeDefined();
  const day = slot.start.slice(0, 10);

  // Citizens fill their share of that time: 2 of its 3 places in each 15-minute unit it covers.
  for (let unit = new Date(slot.start).getTime(); unit < new Date(slot.end).getTime(); unit += 15 * 60_000) {
    await query(
      `INSERT INTO slot_capacity (location_id, starts_at, capacity, booked) VALUES ($1::uuid, $2, 2, 2)
       ON CONFLICT (location_id, starts_at) DO UPDATE SET capacity = GREATEST(slot_capacity.capacity, 2), booked = GREATEST(slot_capacity.booked, 2)`,
      [location.id, new Date(unit)],
    );
  }

  // The API: the time is gone for citizens, the rest of the day is still there.
  const after = ((await (await request.get(slotsAddress(day))).json()) as { slots: ApiSlot[] }).slots.map(
    (free) => free.start,
  );
  expect(after).not.toContain(slot.start);
  expect(after.length).toBeGreaterThan(0);

  // The citizens' time page of that day: no button for it, buttons for the other times.
  await page.goto(
    `/appointments/new/time?requestType=change-report&channel=in-person&location=${location.id}&day=${day}`,
  );
  await expectAccessible(page);
  const citizenTimes = await page
    .locator('button[name="start"]')
    .evaluateAll((buttons) => buttons.map((button) => (button as HTMLButtonElement).value));
  expect(citizenTimes).not.toContain(slot.start);
  expect(citizenTimes).toEqual(after);

  // Staff booking for someone from that day on: the held-back place is offered, first.
  const [person] = await query<{ id: string }>(
    "INSERT INTO citizen (id, name, updated_at) VALUES (gen_random_uuid(), 'Rita Reserve', now()) RETURNING id::text",
  );
  const target = `/staff/front-desk/book?location=${location.id}&person=${person.id}&requestType=change-report&channel=in_person&day=${day}`;
  await signIn(page, "empfang@zugang.example", "demo-empfang", target);
  await expect(page.getByRole("heading", { name: "1. Person: Rita Reserve" })).toBeVisible();
  const staffTimes = await page
    .getByRole("group", { name: /^Zeit/ })
    .getByRole("radio")
    .evaluateAll((radios) => radios.map((radio) => (radio as HTMLInputElement).value));
  expect(staffTimes[0]).toBe(slot.start);
  expect(staffTimes.slice(1)).toEqual(after.slice(0, staffTimes.length - 1));
  await expectAccessible(page);
});
