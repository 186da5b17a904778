// Staff sign-in with the demo accounts, the role check, and the outbox view.
import { expect, expectAccessible, test } from "../fixtures";

test("a staff page sends an anonymous visitor to the sign-in page", async ({ page }) => {
  await page.goto("/staff/outbox");
  await expect(page).toHaveURL(/\/staff\/login\?callbackUrl=%2Fstaff%2Foutbox/);
  await expectAccessible(page);
});

test("wrong credentials are refused with a clear message", async ({ page }) => {
  await page.goto("/staff/login");
  await expectAccessible(page);
  await page.getByLabel("E-Mail-Adresse").fill("empfang@zugang.example");
  await page.getByLabel("Passwort").fill("wrong");
  await page.getByRole("button", { name: "Anmelden" }).click();
  await expect(page.getByText("E-Mail-Adresse, Passwort oder Code stimmen nicht.").first()).toBeVisible();
});

test("the front desk signs in, reads the outbox, and is kept out of the feedback list", async ({ page }) => {
  await page.goto("/staff/login?callbackUrl=/staff/outbox");
  await expectAccessible(page);
  await page.getByLabel("E-Mail-Adresse").fill("empfang@zugang.example");
  await page.getByLabel("Passwort").fill("demo-empfang");
  await page.getByRole("button", { name: "Anmelden" }).click();
  await expect(page.getByRole("heading", { name: "Postausgang" })).toBeVisible();
  await expectAccessible(page);
  const refused = await page.goto("/staff/feedback");
  expect(refused?.status()).toBe(403);
  await expect(page.getByText("Diese Seite ist für Ihre Rolle nicht freigegeben.")).toBeVisible();
  await expectAccessible(page);
});
