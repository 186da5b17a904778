// Helpers for the journey specs: the e2e database (to check what a journey stored) and the common
// steps of a pass through the journey.
import pg from "pg";
import { expect, expectAccessible } from "../fixtures";
import type { Page } from "@playwright/test";
import { e2eDatabaseUrl } from "@/tests/e2e-database";

export async function storedJourney(id: string): Promise<Record<string, unknown> | undefined> {
  const client = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await client.connect();
  try {
    const { rows } = await client.query("SELECT * FROM journey WHERE id = $1", [id]);
    return rows[0];
  } finally {
    await client.end();
  }
}

export async function latestFeedback(): Promise<Record<string, unknown> | undefined> {
  const client = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await client.connect();
  try {
    const { rows } = await client.query("SELECT * FROM feedback ORDER BY created_at DESC LIMIT 1");
    return rows[0];
  } finally {
    await client.end();
  }
}

/** The journey id from a recommendation page URL. */
export function journeyIdOf(url: string): string {
  const match = /\/recommendation\/([0-9a-f-]{36})/.exec(url);
  if (!match) throw new Error(`not a recommendation page: ${url}`);
  return match[1];
}

/** The channels on the recommendation page, in the order shown. */
export async function shownChannels(page: Page): Promise<string[]> {
  return page
    .locator("article[data-channel]")
    .evaluateAll((nodes) => nodes.map((node) => node.getAttribute("data-channel") ?? ""));
}

/**
 * Goes through the start and preference pages of a locale with the given answers; `onEachPage` runs on
 * each of the three pages after its accessibility check.
 */
export async function passJourney(
  page: Page,
  options: {
    prefix: string;
    requestType: string;
    preference: string;
    check?: string[];
    onEachPage?: (page: Page) => Promise<void>;
  },
) {
  const each = options.onEachPage ?? (async () => undefined);
  await page.goto(`${options.prefix}/`);
  await expectAccessible(page);
  await each(page);
  await page.locator(`a[href$="/journey/${options.requestType}"]`).click();
  await expect(page).toHaveURL(new RegExp(`/journey/${options.requestType}$`));
  await expectAccessible(page);
  await each(page);
  await page.locator(`input[name="preference"][value="${options.preference}"]`).check();
  for (const selector of options.check ?? []) await page.locator(selector).check();
  await page.locator('form[method="post"] button[type="submit"]').click();
  await expect(page).toHaveURL(/\/recommendation\//);
  await expectAccessible(page);
  await each(page);
}

/** No horizontal scrolling: the page is no wider than the viewport. */
export async function expectNoHorizontalScroll(page: Page) {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth, `page wider than the viewport on ${page.url()}`).toBeLessThanOrEqual(clientWidth);
}

/** The answers every language's journey gives: change report, in person preferred, an interpreter needed. */
export const JOURNEY_IN_LANGUAGE = {
  requestType: "change-report",
  preference: "personal",
  check: ['input[name="needs"][value="interpreter"]'],
};

/** The journey in one language, in a browser: its lang and direction, every option with a reason in that language. */
export async function expectJourneyInLanguage(page: Page, locale: string) {
  await passJourney(page, { prefix: `/${locale}`, ...JOURNEY_IN_LANGUAGE });
  await expectRecommendationInLanguage(page, locale);
}

/** The recommendation page of JOURNEY_IN_LANGUAGE: lang and direction, the options in order, each with a reason in the language. */
export async function expectRecommendationInLanguage(page: Page, locale: string) {
  await expect(page.locator("html")).toHaveAttribute("lang", locale);
  await expect(page.locator("html")).toHaveAttribute("dir", locale === "ar" ? "rtl" : "ltr");
  expect(await shownChannels(page)).toEqual(["in_person", "video", "phone", "online"]);
  // Every option carries a reason in this language (no message key shown instead).
  const reasons = await page.locator("article[data-channel] p").allInnerTexts();
  expect(reasons.join(" ")).not.toMatch(/journey\.|reasons\./);
  await expect(page.locator('article[data-channel="in_person"] a')).toHaveAttribute(
    "href",
    new RegExp(`^${locale === "de" ? "" : `/${locale}`}/journey/choose\\?`),
  );
}
