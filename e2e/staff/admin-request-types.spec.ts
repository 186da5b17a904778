// Request types: an admin opens "Hilfe bei den Online-Diensten" (a type no other spec reads), tries
// to switch in person off together with a new German title and is refused with the title kept, then
// saves the title; the citizens' start page and the type's own page show it at once, and the audit
// log has the change. The form's checks are tested in lib/journey/request-type-settings.*.test.ts.
import { expect, expectAccessible, test } from "../fixtures";
import { expectValidMarkup } from "../valid-html";
import { auditActions, createStaffUser, signIn } from "./helpers";

test("an admin renames a request type; the citizens' pages show the new German title at once, and in person cannot be switched off", async ({
  page,
  request,
}) => {
  const title = `Hilfe bei den Online-Diensten ${Date.now().toString(36)}`;
  const email = await createStaffUser("admin", "admin-passwort-e2e");
  await signIn(page, email, "admin-passwort-e2e", "/staff/admin/request-types");
  await expect(page.getByRole("heading", { name: "Anliegen", exact: true })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: /^Hilfe bei den Online-Diensten/ }).click();
  await expect(page.getByRole("heading", { name: /^Anliegen: Hilfe bei den Online-Diensten/ })).toBeVisible();
  await expectAccessible(page);
  await expectValidMarkup(await (await page.request.get(page.url())).text(), page.url());

  // In person off: refused, nothing saved, the title typed is still there.
  await page.getByLabel("Titel (Deutsch)").fill(title);
  await page.getByRole("checkbox", { name: "Vor Ort" }).uncheck();
  await page.getByRole("button", { name: "Speichern" }).click();
  await expect(page.getByRole("alert", { name: "Das Anliegen ist noch nicht gespeichert" })).toContainText(
    "„Vor Ort“ lässt sich nicht abschalten",
  );
  await expect(page.getByLabel("Titel (Deutsch)")).toHaveValue(title);
  await expect(page.getByRole("checkbox", { name: "Vor Ort" })).not.toBeChecked();
  await expectAccessible(page);
  expect(await (await request.get("/")).text()).not.toContain(title);

  await page.getByRole("checkbox", { name: "Vor Ort" }).check();
  await page.getByRole("button", { name: "Speichern" }).click();
  await expect(page.getByRole("status")).toContainText("Gespeichert");
  await expect(page.getByRole("heading", { name: `Anliegen: ${title}` })).toBeVisible();

  // At once for citizens: the start page's list and the type's own page (same app, no restart).
  const start = await request.get("/");
  expect(start.status()).toBe(200);
  expect(await start.text()).toContain(title);
  expect(await (await request.get("/journey/digital-help")).text()).toContain(title);
  expect(await auditActions("digital-help")).toContain("request-type.saved");
});
