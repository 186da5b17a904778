// The journey by keyboard only: no mouse, no taps; every step reached with Tab, Space and Enter,
// with a visible focus on each control used.
import type { Page } from "@playwright/test";
import { expect, expectAccessible, test } from "../fixtures";

/** Tabs forward until the focused element matches, at most `limit` times. */
async function tabTo(
  page: Page,
  matches: (element: {
    tag: string;
    text: string;
    name: string | null;
    value: string | null;
    href: string | null;
  }) => boolean,
  limit = 80,
) {
  for (let index = 0; index < limit; index += 1) {
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLInputElement | HTMLAnchorElement | null;
      return {
        tag: element?.tagName.toLowerCase() ?? "",
        text: element?.textContent?.trim() ?? "",
        name: element?.getAttribute("name") ?? null,
        value: element?.getAttribute("value") ?? null,
        href: element?.getAttribute("href") ?? null,
      };
    });
    if (matches(focused)) {
      const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
      expect(outline, "focus is visible").not.toBe("none");
      return;
    }
  }
  throw new Error("the element was not reached by Tab");
}

test("the whole journey by keyboard", async ({ page }) => {
  await page.goto("/");
  await expectAccessible(page);
  await tabTo(page, (element) => element.href === "/journey/decision-question");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/journey\/decision-question$/);
  await expectAccessible(page);

  // For whom: the group's checked radio takes focus; arrow keys move the choice.
  await tabTo(page, (element) => element.name === "forWhom");
  await page.keyboard.press("ArrowDown");
  await expect(page.locator('input[name="forWhom"][value="other"]')).toBeChecked();
  // Preference: the first radio of an unanswered group takes focus; Space chooses it.
  await tabTo(page, (element) => element.name === "preference");
  await page.keyboard.press("Space");
  await expect(page.locator('input[name="preference"][value="personal"]')).toBeChecked();
  // A checkbox of the situation questions.
  await tabTo(page, (element) => element.name === "needs" && element.value === "mobility");
  await page.keyboard.press("Space");
  await expect(page.locator('input[name="needs"][value="mobility"]')).toBeChecked();
  await tabTo(page, (element) => element.tag === "button");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/recommendation\//);
  await expectAccessible(page);

  await expect(page.getByTestId("recommended").locator("article")).toHaveAttribute("data-channel", "video");
  await tabTo(
    page,
    (element) => (element.href ?? "").includes("/journey/choose") && element.href!.includes("channel=video"),
  );
  const href = await page.evaluate(() => document.activeElement?.getAttribute("href"));
  const response = await page.request.get(href!, { maxRedirects: 0 });
  expect(response.headers().location).toMatch(
    /^\/appointments\/new\?requestType=decision-question&channel=video&journey=/,
  );
});

test("the skip link jumps to the main content", async ({ page }) => {
  await page.goto("/journey/sick-note");
  await expectAccessible(page);
  await page.keyboard.press("Tab");
  await expect(page.locator(":focus")).toHaveAttribute("href", "#main");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main$/);
  await expectAccessible(page);
});
