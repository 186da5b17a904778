// The pages BITV requires, and the feedback form with its error summary and thank-you page,
// with and without JavaScript.
import { expect, expectAccessible, test } from "../fixtures";
import { latestFeedback } from "./helpers";

test("the accessibility statement names the gaps, the feedback way and the conciliation body", async ({ page }) => {
  await page.goto("/accessibility");
  await expectAccessible(page);
  await expect(page.getByRole("heading", { name: "Was ist noch nicht barrierefrei?" })).toBeVisible();
  await expect(page.getByText(/Schlichtungsstelle nach § 16 Behindertengleichstellungsgesetz/)).toBeVisible();
  await expect(page.locator("main").getByRole("link", { name: /Barriere melden/ })).toHaveAttribute("href", "/feedback?kind=barrier");
});

test("sign language page marks where each video belongs", async ({ page }) => {
  await page.goto("/sign-language");
  await expectAccessible(page);
  await expect(page.locator("[data-video-slot]")).toHaveCount(5);
});

test("imprint, privacy and plain language", async ({ page }) => {
  await page.goto("/imprint");
  await expectAccessible(page);
  await expect(page.getByText("Ifflandstraße 2-6")).toBeVisible();
  await expect(page.getByText("0621 - 17238-550")).toBeVisible();
  await page.goto("/privacy");
  await expectAccessible(page);
  await expect(page.getByRole("heading", { name: "Wenn Sie eine Empfehlung abrufen" })).toBeVisible();
  await page.goto("/plain-language");
  await expectAccessible(page);
  await expect(page.getByRole("link", { name: "Zum Portal in Leichter Sprache" })).toHaveAttribute("href", "/de-x-ls");
});

test("feedback: errors in a summary, the text kept, then saved with a thank-you page", async ({ page }) => {
  await page.goto("/feedback?kind=barrier");
  await expectAccessible(page);
  await expect(page.getByLabel("Eine Barriere: Ich kann etwas nicht nutzen")).toBeChecked();
  await page.getByRole("button", { name: "Rückmeldung senden" }).click();
  await expect(page).toHaveURL(/\/feedback\?draft=/);
  await expectAccessible(page);
  const summary = page.locator('[aria-labelledby="error-summary-title"]');
  await expect(summary.getByRole("link", { name: "Schreiben Sie Ihre Nachricht." })).toHaveAttribute("href", "#message");

  const message = `Der Knopf auf der Startseite ist zu klein (${test.info().project.name}, ${Date.now()}).`;
  await page.getByLabel("Ihre Nachricht").fill(message);
  await page.getByLabel(/E-Mail-Adresse für eine Antwort/).fill("kein-at-zeichen");
  await page.getByRole("button", { name: "Rückmeldung senden" }).click();
  await expectAccessible(page);
  await expect(summary.getByRole("link")).toHaveText(/E-Mail-Adresse wie name@beispiel.de/);
  await expect(page.getByLabel("Ihre Nachricht")).toHaveValue(message);
  await expect(page.getByLabel(/E-Mail-Adresse/)).toHaveAttribute("aria-invalid", "true");

  await page.getByLabel(/E-Mail-Adresse für eine Antwort/).fill("");
  await page.getByRole("button", { name: "Rückmeldung senden" }).click();
  await expect(page).toHaveURL(/\/feedback\/thanks$/);
  await expectAccessible(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vielen Dank für Ihre Rückmeldung");
  expect(await latestFeedback()).toMatchObject({ kind: "barrier", message, email: null, language: "de" });
});
