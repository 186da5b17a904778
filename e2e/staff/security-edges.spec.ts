// The edges a careful attacker tried (docs/security.md): a forwarded host that names the attacker's
// site, the last day of 9999 on the day and range filters, a HEAD request for a person page, and a
// 60 MB upload to the API.
import { expect, expectAccessible, test } from "../fixtures";
import { query, signIn } from "./helpers";

test("a post whose Origin is another site is refused, whatever X-Forwarded-Host or -Proto say", async ({
  page,
  baseURL,
}) => {
  await signIn(page, "empfang@zugang.example", "demo-empfang", "/staff/front-desk");
  await page.waitForURL((url) => url.pathname === "/staff/front-desk");
  await expectAccessible(page);
  const post = (headers: Record<string, string>) =>
    page.request.post("/staff/front-desk/no-show", { form: {}, headers, maxRedirects: 0 });
  const own = new URL(baseURL!);
  expect((await post({ Origin: "http://evil.example", "X-Forwarded-Host": "evil.example" })).status()).toBe(403);
  expect(
    (
      await post({ Origin: `https://${own.host}`, "X-Forwarded-Proto": "https", "X-Forwarded-Host": own.host })
    ).status(),
  ).toBe(403);
  // The portal's own origin gets past the door (its empty form is answered on the day view).
  expect((await post({ Origin: own.origin })).headers().location).toBe("/staff/front-desk?notice=unknown");
});

test("the last day of 9999 gives a message on the five day and range filters, never a 500", async ({ page }) => {
  const lastDay = "9999-12-31";
  await signIn(page, "beratung@zugang.example", "demo-beratung", `/staff/front-desk?day=${lastDay}`);
  await expect(page.getByText(`„${lastDay}“ ist kein Datum, das es gibt.`)).toBeVisible();
  await expectAccessible(page);
  const [location] = await query<{ id: string }>("SELECT id FROM location ORDER BY name LIMIT 1");
  const dayExport = await page.request.get(`/staff/front-desk/export?location=${location.id}&day=${lastDay}`);
  expect(dayExport.status()).toBe(400);
  expect(await dayExport.text()).toContain("ungültig");

  await page.context().clearCookies();
  await signIn(page, "admin@zugang.example", "demo-admin", `/staff/audit?to=${lastDay}`);
  await expect(page.getByText("Bis: Bitte geben Sie ein Datum ein (TT.MM.JJJJ).")).toBeVisible();
  await expectAccessible(page);
  const auditExport = await page.request.post("/staff/audit/export", {
    form: { to: lastDay },
    headers: { Origin: new URL(page.url()).origin },
  });
  expect(auditExport.status()).toBe(400);
  expect(await auditExport.text()).toContain("Bis: Bitte geben Sie ein Datum ein");
  await page.goto(`/staff/analytics?to=${lastDay}`);
  await expect(page.getByText(/kein gültiges Datum \(zwischen 1900 und 9999\)/)).toBeVisible();
  await expectAccessible(page);
});

test("a HEAD request for a person page records no view; the page itself does", async ({ page }) => {
  const [person] = await query<{ id: string }>("SELECT id FROM citizen ORDER BY created_at LIMIT 1");
  const views = async () =>
    (
      await query<{ count: number }>(
        "SELECT count(*)::int AS count FROM audit_log WHERE action = 'person.viewed' AND citizen_id = $1",
        [person.id],
      )
    )[0].count;
  await signIn(page, "beratung@zugang.example", "demo-beratung", "/staff");
  await page.waitForURL((url) => url.pathname === "/staff");
  await expectAccessible(page);
  const before = await views();
  const head = await page.request.head(`/staff/people/${person.id}`);
  expect(head.status()).toBe(200);
  const prefetch = await page.request.get(`/staff/people/${person.id}`, {
    headers: { "Sec-Purpose": "prefetch", Purpose: "prefetch" },
  });
  expect(prefetch.status()).toBe(200);
  expect(await views()).toBe(before);
  await page.goto(`/staff/people/${person.id}`);
  await expectAccessible(page);
  expect(await views()).toBe(before + 1);
});

test("a 60 MB upload to the API gets 413 with the limit in the message", async ({ request }) => {
  test.setTimeout(120_000);
  const answer = await request.post("/api/v1/submissions", {
    headers: { "Idempotency-Key": crypto.randomUUID() },
    multipart: {
      form: "submit-documents",
      data: JSON.stringify({
        documentKinds: ["bankStatement"],
        fullName: "Olena Kovalenko",
        dateOfBirth: "1979-11-30",
      }),
      files: { name: "scan.pdf", mimeType: "application/pdf", buffer: Buffer.alloc(60 * 1024 * 1024, 0x25) },
    },
  });
  expect(answer.status()).toBe(413);
  expect((await answer.json()).message).toMatch(/larger than 10 MB/);
});
