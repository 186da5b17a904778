// Booking on a phone, with JavaScript on and off: in person and by video; then the manage link,
// reschedule and cancel; the calendar file parses and the outbox holds the confirmation.
import { expect, expectAccessible, test } from "../fixtures";
import { chooseDayAndTime, outboxKinds, parseIcs } from "./helpers";
import type { Page, TestInfo } from "@playwright/test";

// Whole journeys with an accessibility check on every page: longer than the default timeout.
test.describe.configure({ timeout: 240_000 });

/** Different projects and workers pick different days, so parallel runs do not race for one slot. */
function spread(testInfo: TestInfo, offset: number): number {
  return (testInfo.project.name.includes("no-js") ? 3 : 0) + testInfo.workerIndex * 6 + offset;
}

async function fillDetails(page: Page, email: string, video: boolean) {
  await expectAccessible(page);
  await page.getByRole("button", { name: "Weiter" }).click();
  await expect(page.getByRole("alert", { name: "Bitte prüfen Sie Ihre Angaben" })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Ihr Name").fill("Erika Muster");
  await page.getByLabel("E-Mail-Adresse").fill(email);
  await page.getByLabel("Brauchen Sie einen Dolmetscher?").selectOption("tr");
  if (video) await page.getByLabel("Ich bin mit dem Videogespräch einverstanden.").check();
  await page.getByRole("button", { name: "Weiter" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Angaben prüfen");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Termin verbindlich buchen" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ihr Termin ist gebucht");
  await expectAccessible(page);
  return (await page.getByTestId("reference").textContent())!.trim();
}

test("book in person, get the calendar file, reschedule and cancel", async ({ page }, testInfo) => {
  await page.goto("/appointments/new?requestType=change-report");
  await expectAccessible(page);
  await page.getByRole("link", { name: "Vor Ort" }).click();
  await expectAccessible(page);
  await expect(page.getByText("Stufenloser Zugang").first()).toBeVisible();
  await page.getByRole("link", { name: /Ifflandstraße wählen/ }).click();
  await expectAccessible(page);
  await chooseDayAndTime(page, spread(testInfo, 0));
  const reference = await fillDetails(page, `e2e-${testInfo.project.name}-${Date.now()}@example.org`, false);
  expect(reference).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
  await expect(page).toHaveTitle("Ihr Termin ist gebucht – Jobcenter Zugang");
  await expect(page.getByRole("img", { name: /QR-Code/ })).toBeVisible();

  const ics = await page.request.get((await page.getByTestId("ics-link").getAttribute("href"))!);
  expect(ics.headers()["content-type"]).toContain("text/calendar");
  const event = parseIcs(await ics.text());
  expect(event.summary).toContain(reference);
  expect(event.uid).toBe(`${reference}@zugang`);
  // The confirmation is in the outbox (a reminder too when the appointment is more than 24 h away).
  expect((await outboxKinds(reference))[0]).toBe("confirmation:pending");

  // The manage link is the page's own address: open it afresh.
  const manageUrl = (await page.getByTestId("manage-link").textContent())!.trim();
  await page.goto(new URL(manageUrl).pathname);
  await expectAccessible(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ihr Termin");
  await expect(page).toHaveTitle("Ihr Termin – Jobcenter Zugang");
  // A private link: search engines are asked to keep it out.
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", "noindex, nofollow");

  await page.getByRole("link", { name: "Termin verschieben" }).click();
  await expectAccessible(page);
  await chooseDayAndTime(page, spread(testInfo, 1));
  await expect(page.getByRole("status")).toContainText("verschoben");
  await expectAccessible(page);
  expect(await outboxKinds(reference)).toContain("change:pending");

  await page.getByRole("link", { name: "Termin absagen" }).click();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Ja, Termin absagen" }).click();
  await expect(page.getByRole("status")).toContainText("abgesagt");
  await expectAccessible(page);
  const afterCancel = await outboxKinds(reference);
  expect(afterCancel).toContain("cancellation:pending");
  expect(afterCancel).not.toContain("reminder:pending");
});

test("book a video appointment with consent; join opens 10 minutes before", async ({ page }, testInfo) => {
  await page.goto("/appointments/new?requestType=job-counselling&channel=video");
  await expectAccessible(page);
  await chooseDayAndTime(page, spread(testInfo, 2));
  const reference = await fillDetails(page, `e2e-video-${testInfo.project.name}-${Date.now()}@example.org`, true);
  await expect(page.getByText("Das Gespräch wird nie aufgezeichnet.").first()).toBeVisible();
  await expect(page.getByRole("button", { name: "Videogespräch beitreten" })).toBeDisabled();
  expect(await outboxKinds(reference)).toContain("confirmation:pending");

  await page.getByRole("button", { name: "Einwilligung zurücknehmen" }).click();
  await expectAccessible(page);
  await expect(page.getByRole("button", { name: "Dem Videogespräch zustimmen" })).toBeVisible();

  await page.getByRole("link", { name: "Kamera und Mikrofon testen" }).click();
  await expectAccessible(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kamera und Mikrofon testen");
});
