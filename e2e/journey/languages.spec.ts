// The journey and the information pages in every language (axe-clean, the right direction), and no
// horizontal scrolling at 320 px on the journey pages. German and Arabic also pass the journey
// without JavaScript (languages.both.spec.ts).
import { locales } from "@/i18n/routing";
import { expect, expectAccessible, test } from "../fixtures";
import { expectJourneyInLanguage, expectNoHorizontalScroll, passJourney } from "./helpers";

// Six pages, each checked with axe, per test: more than the default minute on a busy machine.
test.describe.configure({ timeout: 120_000 });

for (const locale of locales.filter((candidate) => candidate !== "de" && candidate !== "ar")) {
  test(`journey in ${locale}`, async ({ page }) => {
    await expectJourneyInLanguage(page, locale);
  });
}

const INFO_PAGES = ["/accessibility", "/plain-language", "/sign-language", "/privacy", "/imprint", "/feedback"];

for (const locale of locales) {
  const prefix = `/${locale}`;
  const dir = locale === "ar" ? "rtl" : "ltr";

  test(`information pages in ${locale}`, async ({ page }) => {
    for (const path of INFO_PAGES) {
      await page.goto(`${prefix}${path}`);
      await expectAccessible(page);
      await expect(page.locator("html")).toHaveAttribute("dir", dir);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    }
  });
}

for (const locale of ["de", "ar", "uk"] as const) {
  test(`no horizontal scrolling at 320 px on the journey pages (${locale})`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await passJourney(page, { prefix: `/${locale}`, requestType: "continued-benefits", preference: "mixed" });
    await expectNoHorizontalScroll(page);
    await page.goto(`/${locale}/journey/continued-benefits`);
    await expectAccessible(page);
    await expectNoHorizontalScroll(page);
    await page.goto(`/${locale}`);
    await expectAccessible(page);
    await expectNoHorizontalScroll(page);
  });
}
