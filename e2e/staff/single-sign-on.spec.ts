// Single sign-on through a real OpenID provider (panva's oidc-provider, run here on a free port): the
// portal reads OIDC_ISSUER when its process starts, so this spec starts a portal of its own on the
// e2e database with the provider configured. The provider's own sign-in page (its development
// interactions) takes any login; the login given is the e-mail address it vouches for.
import { randomBytes } from "node:crypto";
import type { Server } from "node:http";
import type { Page } from "@playwright/test";
import { exportJWK, generateKeyPair } from "jose";
import Provider from "oidc-provider";
import { e2eAppDatabaseUrl } from "@/tests/e2e-database";
import { expect, expectAccessible, passesThroughOtherSite, test } from "../fixtures";
import { freePort, startNextServer, type StartedServer } from "../next-start";
import { auditActions, createStaffUser, query } from "./helpers";

const CLIENT_ID = "zugang-portal";
const CLIENT_SECRET = randomBytes(24).toString("base64url");
const REFUSED = "Für dieses Konto des Single Sign-on gibt es kein aktives Dienstkonto.";

let portal: StartedServer;
let providerServer: Server;

test.describe.configure({ mode: "serial", timeout: 120_000 });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  const providerPort = await freePort();
  const issuer = `http://127.0.0.1:${providerPort}`;
  // The portal first (it fetches the provider's configuration only when someone signs in), so that
  // the client can be registered with the portal's own callback address.
  portal = await startNextServer({
    databaseUrl: e2eAppDatabaseUrl(),
    env: { OIDC_ISSUER: issuer, OIDC_CLIENT_ID: CLIENT_ID, OIDC_CLIENT_SECRET: CLIENT_SECRET, OIDC_NAME: "Dienst-SSO" },
    ready: (response) => response.ok,
  });
  const { privateKey } = await generateKeyPair("RS256", { extractable: true });
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: CLIENT_ID,
        client_secret: CLIENT_SECRET,
        redirect_uris: [`${portal.baseUrl}/api/auth/callback/oidc`],
        grant_types: ["authorization_code"],
        response_types: ["code"],
      },
    ],
    jwks: { keys: [{ ...(await exportJWK(privateKey)), kid: "e2e", alg: "RS256", use: "sig" }] },
    cookies: { keys: [randomBytes(32).toString("base64url")] },
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
    pkce: { required: () => true },
    // The claims of the scopes asked for go into the ID token too, as Keycloak's and most providers' do.
    conformIdTokenClaims: false,
    // The login typed on the provider's page is the address it vouches for.
    findAccount: (_context, id) => ({
      accountId: id,
      claims: () => ({ sub: id, email: id, email_verified: true, name: `SSO ${id}` }),
    }),
  });
  providerServer = provider.listen(providerPort);
});

test.afterAll(async () => {
  await portal?.stop();
  await new Promise((resolve) => (providerServer ? providerServer.close(resolve) : resolve(undefined)));
});

/** From the portal's sign-in page through the provider's sign-in and consent pages, back to the portal. */
async function signInThroughProvider(page: Page, login: string): Promise<void> {
  // The provider's development pages load a web font; nothing leaves this machine.
  await page.route(/fonts\.googleapis\.com/, (route) => route.abort());
  passesThroughOtherSite(page, providerServerUrl());
  await page.goto(`${portal.baseUrl}/staff/login?callbackUrl=%2Fstaff`);
  await expectAccessible(page);
  await page.getByRole("button", { name: "Anmelden mit Dienst-SSO" }).click();
  await page.waitForURL((url) => url.port === new URL(providerServerUrl()).port);
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill("any");
  await page.getByRole("button", { name: "Sign-in" }).click();
  await page.getByRole("button", { name: "Continue" }).click();
  await page.waitForURL((url) => url.origin === portal.baseUrl && !url.pathname.startsWith("/api/auth"));
}

function providerServerUrl(): string {
  const address = providerServer.address();
  return typeof address === "object" && address ? `http://127.0.0.1:${address.port}` : "";
}

test("an active account signs in through the provider and lands on the staff start page", async ({ page }) => {
  const email = await createStaffUser("caseworker", randomBytes(12).toString("hex"));
  const [{ id }] = await query<{ id: string }>("SELECT id FROM staff_user WHERE email = $1", [email]);
  await signInThroughProvider(page, email.toUpperCase());
  await expect(page).toHaveURL(`${portal.baseUrl}/staff`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectAccessible(page);
  const session = (await (await page.request.get(`${portal.baseUrl}/api/auth/session`)).json()) as {
    user?: { email?: string };
  };
  expect(session.user?.email?.toLowerCase()).toBe(email);
  expect(await auditActions(id)).toContain("sign-in.succeeded");
  const sessions = await query<{ count: number }>(
    "SELECT count(*)::int AS count FROM staff_session WHERE staff_user_id = $1 AND ended_at IS NULL",
    [id],
  );
  expect(sessions[0].count).toBe(1);
});

test("an address without a staff account is refused with a message on the sign-in page", async ({ page }) => {
  const email = `niemand-${randomBytes(4).toString("hex")}@zugang.example`;
  await signInThroughProvider(page, email);
  await expect(page).toHaveURL(/\/staff\/login\?.*error=AccessDenied/);
  await expect(page.getByRole("alert", { name: "Anmeldung fehlgeschlagen" })).toContainText(REFUSED);
  await expectAccessible(page);
  const refused = await query<{ count: number }>(
    "SELECT count(*)::int AS count FROM audit_log WHERE action = 'sign-in.refused' AND entity_id = $1",
    [email],
  );
  expect(refused[0].count).toBe(1);
  expect((await (await page.request.get(`${portal.baseUrl}/api/auth/session`)).json()) as object).toEqual({});
});

test("a deactivated account is refused with the same message and gets no session", async ({ page }) => {
  const email = await createStaffUser("front_desk", randomBytes(12).toString("hex"));
  await query("UPDATE staff_user SET active = false WHERE email = $1", [email]);
  await signInThroughProvider(page, email);
  await expect(page).toHaveURL(/\/staff\/login\?.*error=AccessDenied/);
  await expect(page.getByRole("alert", { name: "Anmeldung fehlgeschlagen" })).toContainText(REFUSED);
  await expectAccessible(page);
  const sessions = await query<{ count: number }>(
    "SELECT count(*)::int AS count FROM staff_session s JOIN staff_user u ON u.id = s.staff_user_id WHERE u.email = $1",
    [email],
  );
  expect(sessions[0].count).toBe(0);
  const response = await page.request.get(`${portal.baseUrl}/staff`, { maxRedirects: 0 });
  expect(response.headers().location ?? "").toContain("/staff/login");
});
