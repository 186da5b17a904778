// Filing the online forms that take documents on a phone, with and without JavaScript (the upload's
// preview is the forms' one piece of client code, and the task list's links navigate in the page
// with it): every page checked with axe, documents uploaded as a photo and a PDF, the reference and
// the status page at the end. The other forms that take documents use the same upload page and run
// without JavaScript only (documents.nojs.spec.ts), as do the forms without documents (forms.nojs.spec.ts).
import { expect, test } from "../fixtures";
import { day, fillContact, moveOn, next, pdf, photo, startForm, submitAndSeeStatus, upload } from "./helpers";

// Many pages per journey, each checked with axe, on a shared machine: give them room.
test.describe.configure({ timeout: 240_000 });

test("change-report: a new bank account, with a photo and a PDF as proof", async ({ page }) => {
  await startForm(page, "/forms/change-report");
  const talk = page.getByTestId("talk-to-person");
  await expect(talk.getByRole("link", { name: "Termin im Jobcenter buchen" })).toHaveAttribute("href", "/appointments/new?requestType=change-report&channel=in-person");
  await expect(talk.getByRole("link", { name: "Videotermin buchen" })).toHaveAttribute("href", "/appointments/new?requestType=change-report&channel=video");
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

test("continued-benefits: the long form through its task list", async ({ page }) => {
  await startForm(page, "/forms/continued-benefits");
  await expect(page.getByText("0 von 6 Abschnitten erledigt")).toBeVisible();
  const section = async (name: string) => {
    const link = page.getByTestId("task-list").getByRole("link", { name, exact: true });
    await moveOn(page, () => link.click());
  };
  const save = () => next(page, "Speichern und zurück zur Übersicht");
  await section("Haushalt");
  await page.getByLabel("Ja", { exact: true }).check();
  await save();
  await section("Einkommen");
  await page.getByLabel("Ja", { exact: true }).check();
  await save();
  await page.getByLabel("Lohn oder Gehalt").check();
  await page.getByLabel("Kindergeld").check();
  await page.getByLabel("Einkommen im Monat, brutto, in Euro").fill("1.150,00");
  await save();
  await section("Wohnkosten");
  await page.getByLabel("Kaltmiete im Monat, in Euro").fill("450");
  await page.getByLabel("Nebenkosten im Monat, in Euro").fill("120,50");
  await page.getByLabel("Heizkosten im Monat, in Euro").fill("80");
  await page.getByLabel("Nein", { exact: true }).check();
  await save();
  await section("Bankverbindung");
  await page.getByLabel("IBAN").fill("DE02 1203 0000 0000 2020 51");
  await page.getByLabel("Name der Kontoinhaberin oder des Kontoinhabers").fill("Ayşe Yılmaz");
  await save();
  await section("Nachweise hochladen");
  await upload(page, [await photo("lohn-mai.jpg"), pdf("nebenkosten.pdf")]);
  await save();
  await section("Ihre Kontaktdaten");
  await fillContact(page);
  await save();
  await expect(page.getByText("6 von 6 Abschnitten erledigt")).toBeVisible();
  await moveOn(page, () => page.getByRole("link", { name: "Angaben prüfen und absenden" }).click());
  await submitAndSeeStatus(page);
});
