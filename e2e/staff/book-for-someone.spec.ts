// Booking for someone at the counter, as the front desk does it: sign in, search for a person who
// is not there, create them without an e-mail address, book the next free counter slot and print
// the confirmation, in under a minute and with few keys and clicks (counted and printed). Then the
// printed QR code is decoded and leads to the check-in, the printed manage address, typed, opens
// the appointment, and the day view's row goes from booked to checked in.
import type { Locator, Page } from "@playwright/test";
import jsQR from "jsqr";
import sharp from "sharp";
import { berlinDate } from "@/lib/time";
import { expect, expectAccessible, test } from "../fixtures";
import { query } from "./helpers";

/** The user's input, counted: each key pressed (a typed text counts its characters) and each click. */
function countedInput(page: Page) {
  const counts = { keys: 0, clicks: 0 };
  return {
    counts,
    async type(text: string) {
      counts.keys += text.length;
      await page.keyboard.type(text);
    },
    async press(key: string, times = 1) {
      for (let i = 0; i < times; i++) {
        counts.keys += 1;
        await page.keyboard.press(key);
      }
    },
    async click(target: Locator) {
      counts.clicks += 1;
      await target.click();
    },
  };
}

/** The QR code on the page as text, decoded from a screenshot of it. */
async function decodeQr(code: Locator): Promise<string | null> {
  const png = await code.screenshot();
  const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), info.width, info.height)?.data ?? null;
}

test("the front desk books for someone new in under a minute and prints a confirmation whose QR code checks them in", async ({
  page,
  baseURL,
}) => {
  // Many pages, each with an accessibility check: two minutes like the other multi-page specs.
  test.setTimeout(120_000);
  const input = countedInput(page);
  // The accessibility checks are the test's work, not the user's: their time is printed apart (and counts in the minute).
  let checking = 0;
  const checked = async () => {
    const start = Date.now();
    await expectAccessible(page);
    checking += Date.now() - start;
  };
  // A name nobody else has: letters only, so that the name search finds exactly this person.
  const surname = `Testfrau ${Array.from({ length: 6 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join("")}`;
  const name = `Zora ${surname}`;
  const started = Date.now();

  await page.goto(`/staff/login?callbackUrl=${encodeURIComponent("/staff/front-desk/book")}`);
  await checked();
  // The e-mail field has the focus.
  await input.type("empfang@zugang.example");
  await input.press("Tab");
  await input.type("demo-empfang");
  await input.press("Enter");
  const signingIn = input.counts.keys;

  // Step 1: the name field has the focus; Enter searches. (Signing in checks a bcrypt hash: slow on a busy machine.)
  await expect(page.getByRole("heading", { name: "Termin für jemanden buchen" })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByLabel("Name", { exact: true })).toBeFocused();
  await checked();
  await input.type(name);
  await input.press("Enter");
  await expect(page.getByRole("status")).toHaveText("Niemand gefunden.");
  // The form to create the person holds the name searched for; the date of birth has the focus.
  await expect(page.locator("#new-name")).toHaveValue(name);
  await expect(page.locator("#new-dateOfBirth")).toBeFocused();
  await checked();
  await input.type("02.04.1971");
  // Past phone, e-mail and customer number to the person's language: Arabic.
  await input.press("Tab", 4);
  await input.type("A");
  await expect(page.locator("#new-language")).toHaveValue("ar");
  await input.press("Tab");
  await input.press("Enter");

  // Step 2: the first request type has the focus; Space chooses it, Enter shows the free times.
  await expect(page.getByRole("heading", { name: `1. Person: ${name}` })).toBeVisible();
  await checked();
  await input.press("Space");
  await input.press("Enter");
  // The next free time (the counter's places included) is chosen and has the focus: Enter books it.
  const times = page.getByRole("group", { name: /^Zeit/ }).getByRole("radio");
  await expect(times.first()).toBeChecked();
  await expect(times.first()).toBeFocused();
  await expect(page.getByText("– nächste freie Zeit")).toBeVisible();
  const chosenStart = await times.first().getAttribute("value");
  await checked();
  await input.press("Enter");

  // The printable confirmation, in the person's language, right to left.
  await expect(page.getByRole("heading", { name: `Gebucht für ${name}` })).toBeVisible();
  const printed = page.getByTestId("printed-confirmation");
  await expect(printed).toHaveAttribute("lang", "ar");
  await expect(printed).toHaveAttribute("dir", "rtl");
  await expect(printed.getByRole("heading", { name: "تم حجز موعدك" })).toBeVisible();
  await checked();
  const elapsed = Date.now() - started;
  const reference = (await printed.getByTestId("reference").textContent())!.trim();
  const summary = `${input.counts.keys} keystrokes (${signingIn} of them signing in), ${input.counts.clicks} clicks, ${((elapsed - checking) / 1000).toFixed(1)} s (plus ${(checking / 1000).toFixed(1)} s of accessibility checks)`;
  console.log(`Booking for someone from the sign-in page to the printable confirmation: ${summary}`);
  test.info().annotations.push({ type: "input", description: summary });
  expect(
    elapsed,
    "from the sign-in page to the printable confirmation, the accessibility checks included",
  ).toBeLessThan(60_000);
  expect(input.counts.clicks).toBe(0);

  // Stored as booked at the counter by this staff member, for the new person without e-mail, at the time chosen.
  const [row] = await query<{
    assistance: string;
    staff: string;
    email: string | null;
    date_of_birth: string;
    starts_at: Date;
    chosen: string;
    status: string;
  }>(
    `SELECT a.assistance, s.email AS staff, c.email, to_char(c.date_of_birth, 'YYYY-MM-DD') AS date_of_birth, a.starts_at, j.assistance AS chosen, a.status
       FROM appointment a JOIN citizen c ON c.id = a.citizen_id JOIN staff_user s ON s.id = a.booked_by_staff_id JOIN journey j ON j.id = a.journey_id
      WHERE a.reference = $1`,
    [reference],
  );
  expect(row).toMatchObject({
    assistance: "counter",
    staff: "empfang@zugang.example",
    email: null,
    date_of_birth: "1971-04-02",
    chosen: "counter",
    status: "booked",
  });
  expect(row.starts_at.getTime()).toBe(new Date(chosenStart!).getTime());

  // The QR code holds the check-in address of this reference.
  const checkInUrl = await decodeQr(printed.getByTestId("qr-code"));
  const dayView = await page.getByRole("link", { name: "Zur Tagesübersicht" }).getAttribute("href");
  expect(checkInUrl).toBe(`${baseURL}/staff/check-in/${reference}`);

  // The printed manage address, typed into a browser, opens the appointment in the person's language.
  const manageAddress = (await printed.getByTestId("manage-address").textContent())!.trim();
  expect(manageAddress).toMatch(/\/t\/([A-Z2-9]{4}-){3}[A-Z2-9]{4}$/);
  await page.goto(`http://${manageAddress.toLowerCase()}`);
  await expect(page).toHaveURL(/\/ar\/appointments\/manage\//);
  await expect(page.getByTestId("reference")).toHaveText(reference);
  await expectAccessible(page);

  // The day view, where the confirmation links to: the new appointment's row, booked.
  await page.goto(dayView!);
  await expectAccessible(page);
  const dayRow = page.getByRole("row", { name: new RegExp(reference) });
  await expect(dayRow).toContainText(name);
  await expect(dayRow).toContainText("gebucht");

  // Opening the QR code's address and confirming checks the person in (the next free time may be
  // on a later day: then the page asks first, naming the day).
  await page.goto(checkInUrl!);
  await expect(page.getByRole("heading", { name: `Termin ${reference}` })).toBeVisible();
  await expectAccessible(page);
  const today = berlinDate(new Date()) === berlinDate(new Date(chosenStart!));
  await page.getByRole("button", { name: today ? "Person einchecken" : "Trotzdem einchecken" }).click();
  await expect(page.getByRole("status")).toHaveText("Eingecheckt.");
  await expectAccessible(page);
  expect(
    (await query<{ status: string }>("SELECT status FROM appointment WHERE reference = $1", [reference]))[0].status,
  ).toBe("checked_in");
  // And the day view's row says so.
  await page.goto(dayView!);
  await expectAccessible(page);
  await expect(dayRow).toContainText("eingecheckt");
  await expect(dayRow.getByRole("button", { name: /^Einchecken/ })).toHaveCount(0);
});

test("an admin may not book for someone: the pages and the post answer 403", async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto(`/staff/login?callbackUrl=${encodeURIComponent("/staff")}`);
  await expectAccessible(page);
  await page.getByLabel("E-Mail-Adresse").fill("admin@zugang.example");
  await page.getByLabel("Passwort").fill("demo-admin");
  await page.getByRole("button", { name: "Anmelden" }).click();
  await expect(page.getByRole("heading", { name: /Guten Tag/ })).toBeVisible();
  await expect(page.getByRole("link", { name: /Termin für jemanden buchen/ })).toHaveCount(0);
  await expectAccessible(page);
  for (const path of ["/staff/front-desk/book", "/staff/front-desk/confirmation/DEMO-0001"]) {
    const answer = await page.goto(path);
    expect(answer?.status(), path).toBe(403);
    await expectAccessible(page);
  }
  const post = await page.request.post("/staff/front-desk/book/confirm", { form: { person: "x" }, maxRedirects: 0 });
  expect(post.status()).toBe(403);
  const create = await page.request.post("/staff/front-desk/book/person", {
    form: { name: "Admin Versuch" },
    maxRedirects: 0,
  });
  expect(create.status()).toBe(403);
});

test("a booking the gate refuses comes back with a German message and everything chosen and typed", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const [location] = await query<{ id: string }>(
    "SELECT id::text FROM location WHERE slug = 'mannheim-ifflandstrasse'",
  );
  const [person] = await query<{ id: string }>(
    "INSERT INTO citizen (id, name, updated_at) VALUES (gen_random_uuid(), 'Paul Falschnummer', now()) RETURNING id::text",
  );
  await page.goto(
    `/staff/login?callbackUrl=${encodeURIComponent(`/staff/front-desk/book?location=${location.id}&person=${person.id}&requestType=change-report`)}`,
  );
  await expectAccessible(page);
  await page.getByLabel("E-Mail-Adresse").fill("beratung@zugang.example");
  await page.getByLabel("Passwort").fill("demo-beratung");
  await page.getByRole("button", { name: "Anmelden" }).click();
  await expect(page.getByRole("heading", { name: "1. Person: Paul Falschnummer" })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Am Telefon").check();
  await page.getByLabel("Bestätigung per SMS an (wenn gewünscht)").fill("ruf mich an");
  await page.getByLabel("Barrierefreiheit (wenn nötig)").fill("Gebärdensprache");
  await page.getByRole("button", { name: "Buchen" }).click();
  await expect(page.getByRole("alert", { name: "Noch nicht gebucht" })).toContainText(
    "Diese Telefonnummer lässt sich nicht lesen",
  );
  await expect(page.getByLabel("Bestätigung per SMS an (wenn gewünscht)")).toHaveValue("ruf mich an");
  await expect(page.getByLabel("Barrierefreiheit (wenn nötig)")).toHaveValue("Gebärdensprache");
  await expect(page.getByLabel("Am Telefon")).toBeChecked();
  await expectAccessible(page);
  expect(
    (await query<{ count: string }>("SELECT count(*) FROM appointment WHERE citizen_id = $1::uuid", [person.id]))[0]
      .count,
  ).toBe("0");
});
