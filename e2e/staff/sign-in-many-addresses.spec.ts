// Lock-out without denial of service: five wrong passwords for an account, each from another
// address, lock nobody out; the right password from a sixth address signs in (the sign-in page's
// browser solves the proof of work the account now asks for). A portal behind one trusted proxy
// (TRUSTED_PROXY_HOPS=1), so that X-Forwarded-For names each client.
import { e2eAppDatabaseUrl } from "@/tests/e2e-database";
import { startNextServer, type StartedServer } from "../next-start";
import { expect, test } from "../fixtures";
import { createStaffUser, query } from "./helpers";

let portal: StartedServer;
test.beforeAll(async () => {
  portal = await startNextServer({ databaseUrl: e2eAppDatabaseUrl(), env: { TRUSTED_PROXY_HOPS: "1" } });
});
test.afterAll(async () => portal?.stop());

test("five wrong passwords from five addresses; the right one from a sixth still signs in", async ({ browser }) => {
  test.setTimeout(120_000);
  const password = "richtig-von-anderswo";
  const email = await createStaffUser("front_desk", password);
  const attempt = async (address: string, tried: string) => {
    const context = await browser.newContext({
      baseURL: portal.baseUrl,
      extraHTTPHeaders: { "X-Forwarded-For": address },
    });
    const page = await context.newPage();
    await page.goto("/staff/login?callbackUrl=%2Fstaff");
    // The proof of work is solved in the background; a real sign-in waits for nothing else.
    await expect(page.getByTestId("proof-of-work")).toHaveAttribute("data-solved", "yes");
    await page.getByLabel("E-Mail-Adresse").fill(email);
    await page.getByLabel("Passwort").fill(tried);
    await page.getByRole("button", { name: "Anmelden" }).click();
    return { context, page };
  };
  for (let i = 1; i <= 5; i++) {
    const { context, page } = await attempt(`203.0.113.${i}`, `falsch-${i}`);
    await expect(page.getByRole("alert", { name: "Anmeldung fehlgeschlagen" })).toBeVisible();
    await context.close();
  }
  // Nothing is locked: no address failed five times.
  const locks = await query<{ key: string }>(
    "SELECT key FROM sign_in_throttle WHERE key LIKE $1 || '%' AND locked_until > now()",
    [email],
  );
  expect(locks).toEqual([]);
  const { context, page } = await attempt("198.51.100.6", password);
  await expect(page.getByRole("heading", { name: "Guten Tag, Testkonto" })).toBeVisible();
  await context.close();
  const [failed] = await query<{ anywhere: number }>(
    "SELECT (details->'failures'->>'anywhere')::int AS anywhere FROM audit_log WHERE action = 'sign-in.failed' AND entity_id = $1 ORDER BY created_at DESC LIMIT 1",
    [email],
  );
  expect(failed.anywhere).toBe(5);
  const [succeeded] = await query<{ address: string }>(
    "SELECT details->>'address' AS address FROM audit_log WHERE action = 'sign-in.succeeded' AND staff_user_id = (SELECT id FROM staff_user WHERE email = $1)",
    [email],
  );
  expect(succeeded.address).toBe("198.51.100.6");
});
