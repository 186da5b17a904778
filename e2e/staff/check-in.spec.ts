// The QR code of a confirmation leads the front desk to the appointment, to check the person in.
import type { Page } from "@playwright/test";
import { expect, expectAccessible, test } from "../fixtures";

async function signIn(page: Page, email: string, password: string, target: string) {
  await page.goto(`/staff/login?callbackUrl=${encodeURIComponent(target)}`);
  await expectAccessible(page);
  await page.getByLabel("E-Mail-Adresse").fill(email);
  await page.getByLabel("Passwort").fill(password);
  await page.getByRole("button", { name: "Anmelden" }).click();
}

test("the front desk checks a person in from the reference, once", async ({ page }) => {
  await signIn(page, "empfang@zugang.example", "demo-empfang", "/staff/check-in/DEMO-0001");
  await expect(page.getByRole("heading", { name: "Termin DEMO-0001" })).toBeVisible();
  await expect(page.getByText("Ayşe Demir")).toBeVisible();
  await expectAccessible(page);
  // The demo appointment is on a later day: the page asks first, naming the day.
  await expect(page.getByRole("heading", { name: /^Dieser Termin ist am .* — trotzdem einchecken\?$/ })).toBeVisible();
  await page.getByRole("button", { name: "Trotzdem einchecken" }).click();
  await expect(page.getByRole("status")).toHaveText("Eingecheckt.");
  await expect(page.getByText("eingecheckt", { exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "Trotzdem einchecken" })).toHaveCount(0);
  await expectAccessible(page);
  // The check-in is a plain post under the staff session: a form on another site may not send it.
  const forged = await page.request.post("/staff/check-in/DEMO-0001/confirm", {
    headers: { Origin: "https://evil.example" },
    maxRedirects: 0,
  });
  expect(forged.status()).toBe(403);
});

test("a caseworker sees the video link of a video appointment but no check-in", async ({ page }) => {
  await signIn(page, "beratung@zugang.example", "demo-beratung", "/staff/check-in/DEMO-0002");
  await expect(page.getByRole("heading", { name: "Termin DEMO-0002" })).toBeVisible();
  await expect(page.getByRole("link", { name: /Videoraum öffnen/ })).toHaveAttribute(
    "href",
    /zugang-demo-[0-9a-f]{24}/,
  );
  await expect(page.getByRole("button", { name: "Person einchecken" })).toHaveCount(0);
  await expectAccessible(page);
});

test("an unknown reference says so", async ({ page }) => {
  await signIn(page, "empfang@zugang.example", "demo-empfang", "/staff/check-in/NOPE-1234");
  await expect(page.getByRole("heading", { name: "Termin nicht gefunden" })).toBeVisible();
  await expectAccessible(page);
});
