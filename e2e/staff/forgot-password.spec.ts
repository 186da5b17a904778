// "Passwort vergessen?" on the sign-in page, without anyone's help: the staff member gives the
// account's address, the link arrives in the outbox, and the new password set with it signs in. A
// badly written address gets its message; an address without an account gets the same answer as
// one with, and no message. The request works without JavaScript (a plain form).
import { accessibilityViolations, expect, test } from "../fixtures";
import { createStaffUser, query, submitSignIn } from "./helpers";

test.describe.configure({ timeout: 120_000 });

const messagesTo = (email: string) =>
  query<{ body: string }>(
    "SELECT body FROM notification_outbox WHERE recipient = $1 AND kind = 'password-reset' ORDER BY created_at DESC",
    [email],
  );

test("a staff member asks for a reset link on the sign-in page, sets a new password with it and signs in", async ({
  browser,
}) => {
  const email = await createStaffUser("front_desk", "vergessenes-passwort-e2e");
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  // Checked as a browser without JavaScript shows the page.
  const expectAccessible = async () => expect(await accessibilityViolations(page, false)).toEqual([]);
  await page.goto("/staff/login");
  await page.getByRole("link", { name: "Passwort vergessen?" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Passwort vergessen");
  await expectAccessible();

  await page.getByLabel("E-Mail-Adresse").fill("kein-at-zeichen");
  await page.getByRole("button", { name: "Link anfordern" }).click();
  await expect(page.getByRole("alert", { name: "Der Link ist noch nicht angefordert" })).toContainText(
    "E-Mail-Adresse Ihres Dienstkontos",
  );
  await expectAccessible();

  // No account: the same answer, and nothing sent.
  await page.getByLabel("E-Mail-Adresse").fill("niemand-e2e@zugang.example");
  await page.getByRole("button", { name: "Link anfordern" }).click();
  const answer = page.getByRole("status");
  await expect(answer).toContainText("Wenn zu dieser Adresse ein aktives Dienstkonto gehört");
  expect(await messagesTo("niemand-e2e@zugang.example")).toHaveLength(0);

  await page.getByLabel("E-Mail-Adresse").fill(email);
  await page.getByRole("button", { name: "Link anfordern" }).click();
  await expect(answer).toContainText("Wenn zu dieser Adresse ein aktives Dienstkonto gehört");
  await expectAccessible();
  const [message] = await messagesTo(email);
  expect(message.body).toContain(
    "auf der Anmeldeseite des Portals Zugang wurde für Ihr Dienstkonto ein Link angefordert",
  );
  const link = /https?:\/\/\S+(\/staff\/password-reset\/[A-Za-z0-9_-]+)/.exec(message.body)?.[1];
  expect(link, "a reset link in the message").toBeDefined();

  await page.goto(link!);
  await page.getByLabel("Neues Passwort", { exact: true }).fill("Nebel über den Rheinauen");
  await page.getByLabel("Neues Passwort wiederholen").fill("Nebel über den Rheinauen");
  await page.getByRole("button", { name: "Passwort setzen" }).click();
  await expect(page).toHaveURL(/\/staff\/login\?reset=1$/);
  await context.close();

  // Signing in needs JavaScript (the proof of work): in a browser with it, the new password works.
  const signedIn = await (await browser.newContext()).newPage();
  await signedIn.goto("/staff/login?callbackUrl=/staff/front-desk");
  await submitSignIn(signedIn, email, "Nebel über den Rheinauen");
  await expect(signedIn).toHaveURL(/\/staff\/front-desk$/);
  await signedIn.context().close();
});
