// The journey in every language, with and without JavaScript: axe-clean on every page, the right
// lang and direction (Arabic right to left), a reason in that language for every option.
import { locales } from "@/i18n/routing";
import { expect, test } from "../fixtures";
import { passJourney, shownChannels } from "./helpers";

for (const locale of locales) {
  const prefix = `/${locale}`;
  const dir = locale === "ar" ? "rtl" : "ltr";

  test(`journey in ${locale}`, async ({ page }) => {
    await passJourney(page, { prefix, requestType: "change-report", preference: "personal", check: ['input[name="needs"][value="interpreter"]'] });
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    await expect(page.locator("html")).toHaveAttribute("dir", dir);
    expect(await shownChannels(page)).toEqual(["in_person", "video", "phone", "online"]);
    // Every option carries a reason in this language (no message key shown instead).
    const reasons = await page.locator("article[data-channel] p").allInnerTexts();
    expect(reasons.join(" ")).not.toMatch(/journey\.|reasons\./);
    await expect(page.locator('article[data-channel="in_person"] a')).toHaveAttribute("href", new RegExp(`^${prefix === "/de" ? "" : prefix}/journey/choose\\?`));
  });
}
