// The outbox shows staff no private link: the list carries no message text, and a caseworker who
// opens one message sees its manage link masked; the front desk cannot open it at all.
import { randomBytes } from "node:crypto";
import { expect, expectAccessible, test } from "../fixtures";
import { query, signIn } from "./helpers";

/** A confirmation for the demo appointment DEMO-0003, with a manage link as a booking writes it. */
async function queueConfirmation(): Promise<{ id: string; token: string }> {
  const token = randomBytes(32).toString("base64url");
  const body = `Ihr Termin ist gebucht.\nBuchungsnummer: DEMO-0003\n\nÄndern oder absagen: http://127.0.0.1/appointments/manage/${token}`;
  const [row] = await query<{ id: string }>(
    `INSERT INTO notification_outbox (id, kind, transport, recipient, subject, body, appointment_id)
     SELECT gen_random_uuid(), 'confirmation', 'local', 'outbox-test@example.org', 'Ihr Termin DEMO-0003', $1, id FROM appointment WHERE reference = 'DEMO-0003'
     RETURNING id`,
    [body],
  );
  return { id: row.id, token };
}

test("the front desk's outbox has no message text, no manage link and no token", async ({ page }) => {
  const message = await queueConfirmation();
  await signIn(page, "empfang@zugang.example", "demo-empfang", "/staff/outbox");
  await expect(page.getByRole("heading", { name: "Postausgang" })).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: "outbox-test@example.org" }).first()).toContainText("DEMO-0003");
  await expectAccessible(page);
  const html = await page.content();
  expect(html).not.toContain(message.token);
  expect(html).not.toContain("/appointments/manage/");
  const refused = await page.goto(`/staff/outbox/${message.id}`);
  expect(refused?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "Kein Zugriff" })).toBeVisible();
  expect(await page.content()).not.toContain(message.token);
  await expectAccessible(page);
});

test("a caseworker opens one message, masked, and the opening is in the audit log", async ({ page }) => {
  const message = await queueConfirmation();
  await signIn(page, "beratung@zugang.example", "demo-beratung", "/staff/outbox");
  await expect(page.getByRole("heading", { name: "Postausgang" })).toBeVisible();
  await expectAccessible(page);
  expect(await page.content()).not.toContain(message.token);
  await page.locator(`a[href="/staff/outbox/${message.id}"]`).click();
  await expect(page.getByRole("heading", { name: "Bestätigung an outbox-test@example.org" })).toBeVisible();
  await expect(page.getByText("/appointments/manage/••••")).toBeVisible();
  await expectAccessible(page);
  const html = await page.content();
  expect(html).not.toContain(message.token);
  const audit = await query<{ staff: string; citizen: boolean }>(
    `SELECT s.email AS staff, l.citizen_id = a.citizen_id AS citizen FROM audit_log l JOIN staff_user s ON s.id = l.staff_user_id
     JOIN appointment a ON a.reference = 'DEMO-0003' WHERE l.action = 'outbox.message-viewed' AND l.entity_id = $1`,
    [message.id],
  );
  expect(audit).toEqual([{ staff: "beratung@zugang.example", citizen: true }]);
});
