// The journey and the information pages in every language (axe-clean, the right direction), and no
// horizontal scrolling at 320 px on the journey pages.
// These pages are server markup without client components: what differs between languages is the
// markup's words, lang and direction. So each language's pages are fetched as the server sends them and
// checked as a browser without JavaScript shows them (expectAccessibleMarkup: axe on the exact markup
// in a phone-sized page), and the journey's form is sent with the fields the browser's own FormData
// gives. What the framework's scripts and the clicks add is the same in every language: German and
// Arabic pass the journey in a browser, with and without JavaScript (languages.both.spec.ts), and the
// German information pages are checked in a browser with it (pages.spec.ts).
import type { APIRequestContext, Browser, Page, ViewportSize } from "@playwright/test";
import { locales } from "@/i18n/routing";
import { expect, expectAccessibleMarkup, test } from "../fixtures";
import { expectNoHorizontalScroll, expectRecommendationInLanguage, JOURNEY_IN_LANGUAGE, passJourney } from "./helpers";

interface Markup {
  request: APIRequestContext;
  browser: Browser;
  viewport: ViewportSize | null;
  baseURL: string | undefined;
}

/** Fetches a page (200), expects its markup axe-clean, and returns the page showing it. */
async function open({ request, browser, viewport, baseURL }: Markup, path: string): Promise<Page> {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  return expectAccessibleMarkup(browser, viewport, new URL(path, baseURL).toString(), await response.text());
}

for (const locale of locales.filter((candidate) => candidate !== "de" && candidate !== "ar")) {
  test(`journey in ${locale}`, async ({ request, browser, viewport, baseURL }) => {
    const markup = { request, browser, viewport, baseURL };
    const prefix = `/${locale}`;
    const start = await open(markup, `${prefix}/`);
    const link = await start.locator(`a[href$="/journey/${JOURNEY_IN_LANGUAGE.requestType}"]`).getAttribute("href");
    expect(link).toBe(`${prefix}/journey/${JOURNEY_IN_LANGUAGE.requestType}`);

    const question = await open(markup, link!);
    await question.locator(`input[name="preference"][value="${JOURNEY_IN_LANGUAGE.preference}"]`).check();
    for (const selector of JOURNEY_IN_LANGUAGE.check) await question.locator(selector).check();
    // What the browser would send: the form's action and its fields as FormData reads them.
    const form = await question.locator('form[method="post"]').evaluate((element: HTMLFormElement) => ({
      action: element.getAttribute("action") ?? "",
      body: new URLSearchParams([...new FormData(element)].map(([name, value]) => [name, String(value)])).toString(),
    }));
    expect(form.action).toBe(`${prefix}/journey/${JOURNEY_IN_LANGUAGE.requestType}/recommend`);
    const sent = await request.post(form.action, {
      data: form.body,
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      maxRedirects: 0,
    });
    expect(sent.status()).toBe(303);
    const recommendation = sent.headers().location;
    expect(recommendation).toMatch(new RegExp(`^${prefix}/journey/${JOURNEY_IN_LANGUAGE.requestType}/recommendation/`));

    await expectRecommendationInLanguage(await open(markup, recommendation), locale);
  });
}

const INFO_PAGES = ["/accessibility", "/plain-language", "/sign-language", "/privacy", "/imprint", "/feedback"];

for (const locale of locales) {
  const prefix = `/${locale}`;
  const dir = locale === "ar" ? "rtl" : "ltr";

  test(`information pages in ${locale}`, async ({ request, browser, viewport, baseURL }) => {
    for (const path of INFO_PAGES) {
      const page = await open({ request, browser, viewport, baseURL }, `${prefix}${path}`);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await expect(page.locator("html")).toHaveAttribute("dir", dir);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    }
  });
}

for (const locale of ["de", "ar", "uk"] as const) {
  test(`no horizontal scrolling at 320 px on the journey pages (${locale})`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await passJourney(page, {
      prefix: `/${locale}`,
      requestType: "continued-benefits",
      preference: "mixed",
      onEachPage: expectNoHorizontalScroll,
    });
  });
}
