// On a phone, with JavaScript on and off: a journey with a stated preference, an in-person booking,
// then the questionnaire from the confirmation, one question a page (a missing answer named, one
// question skipped), sent; an admin sees the type's count on the dashboard go up by one. Then the
// one-tap rating on the same confirmation. Each project answers with a type of its own, so that the
// two runs can go at once.
import { randomBytes } from "node:crypto";
import type { Browser } from "@playwright/test";
import { berlinDate } from "@/lib/time";
import { chooseDayAndTime } from "../booking/helpers";
import { expect, expectAccessible, test } from "../fixtures";
import { journeyIdOf, passJourney } from "../journey/helpers";
import { createStaffUser, query, signIn } from "../staff/helpers";

/** The admin's dashboard for this month in a browser context of its own (with JavaScript, signed in). */
async function adminDashboard(browser: Browser, month: string) {
  // Staff work at a desk: a desktop viewport, whatever the project's.
  const context = await browser.newContext({ javaScriptEnabled: true, locale: "de-DE", viewport: { width: 1280, height: 800 }, isMobile: false, hasTouch: false });
  const page = await context.newPage();
  const password = "admin-passwort-e2e";
  const [year, number] = month.split("-").map(Number);
  const address = `/staff/analytics?from=${month}-01&to=${new Date(Date.UTC(year, number, 0)).toISOString().slice(0, 10)}`;
  await signIn(page, await createStaffUser("admin", password), password, address);
  await expect(page.getByRole("heading", { level: 1, name: "Auswertung" })).toBeVisible();
  return {
    /** The count in one type's column of the types table ("10 (45,5 %)"). */
    async typeCount(column: number): Promise<number> {
      await page.goto(address);
      const row = page.getByRole("table", { name: "Verteilung der drei Typen: Anzahl und Zeilenprozent" }).getByRole("row", { name: /alle Antworten/ });
      const cell = (await row.locator("td").nth(column).textContent()) ?? "";
      const count = /^(\d+) \(/.exec(cell.trim());
      expect(count, `types table cell "${cell}"`).not.toBeNull();
      return Number(count![1]);
    },
    page,
    close: () => context.close(),
  };
}

test("after a booking the questionnaire is answered one question a page, counted on the dashboard, and the booking rated", async ({ page, browser }, testInfo) => {
  // A journey, a booking, fourteen questionnaire pages and the dashboard twice, each checked by axe.
  test.setTimeout(120_000);
  const withoutJavaScript = testInfo.project.name.includes("no-js");
  const type = withoutJavaScript ? "mixed" : "digital";
  // The types table's cells after n: personal, mixed, digital.
  const column = withoutJavaScript ? 2 : 3;
  const month = berlinDate(new Date()).slice(0, 7);
  // Ten paper answers of this run's type this month: its cell is never a small one ("< 5").
  await query(`INSERT INTO survey_response (id, source, answered_month, type) SELECT gen_random_uuid(), 'paper', $1::date, $2::"Preference" FROM generate_series(1, 10)`, [`${month}-01`, type]);
  const admin = await adminDashboard(browser, month);
  const before = await admin.typeCount(column);

  await passJourney(page, { prefix: "", requestType: "change-report", preference: type });
  const journeyId = journeyIdOf(page.url());
  await page.locator('article[data-channel="in_person"] a').click();
  await expectAccessible(page);
  await page.getByRole("link", { name: /Ifflandstraße wählen/ }).click();
  await expectAccessible(page);
  await chooseDayAndTime(page, randomBytes(1)[0]);
  await expectAccessible(page);
  await page.getByLabel("Ihr Name").fill("Erika Muster");
  await page.getByLabel("E-Mail-Adresse").fill(`e2e-questionnaire-${randomBytes(4).toString("hex")}@example.org`);
  await page.getByRole("button", { name: "Weiter" }).click();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Termin verbindlich buchen" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ihr Termin ist gebucht");
  await expectAccessible(page);
  const confirmation = page.url();

  const invitation = page.getByTestId("questionnaire-invitation");
  await expect(invitation).toContainText("ohne Ihren Namen, ohne Ihre Kontaktdaten und ohne Verbindung zu Ihrem Termin");
  await invitation.getByRole("button", { name: "Ja, ich mache mit" }).click();

  // Question 1 without an answer: named in the error summary, the page stays.
  await expect(page.getByTestId("progress")).toHaveText("Frage 1 von 12");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Weiter" }).click();
  await expect(page.getByRole("alert", { name: "Bitte prüfen Sie Ihre Angaben" })).toContainText("Wählen Sie eine Antwort oder lassen Sie die Frage aus.");
  await expectAccessible(page);
  for (let step = 1; step <= 12; step++) {
    await expect(page.getByTestId("progress")).toHaveText(`Frage ${step} von 12`);
    await expectAccessible(page);
    if (step === 10) {
      await page.getByRole("button", { name: "Frage auslassen" }).click();
      continue;
    }
    await page.getByRole("radio").nth(step % 3).check();
    await page.getByRole("button", { name: "Weiter" }).click();
  }
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Antworten senden");
  await expect(page.getByText("Sie haben 11 von 12 Fragen beantwortet.")).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Senden" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vielen Dank!");
  await expectAccessible(page);

  expect(await admin.typeCount(column)).toBe(before + 1);
  await expectAccessible(admin.page);
  await admin.close();

  // The one-tap rating on the confirmation, with a comment typed first.
  await page.goto(confirmation);
  await expectAccessible(page);
  const comment = `Schnell gebucht ${randomBytes(4).toString("hex")}`;
  await page.getByLabel("Möchten Sie uns noch etwas sagen? (freiwillig)").fill(comment);
  await page.getByRole("button", { name: "4 – gut" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Danke für Ihre Bewertung!");
  await expectAccessible(page);
  expect(await query("SELECT kind, rating, journey_id FROM feedback WHERE message = $1", [comment])).toEqual([{ kind: "rating", rating: 4, journey_id: journeyId }]);
});
