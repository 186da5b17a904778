// Filing an online form that takes documents on a phone, with and without JavaScript (the upload's
// preview is the forms' one piece of client code; links and posts are plain, the same with and
// without it): every page checked with axe, documents uploaded as a photo and a PDF, the reference and
// the status page at the end. The other forms that take documents use the same upload page and run
// without JavaScript only (documents.nojs.spec.ts), as do the forms without documents (forms.nojs.spec.ts).
import { expect, test } from "../fixtures";
import { day, fillContact, next, pdf, photo, startForm, submitAndSeeStatus, upload } from "./helpers";

// Many pages per journey, each checked with axe, on a shared machine: give them room.
test.describe.configure({ timeout: 240_000 });

test("change-report: a new bank account, with a photo and a PDF as proof", async ({ page }) => {
  await startForm(page, "/forms/change-report");
  const talk = page.getByTestId("talk-to-person");
  await expect(talk.getByRole("link", { name: "Termin im Jobcenter buchen" })).toHaveAttribute(
    "href",
    "/appointments/new?requestType=change-report&channel=in-person",
  );
  await expect(talk.getByRole("link", { name: "Videotermin buchen" })).toHaveAttribute(
    "href",
    "/appointments/new?requestType=change-report&channel=video",
  );
  await page.getByLabel("Bankverbindung", { exact: true }).check();
  await next(page);
  await page.getByLabel("Seit wann gilt die Änderung?").fill(day(-3));
  await next(page);
  await page.getByLabel("IBAN").fill("DE89 3704 0044 0532 0130 01");
  await page.getByLabel("Name der Kontoinhaberin oder des Kontoinhabers").fill("Ayşe Yılmaz");
  await page.getByRole("button", { name: "Weiter", exact: true }).click();
  // A wrong check digit: the error summary on top links to the field.
  const summary = page.getByRole("alert", { name: "Bitte prüfen Sie Ihre Angaben" });
  await expect(summary.getByRole("link")).toHaveText(/IBAN: Diese IBAN stimmt nicht/);
  await expect(page.getByLabel("IBAN")).toHaveAttribute("aria-invalid", "true");
  await page.getByLabel("IBAN").fill("DE89 3704 0044 0532 0130 00");
  await next(page);
  await expect(page.getByTestId("blackout-advice")).toContainText("Verwendungszweck");
  await expect(page.getByTestId("no-id-copy")).toContainText("Personalausweis");
  await expect(page.locator("#files")).toHaveAttribute("accept", "image/*,application/pdf");
  await expect(page.locator("#files")).toHaveAttribute("capture", "environment");
  await upload(page, [await photo(), pdf()]);
  await next(page);
  await fillContact(page, { email: "ayse@example.org" });
  await next(page);
  await expect(page.getByTestId("check-answers")).toContainText("DE89 3704 0044 0532 0130 00");
  await expect(page.getByTestId("check-answers")).toContainText("lohnabrechnung.jpg, kontoauszug.pdf");
  await submitAndSeeStatus(page);
  await expect(page.locator('dt:text-is("Dateien") + dd')).toHaveText("2");
});
