// Done when (issue 23, no silent caps left): the people search's hits and "my appointments" show
// their total and reach a later page with plain links — with JavaScript and without. The people and
// appointments are written straight into the e2e database for this spec alone (a surname of its own,
// a location of its own assigned to its own caseworker), so other specs running meanwhile change
// nothing it counts.
import type { Browser, Page } from "@playwright/test";
import { addDays, berlinDate, berlinToUtc } from "@/lib/time";
import { expect, expectAccessible, test } from "../fixtures";
import { createDeskLocation } from "./front-desk-data";
import { createStaffUser, query, signIn } from "./helpers";

test.describe.configure({ timeout: 180_000 });

/** A page of the same signed-in browser with JavaScript off. */
async function withoutScript(browser: Browser, page: Page) {
  const context = await browser.newContext({
    javaScriptEnabled: false,
    storageState: await page.context().storageState(),
  });
  return { context, page: await context.newPage() };
}

const letters = () =>
  Array.from({ length: 8 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join("");

test("the people search's hits: the total, and the last hit reached by paging, with and without JavaScript", async ({
  page,
  browser,
}) => {
  const COUNT = 60;
  const surname = `Seitenweise${letters()}`;
  await query(
    `INSERT INTO citizen (id, name, updated_at)
     SELECT gen_random_uuid(), 'Person' || chr(64 + (n % 26) + 1) || ' ' || $1 || ' ' || lpad(n::text, 2, '0'), now()
       FROM generate_series(1, $2::int) AS n`,
    [surname, COUNT],
  );
  const password = "e2e-list-paging-1";
  const email = await createStaffUser("caseworker", password);
  await signIn(page, email, password, "/staff/people");
  await expectAccessible(page);
  await page.getByLabel("Suche", { exact: true }).fill(surname);
  await page.getByLabel("Suche", { exact: true }).press("Enter");
  const heading = page.locator("#hits-heading");
  await expect(heading).toHaveText(`${COUNT} Personen gefunden (hier 25)`);
  await expectAccessible(page);
  // The address names the draft and a hit's id, never the name typed.
  const seen = new Set(await page.locator("tbody th").allTextContents());
  for (
    let pages = 1;
    !(await page.getByText("Nächste Seite", { exact: true }).evaluate((e) => e.tagName === "SPAN"));
    pages++
  ) {
    expect(pages).toBeLessThan(5);
    // Every page has the same total: wait for the next page's address before reading the page.
    const before = page.url();
    await page.getByRole("link", { name: "Nächste Seite" }).click();
    await page.waitForURL((url) => url.href !== before);
    await expect(heading).toHaveAttribute("data-total", String(COUNT));
    expect(page.url()).not.toContain(surname);
    await expectAccessible(page);
    for (const name of await page.locator("tbody th").allTextContents()) seen.add(name);
  }
  expect(seen.size).toBe(COUNT);
  await expectAccessible(page);

  const plain = await withoutScript(browser, page);
  await plain.page.goto(page.url());
  await plain.page.getByRole("link", { name: "Erste Seite" }).click();
  await expect(plain.page.locator("#hits-heading")).toHaveText(`${COUNT} Personen gefunden (hier 25)`);
  await plain.page.getByRole("link", { name: "Letzte Seite" }).click();
  await expect(plain.page.locator("tbody tr")).toHaveCount(25);
  await plain.page.getByRole("link", { name: "Vorige Seite" }).click();
  await expect(plain.page.locator("tbody tr")).toHaveCount(25);
  await plain.context.close();
});

test("my appointments: the total of the days chosen, and the last reached by paging, with and without JavaScript", async ({
  page,
  browser,
}) => {
  const COUNT = 55;
  const location = await createDeskLocation();
  const password = "e2e-list-paging-2";
  const email = await createStaffUser("caseworker", password);
  await query(
    "INSERT INTO staff_location (staff_user_id, location_id) SELECT id, $2::uuid FROM staff_user WHERE email = $1",
    [email, location.id],
  );
  const day = addDays(berlinDate(new Date()), 20);
  const tag = letters().toUpperCase();
  const [{ id: citizen }] = await query<{ id: string }>(
    "INSERT INTO citizen (id, name, updated_at) VALUES (gen_random_uuid(), $1, now()) RETURNING id::text",
    [`Termin Vielfach ${tag}`],
  );
  await query(
    `INSERT INTO appointment (id, reference, request_type_key, channel, location_id, starts_at, ends_at, status, citizen_id, manage_token_hash, updated_at)
     SELECT gen_random_uuid(), 'E' || $1 || lpad(n::text, 2, '0'), 'change-report', 'in_person'::"Channel", $2::uuid,
            $3::timestamptz + n * interval '5 minutes', $3::timestamptz + n * interval '5 minutes' + interval '5 minutes',
            'booked'::"AppointmentStatus", $4::uuid, 'paging-' || $1 || '-' || n, now()
       FROM generate_series(1, $5::int) AS n`,
    [tag, location.id, berlinToUtc(day, "07:00"), citizen, COUNT],
  );
  await signIn(page, email, password, "/staff/appointments");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Meine Termine");
  await expectAccessible(page);
  await page.getByLabel("Von (Tag)").fill(day);
  await page.getByLabel("Bis (Tag)").fill(day);
  await page.getByRole("button", { name: "Anzeigen" }).click();
  const total = page.locator("[data-total]");
  await expect(total).toHaveAttribute("data-total", String(COUNT));
  await expect(total).toContainText(`${COUNT} Termine vom ${day.split("-").reverse().join(".")}`);
  await expect(page.locator("[data-reference]")).toHaveCount(50);
  await expectAccessible(page);
  await page.getByRole("link", { name: "Nächste Seite" }).click();
  await expect(page.locator("[data-reference]")).toHaveCount(COUNT - 50);
  await expect(page.locator("[data-reference]").last()).toHaveAttribute("data-reference", `E${tag}${COUNT}`);
  await expectAccessible(page);

  const plain = await withoutScript(browser, page);
  await plain.page.goto(`/staff/appointments?from=${day}&to=${day}`);
  await expect(plain.page.locator("[data-total]")).toHaveAttribute("data-total", String(COUNT));
  await plain.page.getByRole("link", { name: "Letzte Seite" }).click();
  await expect(plain.page.locator("[data-reference]").last()).toHaveAttribute("data-reference", `E${tag}${COUNT}`);
  await plain.page.getByRole("link", { name: "Erste Seite" }).click();
  await expect(plain.page.locator("[data-reference]").first()).toHaveAttribute("data-reference", `E${tag}01`);
  await plain.context.close();
});

test("the day's walk-ins: the day's total, and the last reached by paging, with and without JavaScript", async ({
  page,
  browser,
}) => {
  const COUNT = 55;
  const password = "e2e-list-paging-3";
  const email = await createStaffUser("front_desk", password);
  const location = await createDeskLocation([email]);
  const day = addDays(berlinDate(new Date()), -2);
  await query(
    `INSERT INTO queue_ticket (id, location_id, day, number, kind, status, ready_at, created_at)
     SELECT gen_random_uuid(), $1::uuid, $2::date, 'W' || lpad(n::text, 3, '0'), 'walk_in', 'finished',
            $3::timestamptz + n * interval '3 minutes', $3::timestamptz + n * interval '3 minutes'
       FROM generate_series(1, $4::int) AS n`,
    [location.id, day, berlinToUtc(day, "08:00"), COUNT],
  );
  const address = `/staff/front-desk?location=${location.id}&day=${day}`;
  await signIn(page, email, password, address);
  const heading = page.locator("#walk-ins-heading");
  await expect(heading).toHaveText(`${COUNT} Wartenummern ohne Termin (hier 50)`);
  const numbers = page.locator("section[aria-labelledby='walk-ins-heading'] tbody th");
  await expect(numbers.first()).toHaveText("W001");
  await expectAccessible(page);
  await page.getByRole("link", { name: "Nächste Seite" }).click();
  await expect(numbers).toHaveCount(COUNT - 50);
  await expect(numbers.last()).toHaveText(`W0${COUNT}`);
  await expect(heading).toHaveAttribute("data-total", String(COUNT));

  const plain = await withoutScript(browser, page);
  await plain.page.goto(address);
  const plainNumbers = plain.page.locator("section[aria-labelledby='walk-ins-heading'] tbody th");
  await plain.page.getByRole("link", { name: "Letzte Seite" }).click();
  await expect(plainNumbers.last()).toHaveText(`W0${COUNT}`);
  await plain.page.getByRole("link", { name: "Vorige Seite" }).click();
  await expect(plainNumbers.first()).toHaveText("W001");
  await expect(plainNumbers).toHaveCount(COUNT - 50);
  await plain.context.close();
});
