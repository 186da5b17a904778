// Feedback on the staff tools from any staff page: the front desk follows the layout's link from its
// outbox (the page filled in), an empty message is named, the feedback is sent; a caseworker reads
// it on /staff/feedback with the role and the page, without the sender's name.
import { randomBytes } from "node:crypto";
import { expect, expectAccessible, test } from "../fixtures";
import { createStaffUser, signIn } from "./helpers";

test("the front desk sends feedback on its outbox from the layout's link; a caseworker reads it with the role", async ({
  page,
  browser,
}) => {
  await signIn(
    page,
    await createStaffUser("front_desk", "empfang-passwort-e2e"),
    "empfang-passwort-e2e",
    "/staff/outbox",
  );
  await expect(page.getByRole("heading", { name: "Postausgang" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Rückmeldung zu diesem Werkzeug" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Rückmeldung zu den Werkzeugen");
  await expect(page.getByLabel("Zu welcher Seite? (freiwillig)")).toHaveValue("/staff/outbox");
  await expectAccessible(page);
  // Blanks pass the browser's own check (required); the server names the missing message.
  await page.getByLabel("Ihre Rückmeldung").fill("   ");
  await page.getByRole("button", { name: "Rückmeldung senden" }).click();
  // The page's own alert (Next's route announcer is an alert too, after a client-side navigation).
  await expect(page.getByRole("alert").filter({ hasText: "Bitte schreiben Sie Ihre Rückmeldung" })).toBeVisible();
  await expect(page.getByLabel("Zu welcher Seite? (freiwillig)")).toHaveValue("/staff/outbox");
  await expectAccessible(page);
  const message = `Im Postausgang fehlt ein Filter nach Tag (${randomBytes(4).toString("hex")}).`;
  await page.getByLabel("Ihre Rückmeldung").fill(message);
  await page.getByRole("button", { name: "Rückmeldung senden" }).click();
  await expect(page.getByRole("status")).toHaveText("Danke, Ihre Rückmeldung ist gespeichert.");
  await expectAccessible(page);

  const context = await browser.newContext();
  const reader = await context.newPage();
  await signIn(
    reader,
    await createStaffUser("caseworker", "fach-passwort-e2e"),
    "fach-passwort-e2e",
    "/staff/feedback",
  );
  const entry = reader.getByRole("listitem").filter({ hasText: message });
  await expect(entry).toContainText("Mitarbeitende zu den Werkzeugen");
  await expect(entry).toContainText("Rolle Eingangszone");
  await expect(entry).toContainText("Seite: /staff/outbox");
  await expect(entry).not.toContainText("Testkonto");
  await expectAccessible(reader);
  await context.close();
});
