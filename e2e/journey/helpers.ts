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
  return page.locator("article[data-channel]").evaluateAll((nodes) => nodes.map((node) => node.getAttribute("data-channel") ?? ""));
}

/** Goes through the start and preference pages of a locale with the given answers. */
export async function passJourney(page: Page, options: { prefix: string; requestType: string; preference: string; check?: string[] }) {
  await page.goto(`${options.prefix}/`);
  await expectAccessible(page);
  await page.locator(`a[href$="/journey/${options.requestType}"]`).click();
  await expect(page).toHaveURL(new RegExp(`/journey/${options.requestType}$`));
  await expectAccessible(page);
  await page.locator(`input[name="preference"][value="${options.preference}"]`).check();
  for (const selector of options.check ?? []) await page.locator(selector).check();
  await page.locator('form[method="post"] button[type="submit"]').click();
  await expect(page).toHaveURL(/\/recommendation\//);
  await expectAccessible(page);
}

/** No horizontal scrolling: the page is no wider than the viewport. */
export async function expectNoHorizontalScroll(page: Page) {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
  expect(scrollWidth, `page wider than the viewport on ${page.url()}`).toBeLessThanOrEqual(clientWidth);
}

/** The journey in one language: its lang and direction, every option with a reason in that language. */
export async function expectJourneyInLanguage(page: Page, locale: string) {
  const prefix = `/${locale}`;
  await passJourney(page, { prefix, requestType: "change-report", preference: "personal", check: ['input[name="needs"][value="interpreter"]'] });
  await expect(page.locator("html")).toHaveAttribute("lang", locale);
  await expect(page.locator("html")).toHaveAttribute("dir", locale === "ar" ? "rtl" : "ltr");
  expect(await shownChannels(page)).toEqual(["in_person", "video", "phone", "online"]);
  // Every option carries a reason in this language (no message key shown instead).
  const reasons = await page.locator("article[data-channel] p").allInnerTexts();
  expect(reasons.join(" ")).not.toMatch(/journey\.|reasons\./);
  await expect(page.locator('article[data-channel="in_person"] a')).toHaveAttribute("href", new RegExp(`^${locale === "de" ? "" : prefix}/journey/choose\\?`));
}
