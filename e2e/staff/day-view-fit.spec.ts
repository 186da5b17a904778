// Done when (issue 23, a day view that fits, and a way around): at 1280×800 at least 12 appointment
// rows are in view above the fold; at 768×1024 nothing scrolls sideways and the first row's
// "Einchecken" is in view; the filter box narrows the day to a name or a reference (a GET form). The
// staff header lists the front desk's sections with their counts, the name and a sign-out that works.
import type { Page } from "@playwright/test";
import { expect, expectAccessible, test } from "../fixtures";
import { addDays, berlinDate, berlinToUtc } from "@/lib/time";
import { createDeskLocation, storeDeskAppointment } from "./front-desk-data";
import { createStaffUser, signIn } from "./helpers";

test.describe.configure({ timeout: 120_000 });

const NAMES = [
  "Ayşe Yılmaz",
  "Jürgen Müller",
  "Olena Kovalenko",
  "Mohammed Al-Hassan",
  "Petra Schneider",
  "Ion Popescu",
  "Emine Kaya",
  "Georgi Ivanov",
  "Lena Hoffmann",
  "Ali Demir",
  "Marta Nowak",
  "Hasan Öztürk",
  "Sabine Wagner",
  "Dmytro Shevchenko",
  "Fatma Çelik",
  "Anna Becker",
];

/** Rows of the day's table whose whole height lies inside the window. */
async function rowsInView(page: Page): Promise<number> {
  return page.locator("#tagesliste tbody tr").evaluateAll(
    (rows) =>
      rows.filter((row) => {
        const box = row.getBoundingClientRect();
        return box.top >= 0 && box.bottom <= window.innerHeight;
      }).length,
  );
}

test("the day fits the counter and the tablet, filters by name or reference; the header finds the way", async ({
  page,
}) => {
  const location = await createDeskLocation();
  const day = addDays(berlinDate(new Date()), 1);
  const stored = [];
  for (const [index, name] of NAMES.entries()) {
    const time = `${String(7 + Math.floor(index / 2)).padStart(2, "0")}:${index % 2 === 0 ? "00" : "30"}`;
    stored.push(
      await storeDeskAppointment({
        locationId: location.id,
        startsAt: berlinToUtc(day, time),
        name,
        ...(index % 3 === 0 ? { interpreterLanguage: "tr" } : {}),
        ...(index % 4 === 0 ? { accessibilityNeeds: "Rollstuhl" } : {}),
      }),
    );
  }
  const password = "e2e-day-fit-1";
  const email = await createStaffUser("front_desk", password, [location.id]);
  const dayPage = `/staff/front-desk?${new URLSearchParams({ location: location.id, day })}`;

  await page.setViewportSize({ width: 1280, height: 800 });
  await signIn(page, email, password, dayPage);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(location.name);
  const wide = await rowsInView(page);
  console.log(`1280×800: ${wide} appointment rows in view`);
  expect(wide).toBeGreaterThanOrEqual(12);
  await expectAccessible(page);

  // The header: the front desk's sections (not the caseworker's inbox), counts, the name.
  const sections = page.getByRole("navigation", { name: "Bereiche" });
  await expect(sections.getByRole("link", { name: "Tagesübersicht" })).toBeVisible();
  await expect(sections.getByRole("link", { name: /^Warteschlange \d+/ })).toBeVisible();
  await expect(sections.getByRole("link", { name: /^Rückrufe \d+/ })).toBeVisible();
  await expect(sections.getByRole("link", { name: /Posteingang/ })).toHaveCount(0);
  await expect(page.getByText("Angemeldet: Testkonto")).toBeVisible();

  await page.setViewportSize({ width: 768, height: 1024 });
  await page.reload();
  const sideways = await page.evaluate(() => {
    const region = document.querySelector("#tagesliste section");
    return {
      page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      table: region ? region.scrollWidth - region.clientWidth : 0,
    };
  });
  expect(sideways).toEqual({ page: 0, table: 0 });
  const first = page
    .locator("#tagesliste tbody tr")
    .first()
    .getByRole("button", { name: /^Einchecken/ });
  await expect(first).toBeInViewport({ ratio: 1 });
  await expectAccessible(page);

  // The filter: a name as typed at the counter (without accents), then a reference.
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.getByLabel("Name oder Vorgangsnummer").fill("celik");
  await page.getByRole("button", { name: "Anzeigen" }).click();
  await expect(page.locator("#tagesliste tbody tr")).toHaveCount(1);
  await expect(page.locator("#tagesliste tbody tr")).toContainText("Fatma Çelik");
  await expect(page.getByRole("heading", { level: 2 }).first()).toContainText("1 passend zu „celik“");
  await expectAccessible(page);
  await page.getByLabel("Name oder Vorgangsnummer").fill(stored[3].reference.toLowerCase());
  await page.getByRole("button", { name: "Anzeigen" }).click();
  await expect(page.locator("#tagesliste tbody tr")).toHaveCount(1);
  await expect(page.locator("#tagesliste tbody tr")).toContainText(NAMES[3]);
  await expectAccessible(page);

  // Sign-out is a plain form: afterwards the day asks for a sign-in again.
  await page.getByRole("button", { name: "Abmelden" }).click();
  await page.waitForURL(/\/staff\/login/);
  await expectAccessible(page);
  await page.goto(dayPage);
  await expect(page).toHaveURL(/\/staff\/login/);
  await expectAccessible(page);
});
