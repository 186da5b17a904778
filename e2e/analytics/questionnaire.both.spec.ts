// On a phone, with JavaScript on and off: a journey with a stated preference, an in-person booking,
// then the questionnaire from the confirmation, one question a page (a missing answer named, one
// question skipped, one page in Arabic), sent; an admin sees the type's count on the dashboard go
// up by one (against the types file before). Then the
// one-tap rating on the same confirmation. Each project answers with a type of its own, so that the
// two runs can go at once.
import { randomBytes } from "node:crypto";
import type { Browser } from "@playwright/test";
import { berlinDate } from "@/lib/time";
import { chooseDayAndTime } from "../booking/helpers";
import { expect, expectAccessible, expectAccessibleMarkup, test } from "../fixtures";
import { journeyIdOf, passJourney } from "../journey/helpers";
import { createStaffUser, query, signIn } from "../staff/helpers";
import { expectValidMarkup } from "../valid-html";

/** The admin's dashboard for this month in a browser context of its own (with JavaScript, signed in). */
async function adminDashboard(browser: Browser, month: string) {
  // Staff work at a desk: a desktop viewport, whatever the project's.
  const context = await browser.newContext({
    javaScriptEnabled: true,
    locale: "de-DE",
    viewport: { width: 1280, height: 800 },
    isMobile: false,
    hasTouch: false,
  });
  const page = await context.newPage();
  const password = "admin-passwort-e2e";
  const [year, number] = month.split("-").map(Number);
  const address = `/staff/analytics?from=${month}-01&to=${new Date(Date.UTC(year, number, 0)).toISOString().slice(0, 10)}`;
  await signIn(page, await createStaffUser("admin", password), password, address);
  await expect(page.getByRole("heading", { level: 1, name: "Auswertung" })).toBeVisible();
  const exported = address.replace("/staff/analytics?", "/staff/analytics/export/types.csv?");
  return {
    /** The count in one type's column of the types file (a line "Typ 3 „mehr digital“;10;45,5;25,8"). */
    async exportedCount(label: string): Promise<number> {
      const text = await (await page.request.get(exported)).text();
      const line = text.split("\r\n").find((candidate) => candidate.startsWith(`${label};`)) ?? "";
      expect(line, "types file").toMatch(/^[^;]+;\d+;/);
      return Number(line.split(";")[1]);
    },
    /** The count in one type's column of the dashboard's types table ("10 (45,5 %)"). */
    async typeCount(column: number): Promise<number> {
      await page.goto(address);
      const row = page
        .getByRole("table", { name: "Verteilung der drei Typen: Anzahl und Zeilenprozent" })
        .getByRole("row", { name: /alle Antworten/ });
      const cell = (await row.locator("td").nth(column).textContent()) ?? "";
      const count = /^(\d+) \(/.exec(cell.trim());
      expect(count, `types table cell "${cell}"`).not.toBeNull();
      return Number(count![1]);
    },
    page,
    close: () => context.close(),
  };
}

test("after a booking the questionnaire is answered one question a page, counted on the dashboard, and the booking rated", async ({
  page,
  browser,
  request,
}, testInfo) => {
  // A journey, a booking, six questionnaire pages and the dashboard, each citizen page checked by axe.
  test.setTimeout(120_000);
  const withoutJavaScript = testInfo.project.name.includes("no-js");
  const type = withoutJavaScript ? "mixed" : "digital";
  // The types table's cells after n: personal, mixed, digital.
  const column = withoutJavaScript ? 2 : 3;
  const month = berlinDate(new Date()).slice(0, 7);
  // Ten paper answers of this run's type this month: its cell is never a small one ("< 5").
  await query(
    `INSERT INTO survey_response (id, source, answered_month, type) SELECT gen_random_uuid(), 'paper', $1::date, $2::"Preference" FROM generate_series(1, 10)`,
    [`${month}-01`, type],
  );
  const label = withoutJavaScript ? "Typ 2 „persönlich und digital“" : "Typ 3 „mehr digital“";
  // The admin signs in and reads the count while the citizen books (awaited before the sheet is sent).
  const adminReady = adminDashboard(browser, month).then(async (admin) => ({
    admin,
    before: await admin.exportedCount(label),
  }));
  adminReady.catch(() => undefined);

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
  await expect(invitation).toContainText(
    "ohne Ihren Namen, ohne Ihre Kontaktdaten und ohne Verbindung zu Ihrem Termin",
  );
  await invitation.getByRole("button", { name: "Ja, ich mache mit" }).click();

  // Question 1 without an answer: named in the error summary, the page stays.
  await expect(page.getByTestId("progress")).toHaveText("Frage 1 von 12");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Weiter" }).click();
  await expect(page.getByRole("alert", { name: "Bitte prüfen Sie Ihre Angaben" })).toContainText(
    "Wählen Sie eine Antwort oder lassen Sie die Frage aus.",
  );
  await expectAccessible(page);
  await page.getByRole("radio", { name: "Eher ja" }).check();
  await page.getByRole("button", { name: "Weiter" }).click();
  await expect(page.getByTestId("progress")).toHaveText("Frage 2 von 12");
  await expectAccessible(page);
  await page.getByRole("radio", { name: "Teils, teils" }).check();
  await page.getByRole("button", { name: "Weiter" }).click();
  await expect(page.getByTestId("progress")).toHaveText("Frage 3 von 12");
  await expectAccessible(page);
  // The same page in Arabic, right to left, as the server sends it (fetched apart from the browser,
  // whose language would follow the Arabic page, with the browser's questionnaire cookie).
  const sheet = (await page.context().cookies()).find((cookie) => cookie.name === "zugang-questionnaire")!;
  const arabic = await request.get("/ar/questionnaire/question/3", {
    headers: { cookie: `${sheet.name}=${sheet.value}` },
  });
  const markup = await arabic.text();
  await expectValidMarkup(markup, arabic.url());
  const twin = await expectAccessibleMarkup(browser, page.viewportSize(), arabic.url(), markup);
  await expect(twin.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(twin.getByText("السؤال 3 من 12")).toBeVisible();
  // Questions 3 to 11 are the same plain form: posted without loading each page (the cookie is the browser's), 10 skipped.
  const answers = ["1", "5", "2", "smartphone-only", "often", "near", "limited", null, "realschule"];
  for (const [index, answer] of answers.entries()) {
    const response = await page.request.post(`/questionnaire/question/${index + 3}/answer`, {
      form: answer ? { move: "next", answer } : { move: "skip" },
      maxRedirects: 0,
    });
    expect(response.headers().location).toBe(`/questionnaire/question/${index + 4}`);
  }
  await page.goto("/questionnaire/question/12");
  await expect(page.getByTestId("progress")).toHaveText("Frage 12 von 12");
  await expectAccessible(page);
  await page.getByRole("radio", { name: "Einen Studienabschluss" }).check();
  await page.getByRole("button", { name: "Weiter" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Antworten senden");
  await expect(page.getByText("Sie haben 11 von 12 Fragen beantwortet.")).toBeVisible();
  await expectAccessible(page);
  const sent = (await page.context().cookies()).find((cookie) => cookie.name === "zugang-questionnaire")!;
  const sendPage = await request.get("/ar/questionnaire/send", { headers: { cookie: `${sent.name}=${sent.value}` } });
  await expectValidMarkup(await sendPage.text(), sendPage.url());
  const { admin, before } = await adminReady;
  await page.getByRole("button", { name: "Senden" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vielen Dank!");
  await expectAccessible(page);

  // The dashboard itself is checked by axe in e2e/staff/analytics.spec.ts.
  expect(await admin.typeCount(column)).toBe(before + 1);
  await admin.close();

  // The one-tap rating on the confirmation, with a comment typed first.
  await page.goto(confirmation);
  await expectAccessible(page);
  const comment = `Schnell gebucht ${randomBytes(4).toString("hex")}`;
  await page.getByLabel("Möchten Sie uns noch etwas sagen? (freiwillig)").fill(comment);
  await page.getByRole("button", { name: "4 – gut" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Danke für Ihre Bewertung!");
  await expectAccessible(page);
  expect(await query("SELECT kind, rating, journey_id FROM feedback WHERE message = $1", [comment])).toEqual([
    { kind: "rating", rating: 4, journey_id: journeyId },
  ]);
});
