// Guessing a staff password: five wrong passwords from one device lock the account there, the right one is then refused
// with the same neutral message, an admin lifts the lock on the locks page, and the account signs in.
import { expect, expectAccessible, test } from "../fixtures";
import { auditActions, createStaffUser, query, signIn, submitSignIn } from "./helpers";

const NEUTRAL = "E-Mail-Adresse, Passwort oder Code stimmen nicht.";

test("five wrong passwords lock an account until an admin unlocks it", async ({ page }) => {
  test.setTimeout(120_000);
  const password = "richtig-und-geheim";
  const email = await createStaffUser("front_desk", password);

  await page.goto("/staff/login");
  await expectAccessible(page);
  await expect(
    page.getByText("Nach 5 Fehlversuchen in Folge von diesem Gerät ist die Anmeldung 15 Minuten lang gesperrt"),
  ).toBeVisible();
  const statuses: number[] = [];
  for (let attempt = 1; attempt <= 5; attempt++) {
    statuses.push(await submitSignIn(page, email, `falsch-${attempt}`));
    await expect(page.getByRole("button", { name: "Anmelden" })).toBeEnabled();
    await expect(page.getByRole("alert", { name: "Anmeldung fehlgeschlagen" })).toContainText(NEUTRAL);
  }
  // Locked: the right password gets the very same answer.
  statuses.push(await submitSignIn(page, email, password));
  await expect(page.getByRole("button", { name: "Anmelden" })).toBeEnabled();
  await expect(page.getByRole("alert", { name: "Anmeldung fehlgeschlagen" })).toContainText(NEUTRAL);
  await expectAccessible(page);
  expect(new Set(statuses)).toEqual(new Set([401]));
  // Locked for this device's address only: the row's key is "<e-mail>|<address>".
  const [row] = await query<{ locked: boolean; key: string }>(
    "SELECT locked_until > now() AS locked, key FROM sign_in_throttle WHERE scope = 'account' AND key LIKE $1 || '|%'",
    [email],
  );
  expect(row.locked).toBe(true);

  await signIn(page, "admin@zugang.example", "demo-admin", "/staff/admin/sign-in-locks");
  await expect(page.getByRole("heading", { name: "Anmeldesperren" })).toBeVisible();
  await expectAccessible(page);
  const lockRow = page.getByRole("row").filter({ hasText: email });
  await expect(lockRow).toContainText("Dienstkonto");
  await lockRow.getByRole("button", { name: /entsperren$/ }).click();
  // The notice; the list's total is a status of its own.
  await expect(page.getByRole("status").filter({ hasText: "Die Sperre" })).toHaveText("Die Sperre ist aufgehoben.");
  await expect(page.getByRole("row").filter({ hasText: email })).toHaveCount(0);
  await expectAccessible(page);

  await page.context().clearCookies();
  await signIn(page, email, password, "/staff");
  await expect(page.getByRole("heading", { name: "Guten Tag, Testkonto" })).toBeVisible();
  await expectAccessible(page);

  const actions = await auditActions(email);
  expect(actions.filter((action) => action === "sign-in.failed")).toHaveLength(6);
  expect(await auditActions(`account:${row.key}`)).toEqual(["sign-in.locked", "sign-in.unlocked"]);
});

test("the locks page is for admins only, and its unlock refuses a post from another site", async ({ page }) => {
  await signIn(page, "beratung@zugang.example", "demo-beratung", "/staff/admin/sign-in-locks");
  await expect(page.getByRole("heading", { name: "Kein Zugriff" })).toBeVisible();
  await expectAccessible(page);
  expect((await page.request.get("/staff/admin/sign-in-locks", { maxRedirects: 0 })).status()).toBe(403);
  const forged = await page.request.post("/staff/admin/sign-in-locks/unlock", {
    headers: { Origin: "https://evil.example" },
    form: { scope: "account", key: "x@zugang.example" },
    maxRedirects: 0,
  });
  expect(forged.status()).toBe(403);
  const wrongRole = await page.request.post("/staff/admin/sign-in-locks/unlock", {
    form: { scope: "account", key: "x@zugang.example" },
    maxRedirects: 0,
  });
  expect(wrongRole.status()).toBe(403);
  expect(await wrongRole.text()).toBe("Diese Aktion ist für Ihre Rolle nicht freigegeben.");
});
