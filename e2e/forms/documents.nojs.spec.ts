// Filing the other online forms that take documents on a phone without JavaScript: every page checked
// with axe, documents uploaded, the reference and the status page at the end. Their upload page is the
// one forms.both.spec.ts runs with and without JavaScript (its preview is the forms' one piece of client
// code); the rest are server markup and plain posts, so the browser without JavaScript is the one to test.
import { expect, test } from "../fixtures";
import { day, fillContact, next, pdf, photo, startForm, submitAndSeeStatus, upload } from "./helpers";

// Many pages per journey, each checked with axe, on a shared machine: give them room.
test.describe.configure({ timeout: 240_000 });

test("submit-documents: payslips as photo and PDF; in person is the only way to a person", async ({ page }) => {
  await startForm(page, "/forms/submit-documents");
  await expect(page.getByTestId("talk-to-person").getByRole("link")).toHaveCount(1);
  await page.getByLabel("Lohnabrechnung").check();
  await page.getByLabel("Kontoauszüge").check();
  await next(page);
  // Continuing without a file is refused with a clear message.
  await page.getByRole("button", { name: "Weiter", exact: true }).click();
  await expect(page.getByRole("alert", { name: "Bitte prüfen Sie Ihre Angaben" })).toContainText("Bitte laden Sie mindestens eine Datei hoch.");
  await upload(page, [await photo("seite-1.jpeg"), pdf("seite-2.pdf")]);
  await next(page);
  await fillContact(page);
  await next(page);
  await submitAndSeeStatus(page);
});

test("sick-note: with the doctor's certificate as a photo", async ({ page }) => {
  await startForm(page, "/forms/sick-note");
  await page.getByLabel("Krank seit").fill(day(0));
  await page.getByLabel("Voraussichtlich krank bis").fill(day(4));
  await next(page);
  await page.getByLabel("Ja, ich lade sie jetzt hoch").check();
  await next(page);
  await upload(page, [await photo("au-bescheinigung.jpg")]);
  await next(page);
  await page.getByLabel("Nein", { exact: true }).check();
  await next(page);
  await fillContact(page);
  await next(page);
  await submitAndSeeStatus(page);
});
