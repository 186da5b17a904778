// Done when, line 2: a citizen files a form (in Turkish, without JavaScript); the caseworker asks for
// information; the citizen's status page shows the question in Turkish and the citizen answers with a
// photo; the caseworker sees the answer and the photo and closes the submission; the status page
// shows "done" and every change.
import { readFileSync } from "node:fs";
import { expect, expectAccessible, expectAccessibleMarkup, test } from "../fixtures";
import { expectValidMarkup } from "../valid-html";
import { day, photo } from "../forms/helpers";
import { createStaffUser, query, signIn } from "./helpers";

type OpenQuestionTexts = { statusQuestions: { heading: string; send: string } };

test.describe.configure({ timeout: 120_000 });

test("a question in the person's language, answered with a photo on the status page, then closed", async ({
  page,
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const citizen = await context.newPage();
  const devam = () => citizen.getByRole("button", { name: "Devam", exact: true }).click();
  await citizen.goto("/tr/forms/decision-question");
  await citizen.getByRole("button", { name: "Formu başlat" }).click();
  await citizen.locator('input[name="decisionDate"]').fill(day(-10));
  await citizen.locator('input[name="decisionTopic"][value="amount"]').check();
  await devam();
  await citizen.locator('textarea[name="message"]').fill("Temmuz ayında tutar neden daha düşük?");
  await devam();
  await devam();
  await citizen.locator('input[name="fullName"]').fill("Ayşe Yılmaz");
  await citizen.locator('input[name="dateOfBirth"]').fill("1985-03-02");
  await citizen.locator('input[name="email"]').fill(`e2e-inbox-${Date.now()}@example.org`);
  await devam();
  await citizen.getByRole("button", { name: "Şimdi gönder" }).click();
  await expect(citizen).toHaveURL(/\/tr\/forms\/status\/[A-Za-z0-9_-]+\?filed=1$/);
  const reference = (await citizen.getByTestId("reference").textContent())!.trim();
  const statusPage = new URL(citizen.url()).pathname;

  const password = "e2e-inbox-caseworker-1";
  const email = await createStaffUser("caseworker", password);
  // Oldest first and paged: the one just filed is on the last page of its form's received submissions.
  await signIn(page, email, password, "/staff/inbox?status=received&form=decision-question&end=1");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Posteingang");
  await expectAccessible(page);
  await page.locator(`tr[data-reference="${reference}"]`).getByRole("link", { name: reference }).click();
  await expect(page.getByTestId("answers")).toContainText("Temmuz ayında tutar neden daha düşük?");
  await expectAccessible(page);
  await page.getByLabel("Was wird gebraucht?").selectOption("payslips");
  await page.getByLabel("Notiz (freiwillig)").fill("Juli 2026");
  await page.getByRole("button", { name: "Rückfrage senden" }).click();
  await expect(page.getByRole("status")).toContainText("Die Rückfrage ist gestellt");
  await expect(page.getByTestId("submission-status")).toHaveText("Rückfrage an die Person");
  await expectAccessible(page);

  // The citizen's status page, without JavaScript: the question in Turkish, an answer with a photo.
  await citizen.goto(statusPage);
  await expect(citizen.getByTestId("status")).toHaveText("Sizden bir şey daha gerekiyor");
  await expect(citizen.getByTestId("questions")).toContainText(
    "Lütfen son üç aya ait maaş bordrolarınızı bize gönderin.",
  );
  await expect(citizen.getByTestId("questions")).toContainText("Juli 2026");
  // The page with the question and the answer form: valid and axe-clean markup in every language.
  for (const prefix of ["", "/de-x-ls", "/en", "/tr", "/ar", "/uk", "/bg", "/ro"]) {
    const url = new URL(statusPage.replace(/^\/tr/, prefix), citizen.url()).toString();
    const html = await (await citizen.request.get(url)).text();
    expect(html).toContain('id="answer-files"');
    await expectValidMarkup(html, url);
    await expectAccessibleMarkup(browser, null, url, html);
  }
  await citizen.getByRole("textbox", { name: "Cevabınız" }).fill("Bordro ekte.");
  await citizen.getByLabel("Fotoğraflar veya PDF dosyaları").setInputFiles(await photo("bordro.jpg"));
  await citizen.getByRole("button", { name: "Cevabı gönder" }).click();
  await expect(citizen.getByTestId("answered")).toHaveText("Teşekkürler, cevabınız ulaştı.");
  await expect(citizen.getByTestId("status")).toHaveText("İşleme alındı");

  // The caseworker sees the answer and the photo, opens it (recorded), and closes the submission.
  await page.reload();
  await expect(page.getByTestId("messages")).toContainText("Bordro ekte.");
  const file = page.getByTestId("attachments").getByRole("link", { name: "bordro.jpg" });
  const download = await page.request.get((await file.getAttribute("href"))!);
  expect(download.status()).toBe(200);
  expect(download.headers()["content-type"]).toBe("image/jpeg");
  await page.getByRole("button", { name: "Abschließen (erledigt)" }).click();
  await expect(page.getByTestId("submission-status")).toHaveText("erledigt");
  await expectAccessible(page);
  const opened = await query<{ action: string }>(
    "SELECT a.action FROM audit_log a JOIN staff_user s ON s.id = a.staff_user_id WHERE s.email = $1 AND a.action IN ('attachment.opened', 'submission.information-requested', 'submission.status-changed') ORDER BY a.created_at",
    [email],
  );
  expect(opened.map((row) => row.action)).toEqual([
    "submission.information-requested",
    "attachment.opened",
    "submission.status-changed",
  ]);

  await citizen.goto(statusPage);
  await expect(citizen.getByTestId("status")).toHaveText("Tamamlandı");
  await expect(citizen.getByTestId("status-history").getByRole("listitem")).toHaveCount(5);
  // Done: no open question above "Tamamlandı" and no answer form; the exchange stays, in the history.
  const openQuestion = (JSON.parse(readFileSync("messages/tr/forms.json", "utf8")) as OpenQuestionTexts)
    .statusQuestions;
  await expect(citizen.getByRole("heading", { name: openQuestion.heading })).toHaveCount(0);
  await expect(citizen.getByRole("button", { name: openQuestion.send })).toHaveCount(0);
  await expect(citizen.getByTestId("questions")).toContainText("Juli 2026");
  await context.close();
});
