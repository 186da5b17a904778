// The routing rules: an admin moves video first for "Änderung mitteilen" × "eher digital"; the
// preview shows the recommendation before and after; once saved, a citizen on a second app process
// (another `next start` on the same database) gets the new recommendation without a restart; the
// audit log shows the change; restoring the previous version brings the old recommendation back.
import type { Browser, Page } from "@playwright/test";
import { expect, expectAccessible, test } from "../fixtures";
import { expectValidMarkup } from "../valid-html";
import { createStaffUser, signIn } from "./helpers";
import { startSecondPortal, type SecondPortal } from "./second-portal";

/** A citizen's pass through the journey on the second portal: the channels recommended, in order. */
async function citizenChannels(browser: Browser, second: SecondPortal): Promise<string[]> {
  const context = await browser.newContext({ baseURL: second.baseUrl, locale: "de-DE" });
  try {
    const citizen = await context.newPage();
    await citizen.goto("/journey/change-report");
    await citizen.locator('input[name="preference"][value="digital"]').check();
    await citizen.locator('form[method="post"] button[type="submit"]').click();
    await expect(citizen).toHaveURL(/\/recommendation\//);
    return await citizen
      .locator("article[data-channel]")
      .evaluateAll((nodes) => nodes.map((node) => node.getAttribute("data-channel") ?? ""));
  } finally {
    await context.close();
  }
}

async function expectValidPage(page: Page) {
  await expectAccessible(page);
  await expectValidMarkup(await (await page.request.get(page.url())).text(), page.url());
}

test("an admin's new base order is previewed, applies at once on a second app process, is in the audit log, and is restored", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const second = await startSecondPortal();
  try {
    await changeAndRestore(page, browser, second);
  } finally {
    await second.stop();
  }
});

async function changeAndRestore(page: Page, browser: Browser, second: SecondPortal) {
  expect(await citizenChannels(browser, second)).toEqual(["online", "video", "phone", "in_person"]);

  const email = await createStaffUser("admin", "regeln-passwort-e2e");
  await signIn(page, email, "regeln-passwort-e2e", "/staff/admin/routing?type=change-report");
  await expect(page.getByRole("heading", { name: "Regeln der Empfehlung" })).toBeVisible();
  const version = Number(/In Kraft: Version (\d+)/.exec(await page.getByText(/In Kraft: Version/).innerText())![1]);
  await expectValidPage(page);

  // A draft that leaves out "Vor Ort" is refused with the field named.
  await page.getByLabel("4. Stelle").nth(2).selectOption("online");
  await page.getByRole("button", { name: "Vorschau zeigen" }).click();
  await expect(page.getByRole("alert", { name: "Diese Regeln können nicht gespeichert werden" })).toContainText(
    "„Vor Ort“ fehlt",
  );
  await expect(page.getByRole("button", { name: "Speichern als neue Version" })).toHaveCount(0);
  await expectValidPage(page);

  // Video first, for "eher digital": the third group of places.
  const digital = page.getByRole("group", { name: "Haltung: eher digital" });
  for (const [place, channel] of ["video", "online", "phone", "in_person"].entries())
    await digital.getByLabel(`${place + 1}. Stelle`).selectOption(channel);
  await page.getByLabel("Haltung", { exact: true }).selectOption("digital");
  await page.getByRole("button", { name: "Vorschau zeigen" }).click();
  const preview = page.getByRole("region", { name: "Vorschau", exact: true });
  await expect(
    preview
      .getByRole("region", { name: `Jetzt (Version ${version})` })
      .getByRole("listitem")
      .first(),
  ).toContainText("Online-Formular");
  await expect(preview.getByRole("region", { name: "Nach der Änderung" }).getByRole("listitem").first()).toContainText(
    "Video",
  );
  await expect(preview.getByRole("region", { name: "Nach der Änderung" }).getByRole("listitem").first()).toContainText(
    "Sie haben gesagt: Sie erledigen Dinge am liebsten online",
  );
  await expect(preview).toContainText(
    "Geänderte Kombinationen aus Anliegen und Haltung: 1 von 33 in der Reihenfolge, davon 1 mit anderer Empfehlung",
  );
  await expectValidPage(page);

  await page.getByRole("button", { name: "Speichern als neue Version" }).click();
  await expect(page.getByRole("status")).toContainText("Gespeichert");
  await expect(page.getByText(`In Kraft: Version ${version + 1}`)).toBeVisible();
  await expectAccessible(page);

  // The second process, which served the old order a moment ago, follows at once.
  expect(await citizenChannels(browser, second)).toEqual(["video", "online", "phone", "in_person"]);

  await page.goto("/staff/audit?action=routing-rules.saved");
  await expect(page.getByRole("cell", { name: "Regeln der Empfehlung gespeichert" }).first()).toBeVisible();
  await expect(page.locator("tbody tr").first()).toContainText(`(Version ${version + 1})`);
  await expectAccessible(page);

  await page.goto("/staff/admin/routing");
  await expectAccessible(page);
  await page.getByRole("button", { name: `Version ${version} wiederherstellen` }).click();
  await expect(page.getByRole("status")).toContainText("Wiederhergestellt");
  await expect(page.getByText(`In Kraft: Version ${version + 2}`)).toBeVisible();
  await expect(page.getByRole("cell", { name: `Version ${version} wiederhergestellt.` })).toBeVisible();
  await expectAccessible(page);
  expect(await citizenChannels(browser, second)).toEqual(["online", "video", "phone", "in_person"]);
}

test("other roles get 403 on the routing page and its posts", async ({ page }) => {
  const email = await createStaffUser("caseworker", "regeln-fachkraft-e2e");
  await signIn(page, email, "regeln-fachkraft-e2e", "/staff");
  await expect(page.getByRole("heading", { name: /Guten Tag/ })).toBeVisible();
  expect((await page.request.get("/staff/admin/routing")).status()).toBe(403);
  const post = await page.request.post("/staff/admin/routing/restore", {
    form: { version: "1", basedOn: "1" },
    headers: { Origin: new URL(page.url()).origin },
    maxRedirects: 0,
  });
  expect(post.status()).toBe(403);
});
