// Done when (issue 23, no silent caps): after 250 submissions are filed, the inbox shows a total of at
// least 250, and both the oldest and the newest are reachable by paging — with JavaScript and
// without. The submissions are filed straight into the e2e database (one INSERT) and assigned to this
// spec's own caseworker, so "Zuständig: ich" lists exactly them whatever other specs file meanwhile.
import type { Page } from "@playwright/test";
import { expect, expectAccessible, test } from "../fixtures";
import { createStaffUser, query, signIn } from "./helpers";

test.describe.configure({ timeout: 180_000 });

const COUNT = 250;

/** Follows "Nächste Seite" until the reference appears; the pages it took. */
async function pageUntil(page: Page, reference: string, link: string): Promise<number> {
  for (let pages = 1; pages <= 20; pages += 1) {
    await expectAccessible(page);
    if ((await page.locator(`tr:has-text("${reference}")`).count()) > 0) return pages;
    await page.getByRole("link", { name: link }).click();
  }
  throw new Error(`${reference} not reached`);
}

test("250 submissions: the total, and the oldest and newest reachable by paging, with and without JavaScript", async ({
  page,
  browser,
}) => {
  const password = "e2e-inbox-paging-1";
  const email = await createStaffUser("caseworker", password);
  const [staff] = await query<{ id: string }>("SELECT id::text FROM staff_user WHERE email = $1", [email]);
  const tag = Date.now().toString(36).toUpperCase();
  await query(
    `INSERT INTO form_submission (id, reference, form_key, answers, status_token_hash, idempotency_key, assignee_id, created_at, updated_at)
     SELECT gen_random_uuid(), 'P' || $1 || '-' || lpad(n::text, 3, '0'), 'change-report', '{}'::jsonb,
            'paging-' || $1 || '-' || n, 'paging-' || $1 || '-' || n, $2::uuid,
            now() - interval '30 days' + n * interval '1 minute', now()
       FROM generate_series(1, $3::int) AS n`,
    [tag, staff.id, COUNT],
  );
  const oldest = `P${tag}-001`;
  const newest = `P${tag}-${COUNT}`;

  await signIn(page, email, password, "/staff/inbox?assignee=me");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Posteingang");
  const total = Number(await page.locator("[data-total]").getAttribute("data-total"));
  expect(total).toBeGreaterThanOrEqual(COUNT);
  await expect(page.locator("[data-total]")).toContainText(`${total} Anträge, die ältesten zuerst`);
  // Oldest first: the first row of the first page is the oldest.
  await expect(page.locator("tbody tr").first()).toContainText(oldest);
  const forward = await pageUntil(page, newest, "Nächste Seite");
  expect(forward).toBeGreaterThan(1);
  await expect(page.locator("tbody tr").last()).toContainText(newest);
  // And back again from the newest to the oldest.
  await pageUntil(page, oldest, "Vorige Seite");

  // Without JavaScript: the same links, plain GET requests.
  const plain = await browser.newContext({
    javaScriptEnabled: false,
    storageState: await page.context().storageState(),
  });
  const noScript = await plain.newPage();
  await noScript.goto("/staff/inbox?assignee=me");
  await expect(noScript.locator("[data-total]")).toContainText(`${total} Anträge`);
  await expect(noScript.locator("tbody tr").first()).toContainText(oldest);
  await noScript.getByRole("link", { name: "Letzte Seite" }).click();
  await expect(noScript.locator("tbody tr").last()).toContainText(newest);
  await noScript.getByRole("link", { name: "Erste Seite" }).click();
  for (let pages = 1; (await noScript.locator(`tr:has-text("${newest}")`).count()) === 0; pages += 1) {
    expect(pages).toBeLessThan(20);
    await noScript.getByRole("link", { name: "Nächste Seite" }).click();
  }
  await plain.close();
});
