// Stop halfway and continue from the private link on another device: the answers so far are
// kept on the server, the link opens at the next open page, and the form can be filed from there.
// Server markup and plain posts, with nothing for JavaScript to change (as forms.nojs.spec.ts), so the
// browser without it is the one to test.
import { expect, expectAccessible, test } from "../fixtures";
import { day, fillContact, next, startForm, submitAndSeeStatus } from "./helpers";

// Many pages per journey, each checked with axe, on a shared machine: give them room.
test.describe.configure({ timeout: 240_000 });

test("stop halfway, continue from the private link, file, and the link then shows the status", async ({ page }) => {
  await startForm(page, "/forms/change-report");
  await page.getByLabel("Adresse", { exact: true }).check();
  await next(page);
  await page.getByLabel("Seit wann gilt die Änderung?").fill(day(-1));
  await next(page);
  const resumeLink = (await page.getByTestId("resume-link").textContent())?.trim() ?? "";
  expect(resumeLink).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/forms\/draft\/[A-Za-z0-9_-]{32}$/);
  // Another device: no cookies, nothing in the browser; only the link.
  await page.context().clearCookies();
  await page.goto("about:blank");
  await page.goto(resumeLink);
  await expect(page).toHaveURL(/\/forms\/draft\/[A-Za-z0-9_-]+\/address$/);
  await expectAccessible(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ihre neue Adresse");
  await page.getByLabel("Straße und Hausnummer").fill("Q5 1");
  await page.getByLabel("Postleitzahl").fill("6816");
  await page.getByLabel("Ort").fill("Mannheim");
  await page.getByRole("button", { name: "Weiter", exact: true }).click();
  await expect(page.getByRole("alert", { name: "Bitte prüfen Sie Ihre Angaben" })).toContainText(
    "Die Postleitzahl hat 5 Ziffern",
  );
  await expect(page.getByLabel("Straße und Hausnummer")).toHaveValue("Q5 1");
  await page.getByLabel("Postleitzahl").fill("68161");
  await next(page);
  await next(page);
  await fillContact(page);
  await next(page);
  await expect(page.getByTestId("check-answers")).toContainText("Adresse");
  await expect(page.getByTestId("check-answers")).toContainText("68161");
  await submitAndSeeStatus(page);
  // The same private link now leads to the status page.
  await page.goto(resumeLink);
  await expect(page).toHaveURL(/\/forms\/status\//);
  await expectAccessible(page);
  await expect(page.getByTestId("status")).toHaveText("Eingegangen");
});

test("an unknown private link is explained", async ({ page }) => {
  await page.goto("/forms/draft/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
  await expectAccessible(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Link nicht gefunden");
});
