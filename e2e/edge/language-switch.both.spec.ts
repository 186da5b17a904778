// The language switch keeps the person's place: on the time step of a booking, the other language
// opens the same step with the same request type, channel and location, with and without JavaScript.
import { expect, expectAccessible, test } from "../fixtures";

test("switching language on the booking's time step keeps the query", async ({ page }) => {
  await page.goto("/appointments/new?requestType=change-report");
  await expectAccessible(page);
  await page.getByRole("link", { name: "Vor Ort" }).click();
  await expectAccessible(page);
  await page.getByRole("link", { name: /Ifflandstraße wählen/ }).click();
  await expectAccessible(page);
  const german = new URL(page.url());
  expect(german.pathname).toBe("/appointments/new/time");
  expect(german.searchParams.get("location")).toBeTruthy();

  await page.getByText("Sprache wählen: Deutsch").click();
  await page.getByRole("link", { name: "English", exact: true }).click();
  await expectAccessible(page);
  const english = new URL(page.url());
  expect(english.pathname).toBe("/en/appointments/new/time");
  expect(english.search).toBe(german.search);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  // The step itself, not the start of the booking: the days of this location are offered.
  await expect(page.getByRole("list", { name: "Choose a day" })).toBeVisible();

  await page.getByText("Choose language: English").click();
  await page.getByRole("link", { name: "Deutsch", exact: true }).click();
  await expectAccessible(page);
  const back = new URL(page.url());
  expect(back.pathname).toBe("/appointments/new/time");
  expect(back.search).toBe(german.search);
  await expect(page.getByRole("list", { name: "Tag wählen" })).toBeVisible();
});
