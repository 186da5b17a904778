// The foundation: the start page lists the request types from the database; health answers.
// Server markup and a JSON answer, the same with and without JavaScript: the start page and the
// Arabic one are checked without JavaScript where the journey passes them (journey.both.spec.ts,
// languages.both.spec.ts).
import { expect, expectAccessible, test } from "./fixtures";

test("the start page lists the seeded request types", async ({ page }) => {
  await page.goto("/");
  await expectAccessible(page);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  // The emergency type has its own entry above the list of the other ten.
  await expect(page.getByTestId("request-types").getByRole("listitem")).toHaveCount(10);
  await expect(page.locator('a[href$="/journey/emergency"]')).toBeVisible();
});

test("the health endpoint answers 200 while the database answers", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok", database: "ok" });
});

test("Arabic pages are right to left", async ({ page }) => {
  await page.goto("/ar");
  await expectAccessible(page);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.locator("html")).toHaveAttribute("lang", "ar");
});
