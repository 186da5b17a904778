// Form pages on the narrowest phones and in other languages: no sideways scrolling at 320 px,
// right to left in Arabic, the form in the chosen language.
import { expect, expectAccessible, test } from "../fixtures";
import { moveOn } from "./helpers";

test.describe.configure({ timeout: 120_000 });

async function noSidewaysScroll(page: import("@playwright/test").Page) {
  const widths = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  expect(widths.scroll).toBeLessThanOrEqual(widths.client);
}

test("the upload page fits a 320 px screen", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto("/forms/submit-documents");
  await expectAccessible(page);
  await noSidewaysScroll(page);
  await moveOn(page, () => page.getByRole("button", { name: "Formular starten" }).click());
  await page.getByLabel("Lohnabrechnung").check();
  await moveOn(page, () => page.getByRole("button", { name: "Weiter", exact: true }).click());
  await expect(page.locator("#files")).toBeVisible();
  await noSidewaysScroll(page);
});

test("in Arabic the form runs right to left, in Arabic", async ({ page }) => {
  await page.goto("/ar/forms/sick-note");
  await expectAccessible(page);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("الإبلاغ عن المرض");
  await moveOn(page, () => page.getByRole("button", { name: "ابدأ النموذج" }).click());
  await expect(page).toHaveURL(/\/ar\/forms\/draft\/[A-Za-z0-9_-]+\/period$/);
  await expect(page.getByLabel("مريض منذ")).toBeVisible();
});
