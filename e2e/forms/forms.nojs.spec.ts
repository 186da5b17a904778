// Filing the online forms without documents on a phone without JavaScript: every page checked with
// axe, the reference and the status page at the end. Their pages are server markup and plain posts
// with nothing of their own for JavaScript to change, so the browser without it is the one to test;
// the forms that take documents run with and without it (forms.both.spec.ts).
import { expect, expectAccessible, test } from "../fixtures";
import { day, fillContact, next, nextWorkingDay, startForm, submitAndSeeStatus } from "./helpers";

// Many pages per journey, each checked with axe, on a shared machine: give them room.
test.describe.configure({ timeout: 240_000 });

test("contact-details: a new e-mail address", async ({ page }) => {
  await startForm(page, "/forms/contact-details");
  await page.getByLabel("E-Mail-Adresse", { exact: true }).check();
  await next(page);
  await page.getByLabel("Neue E-Mail-Adresse").fill("neu@example.org");
  await next(page);
  await fillContact(page);
  await next(page);
  await expect(page.getByTestId("check-answers")).toContainText("neu@example.org");
  await submitAndSeeStatus(page);
});

test("absence: a trip ahead", async ({ page }) => {
  await startForm(page, "/forms/absence");
  await page.getByLabel("Abwesend ab").fill(day(14));
  await page.getByLabel("Wieder da am").fill(day(21));
  await next(page);
  await page.getByLabel("Wohin fahren Sie?").fill("Izmir, Türkei");
  await next(page);
  await fillContact(page);
  await next(page);
  await submitAndSeeStatus(page);
});

test("decision-question: a message about a decision letter", async ({ page }) => {
  await startForm(page, "/forms/decision-question");
  await page.getByLabel("Datum des Bescheids").fill(day(-10));
  await page.getByLabel("Die Höhe der Leistung").check();
  await next(page);
  await page.getByLabel("Ihre Frage oder Nachricht").fill("Warum ist der Betrag im Juli niedriger als im Juni?");
  await next(page);
  await next(page);
  await fillContact(page);
  await next(page);
  await submitAndSeeStatus(page);
});

test("callback: number, day, time window and language for a change report", async ({ page }) => {
  await startForm(page, "/forms/callback?requestType=change-report");
  await page.getByLabel("Unter welcher Nummer sollen wir Sie anrufen?").fill("0621 123456");
  await next(page);
  await page.getByLabel("An welchem Tag?").fill(nextWorkingDay());
  await page.getByLabel("10 bis 12 Uhr").check();
  await next(page);
  await page.getByLabel("Türkisch").check();
  await next(page);
  await page.getByLabel("Vor- und Nachname").fill("Ayşe Yılmaz");
  await next(page);
  await submitAndSeeStatus(page);
});

test("callback: a request type without a phone channel is explained, not started", async ({ page }) => {
  await page.goto("/forms/callback?requestType=submit-documents");
  await expectAccessible(page);
  await expect(page.getByText("Für dieses Anliegen ist kein Rückruf möglich.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Formular starten" })).toHaveCount(0);
});
