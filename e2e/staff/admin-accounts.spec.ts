// The admin's staff accounts and audit log: an account made on the page signs in (and replaces the
// admin's password with its own first), is deactivated
// while signed in elsewhere and is sent to the sign-in page on its next request; the audit log
// shows it, filters by action and downloads as CSV. Other roles get 403, nobody signed in the sign-in page.
import { readFile } from "node:fs/promises";
import { randomBytes } from "node:crypto";
import { expect, expectAccessible, test } from "../fixtures";
import { createStaffUser, signIn, submitSignIn } from "./helpers";

// Two browsers, eight pages checked with axe, a change of password and a download: more than the
// default minute on a busy machine.
test.describe.configure({ timeout: 180_000 });

test("an admin creates a front-desk account, deactivates it while it is signed in, and finds both in the audit log and its CSV file", async ({
  page,
  browser,
}) => {
  const adminEmail = await createStaffUser("admin", "admin-passwort-e2e");
  await signIn(page, adminEmail, "admin-passwort-e2e", "/staff/admin/staff");
  await expect(page.getByRole("heading", { name: "Dienstkonten" })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("link", { name: "Neues Dienstkonto anlegen" }).click();
  await expectAccessible(page);
  const email = `neu-${randomBytes(4).toString("hex")}@zugang.example`;
  await page.getByLabel("Name").fill("Neue Kollegin");
  await page.getByLabel("E-Mail-Adresse").fill(email);
  await page.getByLabel("Eingangszone").check();
  await page.getByLabel("Erstes Passwort").fill("qwerty123456");
  await page.getByRole("button", { name: "Dienstkonto anlegen" }).click();
  // A common password is refused; the entries stay, the password does not.
  await expect(page.getByRole("alert", { name: "Das Dienstkonto ist noch nicht angelegt" })).toContainText(
    "10.000 häufigsten",
  );
  await expect(page.getByLabel("E-Mail-Adresse")).toHaveValue(email);
  await expectAccessible(page);
  await page.getByLabel("Erstes Passwort").fill("Frühling am Neckarufer");
  await page.getByRole("button", { name: "Dienstkonto anlegen" }).click();
  await expect(page.getByRole("status")).toContainText("Das Dienstkonto ist angelegt");
  await expect(page.getByRole("cell", { name: email })).toBeVisible();
  await expectAccessible(page);

  // The new account signs in in another browser and first replaces the password the admin chose.
  const other = await browser.newContext();
  const colleague = await other.newPage();
  await colleague.goto("/staff/login?callbackUrl=/staff/outbox");
  await submitSignIn(colleague, email, "Frühling am Neckarufer");
  await expect(colleague).toHaveURL(/\/staff\/account\/password$/);
  await colleague.getByLabel("Bisheriges Passwort").fill("Frühling am Neckarufer");
  await colleague.getByLabel("Neues Passwort", { exact: true }).fill("Sommer an der Elbe entlang");
  await colleague.getByLabel("Neues Passwort wiederholen").fill("Sommer an der Elbe entlang");
  await colleague.getByRole("button", { name: "Passwort ändern" }).click();
  await expect(colleague.getByText("Ihr Passwort ist geändert")).toBeVisible();
  await colleague.goto("/staff/outbox");
  await expect(colleague.getByRole("heading", { name: "Postausgang" })).toBeVisible();

  // The admin deactivates it; the colleague's next request goes to the sign-in page.
  await page.getByRole("link", { name: "Neue Kollegin bearbeiten" }).click();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Dienstkonto deaktivieren" }).click();
  await expect(page.getByRole("status")).toContainText("Gespeichert");
  await expectAccessible(page);
  await colleague.goto("/staff/outbox");
  await expect(colleague).toHaveURL(/\/staff\/login\?callbackUrl=%2Fstaff%2Foutbox/);
  await other.close();

  // The audit log shows both events, and filters by action.
  await page.goto("/staff/audit");
  await expect(page.getByRole("heading", { name: "Protokoll" })).toBeVisible();
  await expect(page.getByRole("cell", { name: "Dienstkonto angelegt" }).first()).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Aktion").selectOption("staff.deactivated");
  await page.getByRole("button", { name: "Filtern" }).click();
  await expect(page).toHaveURL(/action=staff.deactivated/);
  await expect(page.getByRole("cell", { name: "Dienstkonto deaktiviert" }).first()).toBeVisible();
  await expect(page.getByRole("cell", { name: "Dienstkonto angelegt" })).toHaveCount(0);
  await expectAccessible(page);

  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Als CSV-Datei herunterladen" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^protokoll-\d{4}-\d{2}-\d{2}\.csv$/);
  const content = await readFile(await file.path());
  expect([...content.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = content.toString("utf8");
  expect(text).toContain("Zeitpunkt;Aktion;Bezeichnung");
  expect(text).toContain("staff.deactivated;Dienstkonto deaktiviert");
  expect(text).not.toContain("staff.created");
});

test("staff accounts and the audit log are for admins only: front desk and caseworker get 403, nobody signed in the sign-in page", async ({
  page,
}) => {
  const paths = ["/staff/audit", "/staff/admin/staff", "/staff/admin/staff/new"];
  for (const path of paths) {
    const answer = await page.request.get(path, { maxRedirects: 0 });
    expect(answer.headers().location, path).toBe(`/staff/login?callbackUrl=${encodeURIComponent(path)}`);
  }
  for (const role of ["front_desk", "caseworker"] as const) {
    const email = await createStaffUser(role, "rolle-passwort-e2e");
    await page.context().clearCookies();
    await signIn(page, email, "rolle-passwort-e2e");
    await expect(page.getByRole("heading", { name: /Guten Tag/ })).toBeVisible();
    await expect(page.getByRole("link", { name: /Protokoll|Dienstkonten/ })).toHaveCount(0);
    await expectAccessible(page);
    for (const path of paths)
      expect((await page.request.get(path, { maxRedirects: 0 })).status(), `${role} ${path}`).toBe(403);
    const post = await page.request.post("/staff/audit/export", {
      form: { action: "staff.created" },
      headers: { Origin: new URL(page.url()).origin },
    });
    expect(post.status(), `${role} export`).toBe(403);
  }
});
