// The e2e test base: every page a test visits must pass an axe check (WCAG 2.1 A and AA).
// Tests call expectAccessible(page) after each navigation; at the end of a test the fixture
// checks the last page and fails the test if any visited page went unchecked, or if the browser
// reported a Content-Security-Policy violation (a script or style the policy blocked).
import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";

const checkedPages = new WeakMap<Page, Set<string>>();

function pageKey(url: string): string {
  const parsed = new URL(url);
  return `${parsed.pathname}${parsed.search}`;
}

/**
 * axe needs timers, which do not run in a page without JavaScript: there, the exact markup the
 * page received is checked in a twin page (same URL, same viewport, its own scripts removed).
 */
async function analyze(page: Page) {
  const builder = (target: Page) => new AxeBuilder({ page: target }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]);
  if (jsEnabled.get(page) !== false) return builder(page).analyze();
  // The page's own scripts are dropped: the twin must show what a browser without JavaScript shows.
  const html = (await page.content()).replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, "");
  const url = page.url();
  const browser = page.context().browser();
  if (!browser) throw new Error("no browser to check the page without JavaScript");
  // Explicit: contexts made in a test inherit the project options, javaScriptEnabled: false included.
  const context = await browser.newContext({ viewport: page.viewportSize(), locale: "de-DE", javaScriptEnabled: true });
  try {
    const twin = await context.newPage();
    await twin.route(url, (route) =>
      route.fulfill({ body: html, contentType: "text/html; charset=utf-8" }),
    );
    await twin.goto(url);
    return await builder(twin).analyze();
  } finally {
    await context.close();
  }
}

const jsEnabled = new WeakMap<Page, boolean>();

export async function expectAccessible(page: Page): Promise<void> {
  await page.waitForLoadState("load");
  const results = await analyze(page);
  const violations = results.violations.map((violation) => ({
    rule: violation.id,
    impact: violation.impact,
    help: violation.help,
    targets: violation.nodes.map((node) => node.target.join(" ")).slice(0, 5),
  }));
  expect(violations, `accessibility violations on ${page.url()}`).toEqual([]);
  checkedPages.get(page)?.add(pageKey(page.url()));
}

export const test = base.extend({
  page: async ({ page, javaScriptEnabled }, use) => {
    jsEnabled.set(page, javaScriptEnabled);
    const visited = new Set<string>();
    const checked = new Set<string>();
    checkedPages.set(page, checked);
    page.on("framenavigated", (frame) => {
      if (frame === page.mainFrame() && frame.url().startsWith("http")) visited.add(pageKey(frame.url()));
    });
    // Chromium reports each blocked script, style or connection as a console error naming the policy.
    const blocked: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error" && /Content Security Policy/i.test(message.text())) blocked.push(`${page.url()}: ${message.text()}`);
    });
    await use(page);
    expect(blocked, "Content-Security-Policy violations").toEqual([]);
    const last = page.url();
    if (last.startsWith("http") && !checked.has(pageKey(last)) && !page.isClosed()) await expectAccessible(page);
    const unchecked = [...visited].filter((key) => !checked.has(key));
    expect(unchecked, "pages visited without an accessibility check").toEqual([]);
  },
});

export { expect };
