// Filing the other online forms that take documents on a phone without JavaScript: every page checked
// with axe, documents uploaded, the reference and the status page at the end. Their upload page is the
// one forms.both.spec.ts runs with and without JavaScript (its preview is the forms' one piece of client
// code); the rest are server markup and plain posts, so the browser without JavaScript is the one to test.
import { writeFile } from "node:fs/promises";
import { expect, expectAccessible, test } from "../fixtures";
import { day, fillContact, moveOn, next, pdf, photo, startForm, submitAndSeeStatus, upload } from "./helpers";

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
  await expect(page.getByRole("alert", { name: "Bitte prüfen Sie Ihre Angaben" })).toContainText(
    "Bitte laden Sie mindestens eine Datei hoch.",
  );
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

test("a 60 MB file is refused on the upload page with the limit; the answers and files so far stay", async ({
  page,
}) => {
  test.setTimeout(240_000);
  await startForm(page, "/forms/submit-documents");
  await page.getByLabel("Kontoauszüge").check();
  await next(page);
  await upload(page, [pdf("erste-seite.pdf")]);
  // Written to a file: a buffer this large cannot be handed to the browser directly.
  const large = test.info().outputPath("kontoauszug-gross.pdf");
  await writeFile(large, Buffer.alloc(60 * 1024 * 1024, 0x25));
  await page.locator("#files").setInputFiles(large);
  // The answer is the upload page again, at the same address.
  await page.getByRole("button", { name: "Hochladen" }).click();
  await page.waitForLoadState("load");
  await expect(page).toHaveURL(/\/forms\/draft\/[A-Za-z0-9_-]+\/documents$/);
  await expect(page.getByRole("alert", { name: "Bitte prüfen Sie Ihre Angaben" })).toContainText(
    "Die Datei „kontoauszug-gross.pdf“ ist größer als 10 MB.",
  );
  // The file uploaded before is still there, and so is the answer on the page before.
  await expect(page.getByTestId("uploaded-files")).toContainText("erste-seite.pdf");
  await expect(page.getByTestId("uploaded-files").getByRole("listitem")).toHaveCount(1);
  await expectAccessible(page);
  await moveOn(page, () => page.getByRole("link", { name: "Zurück" }).click());
  await expect(page.getByLabel("Kontoauszüge")).toBeChecked();
});
