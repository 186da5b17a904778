// Sessions that end, and what the portal's own database connections may do: a session cookie
// copied before sign-out, deactivation or a new password is sent to sign in afterwards (pages and
// posts alike), reactivation brings no old session back, and every connection the running portal
// holds is the app's role, no superuser (docs/security.md).
import type { Browser, Cookie } from "@playwright/test";
import { e2eDatabaseName } from "@/tests/e2e-database";
import { expect, expectAccessible, test } from "../fixtures";
import { createStaffUser, query, signIn } from "./helpers";

const PASSWORD = "sitzung-endet-e2e-passwort";
const DAY_VIEW = "/staff/front-desk";

/** A browser of its own with nothing but the copied cookies: does the day view still open? */
async function openWith(browser: Browser, baseURL: string, cookies: Cookie[]) {
  const context = await browser.newContext({ baseURL });
  try {
    await context.addCookies(cookies);
    const page = await context.request.get(DAY_VIEW, { maxRedirects: 0 });
    const post = await context.request.post("/staff/front-desk/no-show", {
      form: {},
      headers: { Origin: new URL(baseURL).origin },
      maxRedirects: 0,
    });
    return {
      page: page.headers().location ?? String(page.status()),
      post: post.headers().location ?? String(post.status()),
    };
  } finally {
    await context.close();
  }
}

/** A live session: the day view, and the post past the door (its empty form answered on the day view). */
const LET_IN = { page: "200", post: "/staff/front-desk?notice=unknown" };

const SENT_TO_SIGN_IN = {
  page: `/staff/login?callbackUrl=${encodeURIComponent(DAY_VIEW)}`,
  post: expect.stringMatching(/^\/staff\/login\?callbackUrl=/),
};

async function signedInCookies(browser: Browser, baseURL: string, email: string, password = PASSWORD) {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await signIn(page, email, password, DAY_VIEW);
  // Signed in once the browser has left the sign-in page for the day view.
  await page.waitForURL((url) => url.pathname === DAY_VIEW);
  const cookies = await context.cookies();
  return { context, page, cookies };
}

async function staffId(email: string): Promise<string> {
  const [row] = await query<{ id: string }>("SELECT id FROM staff_user WHERE email = $1", [email]);
  return row.id;
}

test("signing out ends the session: a copied cookie is sent to sign in", async ({ browser, baseURL }) => {
  const email = await createStaffUser("front_desk", PASSWORD);
  const { context, page, cookies } = await signedInCookies(browser, baseURL!, email);
  expect(await openWith(browser, baseURL!, cookies)).toEqual(LET_IN);
  await page.goto("/staff");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Abmelden" }).click();
  await page.waitForURL(/\/staff\/login/);
  await expectAccessible(page);
  expect(await openWith(browser, baseURL!, cookies)).toEqual(SENT_TO_SIGN_IN);
  await context.close();
});

test("deactivation and a new password end the sessions; reactivation brings none back", async ({
  browser,
  baseURL,
  page,
}) => {
  test.setTimeout(180_000);
  const email = await createStaffUser("front_desk", PASSWORD);
  const id = await staffId(email);
  await signIn(page, "admin@zugang.example", "demo-admin", `/staff/admin/staff/${id}`);
  await page.waitForURL(new RegExp(`/staff/admin/staff/${id}$`));
  await expect(page.getByRole("heading", { name: "Neues Passwort" })).toBeVisible();
  await expectAccessible(page);
  const admin = (path: string, form: Record<string, string>) =>
    page.request.post(`/staff/admin/staff/${id}/${path}`, {
      form,
      headers: { Origin: new URL(baseURL!).origin },
      maxRedirects: 0,
    });

  const beforeDeactivation = await signedInCookies(browser, baseURL!, email);
  expect((await admin("active", { active: "0" })).headers().location).toContain("result=saved");
  expect(await openWith(browser, baseURL!, beforeDeactivation.cookies)).toEqual(SENT_TO_SIGN_IN);
  expect((await admin("active", { active: "1" })).headers().location).toContain("result=saved");
  expect(await openWith(browser, baseURL!, beforeDeactivation.cookies)).toEqual(SENT_TO_SIGN_IN);
  await beforeDeactivation.context.close();

  const beforeNewPassword = await signedInCookies(browser, baseURL!, email);
  expect(await openWith(browser, baseURL!, beforeNewPassword.cookies)).toEqual(LET_IN);
  const newPassword = "ein-ganz-neues-passwort-e2e";
  expect((await admin("password", { password: newPassword })).headers().location).toContain("result=password-set");
  expect(await openWith(browser, baseURL!, beforeNewPassword.cookies)).toEqual(SENT_TO_SIGN_IN);
  await beforeNewPassword.context.close();

  // The new password signs in, to the change of that password first (an admin set it): every page
  // leads there and every post is refused until the person has chosen their own. The audit log names
  // what the admin did.
  const context = await browser.newContext({ baseURL });
  await signIn(await context.newPage(), email, newPassword, DAY_VIEW);
  await context.pages()[0].waitForURL((url) => url.pathname === "/staff/account/password");
  expect(await openWith(browser, baseURL!, await context.cookies())).toEqual({
    page: "/staff/account/password",
    post: "403",
  });
  await context.close();
  const actions = await query<{ action: string }>(
    "SELECT action FROM audit_log WHERE entity_id = $1 AND entity_type = 'staff_user' ORDER BY created_at",
    [id],
  );
  expect(actions.map((row) => row.action)).toEqual(
    expect.arrayContaining(["staff.deactivated", "staff.reactivated", "staff.password-set"]),
  );
});

test("every database connection of the running portal is the app's role, no superuser", async ({ page }) => {
  // A page that reads the database, so that the portal holds connections now.
  await signIn(page, "empfang@zugang.example", "demo-empfang", DAY_VIEW);
  await page.waitForURL((url) => url.pathname === DAY_VIEW);
  const connections = await query<{ usename: string; rolsuper: boolean; owned: number }>(
    `SELECT DISTINCT a.usename, r.rolsuper,
            (SELECT count(*)::int FROM pg_class c WHERE c.relowner = r.oid) AS owned
       FROM pg_stat_activity a JOIN pg_roles r ON r.rolname = a.usename
      WHERE a.datname = $1 AND a.pid <> pg_backend_pid()`,
    [e2eDatabaseName()],
  );
  expect(connections).toEqual([{ usename: `${e2eDatabaseName()}_app`, rolsuper: false, owned: 0 }]);
});
