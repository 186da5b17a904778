// A forgotten password and a password an admin set: the admin sends a reset link, which arrives in
// the outbox; the staff member follows it, sets a new password, and the old one no longer works.
// A password the admin set is changed at the first sign-in: the change page comes before every
// other staff page, and every staff post is refused until then.
import type { Page } from "@playwright/test";
import { expect, expectAccessible, test } from "../fixtures";
import { createStaffUser, query, signIn, submitSignIn } from "./helpers";

// Two browsers and several pages checked with axe: more than the default minute on a busy machine.
test.describe.configure({ timeout: 120_000 });

async function idOf(email: string): Promise<string> {
  const [row] = await query<{ id: string }>("SELECT id FROM staff_user WHERE email = $1", [email]);
  return row.id;
}

/** The reset link of the newest message the outbox holds for the address (the body as it is sent). */
async function resetLinkFor(email: string): Promise<string> {
  const rows = await query<{ body: string; subject: string }>(
    "SELECT body, subject FROM notification_outbox WHERE recipient = $1 AND kind = 'password-reset' ORDER BY created_at DESC LIMIT 1",
    [email],
  );
  expect(rows[0]?.subject).toBe("Zugang: Ihr Passwort neu setzen");
  const link = /https?:\/\/\S+(\/staff\/password-reset\/[A-Za-z0-9_-]+)/.exec(rows[0].body)?.[1];
  expect(link, "a reset link in the message").toBeDefined();
  return link!;
}

async function refusedSignIn(page: Page, email: string, password: string) {
  await page.goto("/staff/login");
  await submitSignIn(page, email, password);
  await expect(page.getByText("E-Mail-Adresse, Passwort oder Code stimmen nicht.").first()).toBeVisible();
}

test("a staff member who forgot the password sets a new one through the link the admin sent to the outbox; the old one no longer works", async ({
  page,
  browser,
}) => {
  const adminEmail = await createStaffUser("admin", "admin-passwort-e2e");
  const email = await createStaffUser("caseworker", "altes-passwort-e2e");
  const id = await idOf(email);

  await signIn(page, adminEmail, "admin-passwort-e2e", `/staff/admin/staff/${id}`);
  await expect(page.getByRole("heading", { name: "Passwort vergessen" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Link zum Zurücksetzen senden" }).click();
  await expect(page.getByRole("status")).toContainText("Der Link zum Zurücksetzen ist im Postausgang");
  await expectAccessible(page);
  await page.goto("/staff/outbox");
  await expect(page.getByRole("cell", { name: "Link zum Zurücksetzen des Passworts" }).first()).toBeVisible();

  const link = await resetLinkFor(email);
  const other = await browser.newContext();
  const colleague = await other.newPage();
  await colleague.goto(link);
  await expect(colleague.getByRole("heading", { name: "Neues Passwort setzen" })).toBeVisible();
  await expectAccessible(colleague);
  // The policy's message, as everywhere.
  await colleague.getByLabel("Neues Passwort", { exact: true }).fill("kurz");
  await colleague.getByLabel("Neues Passwort wiederholen").fill("kurz");
  await colleague.getByRole("button", { name: "Passwort setzen" }).click();
  await expect(colleague.getByRole("alert", { name: "Das Passwort ist noch nicht gesetzt" })).toContainText(
    "mindestens 12 Zeichen",
  );
  await expectAccessible(colleague);
  await colleague.getByLabel("Neues Passwort", { exact: true }).fill("Abendrot über dem Hafenbecken");
  await colleague.getByLabel("Neues Passwort wiederholen").fill("Abendrot über dem Hafenbecken");
  await colleague.getByRole("button", { name: "Passwort setzen" }).click();
  await expect(colleague).toHaveURL(/\/staff\/login\?reset=1$/);
  await expect(colleague.getByText("Ihr neues Passwort gilt. Bitte melden Sie sich damit an.")).toBeVisible();
  await expectAccessible(colleague);

  // The old password is refused, the new one signs in.
  await refusedSignIn(colleague, email, "altes-passwort-e2e");
  await colleague.goto("/staff/login?callbackUrl=/staff/outbox");
  await submitSignIn(colleague, email, "Abendrot über dem Hafenbecken");
  await expect(colleague.getByRole("heading", { name: "Postausgang" })).toBeVisible();

  // The link works once.
  await colleague.goto(link);
  await expect(colleague.getByText("Dieser Link wurde schon benutzt")).toBeVisible();
  await expect(colleague.getByRole("button", { name: "Passwort setzen" })).toHaveCount(0);
  await expectAccessible(colleague);
  await other.close();
});

test("a password the admin set must be changed at the first sign-in, before any other staff page or post", async ({
  page,
  browser,
}) => {
  const adminEmail = await createStaffUser("admin", "admin-passwort-e2e");
  const email = await createStaffUser("front_desk", "vorher-passwort-e2e");
  const id = await idOf(email);

  await signIn(page, adminEmail, "admin-passwort-e2e", `/staff/admin/staff/${id}`);
  await expect(page.getByRole("heading", { name: "Neues Passwort" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("textbox", { name: "Neues Passwort" }).fill("Startpasswort vom Amt 2026");
  await page.getByRole("button", { name: "Passwort setzen" }).click();
  await expect(page.getByRole("status")).toContainText("wählt dann ein eigenes Passwort");
  await expectAccessible(page);

  const other = await browser.newContext();
  const colleague = await other.newPage();
  await colleague.goto("/staff/login?callbackUrl=/staff/front-desk");
  await submitSignIn(colleague, email, "Startpasswort vom Amt 2026");
  await expect(colleague).toHaveURL(/\/staff\/account\/password$/);
  await expect(colleague.getByText("Die Administration hat Ihr Passwort gesetzt")).toBeVisible();
  await expectAccessible(colleague);

  // Every other page leads here, every post is refused.
  for (const path of ["/staff", "/staff/outbox", "/staff/queue", "/staff/account/second-factor"]) {
    await colleague.goto(path);
    await expect(colleague, path).toHaveURL(/\/staff\/account\/password$/);
  }
  const origin = new URL(colleague.url()).origin;
  const refused = await colleague.request.post("/staff/queue/ticket", { form: {}, headers: { Origin: origin } });
  expect(refused.status()).toBe(403);
  expect(await refused.text()).toBe("Ändern Sie zuerst Ihr Passwort (Seite „Passwort ändern“).");

  await colleague.getByLabel("Bisheriges Passwort").fill("Startpasswort vom Amt 2026");
  await colleague.getByLabel("Neues Passwort", { exact: true }).fill("Mein eigener Satz am Morgen");
  await colleague.getByLabel("Neues Passwort wiederholen").fill("Mein eigener Satz am Morgen");
  await colleague.getByRole("button", { name: "Passwort ändern" }).click();
  await expect(colleague.getByText("Ihr Passwort ist geändert")).toBeVisible();
  await expect(colleague.getByText("Die Administration hat Ihr Passwort gesetzt")).toHaveCount(0);
  await expectAccessible(colleague);
  await colleague.goto("/staff/outbox");
  await expect(colleague.getByRole("heading", { name: "Postausgang" })).toBeVisible();
  await other.close();
});
