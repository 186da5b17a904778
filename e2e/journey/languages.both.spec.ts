// The journey in a browser, with and without JavaScript, in one language of each direction: German and
// Arabic (right to left); axe-clean on every page, a reason for every option. The pages are the same
// server-rendered markup in every language, so the other six are checked on the markup the server
// sends (languages.spec.ts).
import { test } from "../fixtures";
import { expectJourneyInLanguage } from "./helpers";

for (const locale of ["de", "ar"] as const) {
  test(`journey in ${locale}`, async ({ page }) => {
    await expectJourneyInLanguage(page, locale);
  });
}
