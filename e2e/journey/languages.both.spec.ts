// The journey without JavaScript too, in one language of each direction: German and Arabic (right to
// left). The pages are the same server-rendered markup in every language, so the other six are
// passed with JavaScript only (languages.spec.ts); axe-clean on every page, a reason for every option.
import { test } from "../fixtures";
import { expectJourneyInLanguage } from "./helpers";

for (const locale of ["de", "ar"] as const) {
  test(`journey in ${locale}`, async ({ page }) => {
    await expectJourneyInLanguage(page, locale);
  });
}
