// Done when, line 3: a callback request from the citizen pages appears in the callback queue; it is
// not reached twice, then turned into an appointment booked from there; the person's timeline shows
// all of it.
import { randomBytes } from "node:crypto";
import { expect, expectAccessible, test } from "../fixtures";
import { nextWorkingDay } from "../forms/helpers";
import { createStaffUser, query, seededLocationIds, signIn } from "./helpers";

test.describe.configure({ timeout: 120_000 });

test("a callback request: queued, not reached twice, turned into an appointment, all on the person's page", async ({
  page,
  browser,
}) => {
  const tag = Array.from(randomBytes(6), (byte) => "abcdefghkmnprstuvz"[byte % 18]).join("");
  const name = `Emre Kılıç-${tag}`;
  const citizen = await browser.newPage({ javaScriptEnabled: false });
  await citizen.goto("/forms/callback?requestType=change-report");
  await citizen.getByRole("button", { name: "Formular starten" }).click();
  await citizen.getByLabel("Unter welcher Nummer sollen wir Sie anrufen?").fill("0621 5550123");
  await citizen.getByRole("button", { name: "Weiter", exact: true }).click();
  await citizen.getByLabel("An welchem Tag?").fill(nextWorkingDay());
  await citizen.getByLabel("10 bis 12 Uhr").check();
  await citizen.getByRole("button", { name: "Weiter", exact: true }).click();
  await citizen.getByLabel("Türkisch").check();
  await citizen.getByRole("button", { name: "Weiter", exact: true }).click();
  await citizen.getByLabel("Vor- und Nachname").fill(name);
  await citizen.getByRole("button", { name: "Weiter", exact: true }).click();
  await citizen.getByRole("button", { name: "Jetzt absenden", exact: true }).click();
  const reference = (await citizen.getByTestId("reference").textContent())!.trim();
  await citizen.close();

  const password = "e2e-callback-queue-123";
  const email = await createStaffUser("front_desk", password, await seededLocationIds());
  await signIn(page, email, password, "/staff/callbacks");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Rückrufe");
  await expectAccessible(page);
  const row = page.locator(`tr[data-reference="${reference}"]`);
  await expect(row).toContainText("0621 5550123");
  await expect(row).toContainText("Türkisch");
  await expect(row).toContainText("Zuerst:");

  for (const attempt of [1, 2]) {
    await row.getByRole("button", { name: /Übernehmen/ }).click();
    await expect(page.locator("[data-notice]")).toContainText("Rückruf übernommen");
    if (attempt === 1) await expectAccessible(page);
    await row.getByLabel("Kurz: Ergebnis").fill(`Mailbox ${attempt}`);
    await row.getByRole("button", { name: "Nicht erreicht" }).click();
    await expect(page.locator("[data-notice]")).toContainText("nicht erreicht");
    await expect(row).toContainText(`${attempt}. Versuch nicht erreicht`);
  }
  await expectAccessible(page);
  await row.getByRole("button", { name: /Übernehmen/ }).click();
  await row.getByLabel("Kurz: Ergebnis").fill("möchte vorbeikommen");
  await row.getByRole("button", { name: "Termin vereinbaren" }).click();
  await expect(page.getByRole("heading", { name: `1. Person: ${name}` })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Buchen" }).click();
  await expect(page.getByRole("heading", { name: `Gebucht für ${name}` })).toBeVisible();
  await expectAccessible(page);
  const appointment = (await page.getByTestId("printed-confirmation").getByTestId("reference").textContent())!.trim();

  // Out of the queue; two SMS told the person; the timeline holds the request, every step and the appointment.
  await page.goto("/staff/callbacks");
  await expect(page.locator(`tr[data-reference="${reference}"]`)).toHaveCount(0);
  const sms = await query<{ kind: string }>(
    "SELECT o.kind FROM notification_outbox o JOIN form_submission s ON s.id = o.submission_id WHERE s.reference = $1 AND o.kind = 'callback'",
    [reference],
  );
  expect(sms).toHaveLength(2);
  const [person] = await query<{ id: string }>("SELECT citizen_id::text AS id FROM appointment WHERE reference = $1", [
    appointment,
  ]);
  await page.goto(`/staff/people/${person.id}`);
  await expectAccessible(page);
  const timeline = page.getByTestId("timeline");
  await expect(timeline.locator('tr[data-kind="callback"]')).toContainText(reference);
  await expect(timeline.locator('tr[data-kind="callback_step"]').filter({ hasText: "nicht erreicht" })).toHaveCount(2);
  await expect(
    timeline.locator('tr[data-kind="callback_step"]').filter({ hasText: "Termin vereinbart" }),
  ).toContainText("möchte vorbeikommen");
  await expect(timeline.locator('tr[data-kind="appointment"]')).toContainText(appointment);
});
