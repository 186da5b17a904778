// The e2e test base: every page a test visits must pass an axe check (WCAG 2.1 A and AA).
// Tests call expectAccessible(page) after each navigation; at the end of a test the fixture
// checks the last page and fails the test if any visited page went unchecked, or if the browser
// reported a Content-Security-Policy violation (a script or style the policy blocked).
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type axe from "axe-core";
import type { AxeResults, RunOptions } from "axe-core";
import { test as base, expect, type Browser, type Page } from "@playwright/test";

const checkedPages = new WeakMap<Page, Set<string>>();
/** Origins of other sites a spec passes through (an identity provider): their pages are not the portal's to check. */
const otherSites = new WeakMap<Page, Set<string>>();

/** Pages of this origin are another site's, passed through on the way (not checked with axe). */
export function passesThroughOtherSite(page: Page, origin: string): void {
  otherSites.get(page)?.add(origin);
}

function pageKey(url: string): string {
  const parsed = new URL(url);
  return `${parsed.pathname}${parsed.search}`;
}

type Violations = AxeResults["violations"];

/**
 * axe's verdict depends on the markup, the styles it links and the viewport alone, so a worker
 * checks each distinct page once: the journey passes the same start page many times. The key is
 * the markup without its scripts and without the per-request CSP nonce, plus viewport and
 * JavaScript setting; any other difference (an id, a text, a style sheet's hash) is a new check.
 */
const verdicts = new Map<string, Violations>();

function verdictKey(html: string, page: Page, javaScriptEnabled = jsEnabled.get(page)): string {
  const markup = withoutScripts(html).replace(/\snonce="[^"]*"/g, "");
  const viewport = page.viewportSize();
  return createHash("sha256")
    .update(`${javaScriptEnabled}|${viewport?.width}x${viewport?.height}|${markup}`)
    .digest("hex");
}

function withoutScripts(html: string): string {
  return html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, "");
}

/**
 * Reads the page once it holds still: a read that meets a navigation under way (a redirect still
 * being followed, a staff page re-reading itself on a live event) waits for that load and reads again.
 */
async function settled<T>(page: Page, read: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await read();
    } catch (error) {
      const navigating = /page is navigating|Execution context was destroyed/.test(String(error));
      if (attempt >= 5 || !navigating) throw error;
      await page.waitForLoadState("load");
    }
  }
}

async function violationsOf(page: Page): Promise<Violations> {
  const html = await settled(page, () => page.content());
  const key = verdictKey(html, page);
  const known = verdicts.get(key);
  if (known) return known;
  const { violations } = await settled(page, () => analyze(page, html));
  verdicts.set(key, violations);
  return violations;
}

/**
 * axe needs timers, which do not run in a page without JavaScript: there, the exact markup the
 * page received is checked in a twin page (same URL, same viewport, its own scripts removed).
 */
async function analyze(page: Page, content: string) {
  if (jsEnabled.get(page) !== false) return runAxe(page);
  // The page's own scripts are dropped: the twin must show what a browser without JavaScript shows.
  const html = withoutScripts(content);
  const url = page.url();
  const twin = await twinOf(page);
  const viewport = page.viewportSize();
  if (viewport) await twin.setViewportSize(viewport);
  await twin.route(url, (route) => route.fulfill({ body: html, contentType: "text/html; charset=utf-8" }), {
    times: 1,
  });
  await twin.goto(url);
  return runAxe(twin);
}

const AXE_OPTIONS: RunOptions = { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } };

/**
 * axe-core itself (its minified build: half the source to parse in every document), run in the
 * page (the page has no frames of another origin). The pages of the test fixture and the twin get
 * it as an init script, which the browser compiles once and then runs in every new document: that
 * costs a third less per checked page than sending it with each check. A page opened otherwise gets
 * it evaluated at its first check. Both go through the browser's debugging protocol, so the page's
 * Content-Security-Policy does not apply to axe, and no console error is counted against the page.
 */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

async function runAxe(target: Page): Promise<AxeResults> {
  const present = await target.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe === "object");
  if (!present) await target.evaluate(AXE_SOURCE);
  return target.evaluate(
    (options) => (window as unknown as { axe: typeof axe }).axe.run(document, options),
    AXE_OPTIONS,
  );
}

/** One twin page per browser (a worker's), with JavaScript on, reused for every check without it. */
const twins = new WeakMap<Browser, Promise<Page>>();

function twinOf(pageOrBrowser: Page | Browser): Promise<Page> {
  const browser = "context" in pageOrBrowser ? pageOrBrowser.context().browser() : pageOrBrowser;
  if (!browser) throw new Error("no browser to check the page without JavaScript");
  let twin = twins.get(browser);
  if (!twin) {
    // Explicit: contexts made in a test inherit the project options, javaScriptEnabled: false included.
    twin = browser.newContext({ locale: "de-DE", javaScriptEnabled: true }).then(async (context) => {
      await context.addInitScript({ content: AXE_SOURCE });
      return context.newPage();
    });
    twins.set(browser, twin);
  }
  return twin;
}

const jsEnabled = new WeakMap<Page, boolean>();

/**
 * Checks markup fetched without a browser (the `request` fixture) as a browser without JavaScript
 * shows it: loaded into the twin page at its own URL and viewport, its scripts removed, axe-clean.
 * Returns the twin with the markup loaded, to look at what it renders. For server-rendered pages
 * whose every language is the same markup around other words, this checks each language for a
 * fraction of a full page load; a page's JavaScript is checked in a browser in one language.
 */
export async function expectAccessibleMarkup(
  browser: Browser,
  viewport: { width: number; height: number } | null,
  url: string,
  html: string,
): Promise<Page> {
  const twin = await twinOf(browser);
  if (viewport) await twin.setViewportSize(viewport);
  await twin.route(
    url,
    (route) => route.fulfill({ body: withoutScripts(html), contentType: "text/html; charset=utf-8" }),
    { times: 1 },
  );
  await twin.goto(url);
  const key = verdictKey(html, twin, false);
  let violations = verdicts.get(key);
  if (!violations) {
    violations = (await runAxe(twin)).violations;
    verdicts.set(key, violations);
  }
  expect(
    violations.map((violation) => ({
      rule: violation.id,
      targets: violation.nodes.map((node) => node.target.join(" ")).slice(0, 5),
    })),
    `accessibility violations on ${url}`,
  ).toEqual([]);
  return twin;
}

/** What axe finds on the page as it is now; expectAccessible expects this to be empty. */
export async function accessibilityViolations(page: Page, javaScriptEnabled = jsEnabled.get(page) !== false) {
  jsEnabled.set(page, javaScriptEnabled);
  await page.waitForLoadState("load");
  return (await violationsOf(page)).map((violation) => ({
    rule: violation.id,
    impact: violation.impact,
    help: violation.help,
    targets: violation.nodes.map((node) => node.target.join(" ")).slice(0, 5),
  }));
}

export async function expectAccessible(page: Page): Promise<void> {
  const violations = await accessibilityViolations(page);
  expect(violations, `accessibility violations on ${page.url()}`).toEqual([]);
  checkedPages.get(page)?.add(pageKey(page.url()));
}

export const test = base.extend({
  context: async ({ context, javaScriptEnabled }, use) => {
    if (javaScriptEnabled) await context.addInitScript({ content: AXE_SOURCE });
    await use(context);
  },
  page: async ({ page, javaScriptEnabled }, use) => {
    jsEnabled.set(page, javaScriptEnabled);
    const visited = new Set<string>();
    const checked = new Set<string>();
    checkedPages.set(page, checked);
    const others = new Set<string>();
    otherSites.set(page, others);
    const ours = (url: string) => url.startsWith("http") && !others.has(new URL(url).origin);
    page.on("framenavigated", (frame) => {
      if (frame === page.mainFrame() && ours(frame.url())) visited.add(pageKey(frame.url()));
    });
    // Chromium reports each blocked script, style or connection as a console error naming the policy.
    const blocked: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error" && /Content Security Policy/i.test(message.text()))
        blocked.push(`${page.url()}: ${message.text()}`);
    });
    await use(page);
    expect(blocked, "Content-Security-Policy violations").toEqual([]);
    const last = page.url();
    if (ours(last) && !checked.has(pageKey(last)) && !page.isClosed()) await expectAccessible(page);
    const unchecked = [...visited].filter((key) => !checked.has(key));
    expect(unchecked, "pages visited without an accessibility check").toEqual([]);
  },
});

export { expect };
