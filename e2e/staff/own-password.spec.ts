// One's own password on the account page: the current one and the new one twice. A wrong current
// password and a password the policy refuses are said at their field; a change ends the account's
// sessions in other browsers, while this one stays signed in.
import { expect, expectAccessible, test } from "../fixtures";
import { createStaffUser, signIn, submitSignIn } from "./helpers";

test.describe.configure({ timeout: 120_000 });

test("a staff member changes the own password; wrong current and policy are refused; the other sessions end", async ({
  page,
  browser,
}) => {
  const email = await createStaffUser("caseworker", "mein-altes-passwort");
  const other = await browser.newContext();
  const elsewhere = await other.newPage();
  await elsewhere.goto("/staff/login?callbackUrl=/staff/outbox");
  await submitSignIn(elsewhere, email, "mein-altes-passwort");
  await expect(elsewhere.getByRole("heading", { name: "Postausgang" })).toBeVisible();

  await signIn(page, email, "mein-altes-passwort");
  await expect(page.getByRole("heading", { name: /Guten Tag/ })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Passwort ändern" }).click();
  await expect(page.getByRole("heading", { name: "Passwort ändern" })).toBeVisible();
  await expectAccessible(page);

  /** Sends the form and waits for the page it comes back to (the result in its address), checked with axe. */
  const fill = async (result: string, current: string, password: string, repeat = password) => {
    await page.getByLabel("Bisheriges Passwort").fill(current);
    await page.getByLabel("Neues Passwort", { exact: true }).fill(password);
    await page.getByLabel("Neues Passwort wiederholen").fill(repeat);
    await page.getByRole("button", { name: "Passwort ändern" }).click();
    await expect(page).toHaveURL(new RegExp(`/staff/account/password\\?result=${result}$`));
    await expectAccessible(page);
  };
  await fill("wrong-current", "nicht-das-passwort", "Kraniche ziehen über das Moor");
  await expect(page.getByRole("alert", { name: "Das Passwort ist nicht geändert" })).toContainText(
    "Das bisherige Passwort stimmt nicht.",
  );
  await expect(page.getByLabel("Bisheriges Passwort")).toHaveAttribute("aria-invalid", "true");
  await fill("too-short", "mein-altes-passwort", "kurz");
  await expect(page.getByRole("alert", { name: "Das Passwort ist nicht geändert" })).toContainText(
    "Das Passwort muss mindestens 12 Zeichen lang sein.",
  );
  await fill("common", "mein-altes-passwort", "qwerty123456");
  await expect(page.getByRole("alert", { name: "Das Passwort ist nicht geändert" })).toContainText(
    "10.000 häufigsten Passwörtern",
  );
  await fill("mismatch", "mein-altes-passwort", "Kraniche ziehen über das Moor", "Kraniche ziehen über den Fluss");
  await expect(page.getByRole("alert", { name: "Das Passwort ist nicht geändert" })).toContainText(
    "stimmen nicht überein",
  );
  // Nothing refused ended the other session.
  await elsewhere.goto("/staff/outbox");
  await expect(elsewhere.getByRole("heading", { name: "Postausgang" })).toBeVisible();

  await fill("changed", "mein-altes-passwort", "Kraniche ziehen über das Moor");
  await expect(page.getByText("Ihr Passwort ist geändert")).toBeVisible();

  // The other browser is signed out; this one goes on.
  await elsewhere.goto("/staff/outbox");
  await expect(elsewhere).toHaveURL(/\/staff\/login\?callbackUrl=%2Fstaff%2Foutbox/);
  await page.goto("/staff/outbox");
  await expect(page.getByRole("heading", { name: "Postausgang" })).toBeVisible();

  // The old password no longer signs in, the new one does.
  await elsewhere.goto("/staff/login");
  await submitSignIn(elsewhere, email, "mein-altes-passwort");
  await expect(elsewhere.getByText("E-Mail-Adresse, Passwort oder Code stimmen nicht.").first()).toBeVisible();
  await elsewhere.goto("/staff/login?callbackUrl=/staff/outbox");
  await submitSignIn(elsewhere, email, "Kraniche ziehen über das Moor");
  await expect(elsewhere.getByRole("heading", { name: "Postausgang" })).toBeVisible();
  await other.close();
});
