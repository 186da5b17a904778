// The feedback form with its error summary and thank-you page, with and without JavaScript.
import { expect, expectAccessible, test } from "../fixtures";
import { latestFeedback } from "./helpers";

test("feedback: errors in a summary, the text kept, then saved with a thank-you page", async ({ page }) => {
  await page.goto("/feedback?kind=barrier");
  await expectAccessible(page);
  await expect(page.getByLabel("Eine Barriere: Ich kann etwas nicht nutzen")).toBeChecked();
  await page.getByRole("button", { name: "Rückmeldung senden" }).click();
  await expect(page).toHaveURL(/\/feedback\?draft=/);
  await expectAccessible(page);
  const summary = page.locator('[aria-labelledby="error-summary-title"]');
  await expect(summary.getByRole("link", { name: "Schreiben Sie Ihre Nachricht." })).toHaveAttribute(
    "href",
    "#message",
  );

  // Unique per run and project, in words (the staff pages show it, and the project's name "phone" is a key).
  const message = `Der Knopf auf der Startseite ist zu klein (Lauf ${Date.now()}-${test.info().parallelIndex}).`;
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
