// The citizen journey in German, with and without JavaScript, on a 360×740 phone: start, preference
// and situation, recommendation with reasons, the choice stored, errors with a summary, emergency.
import { expect, expectAccessible, test } from "../fixtures";
import { journeyIdOf, passJourney, shownChannels, storedJourney } from "./helpers";

test("continued benefits, digital but always needing help on a smartphone: not the long form first", async ({
  page,
}) => {
  await page.goto("/");
  await expectAccessible(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Was möchten Sie erledigen?");
  await page.getByRole("link", { name: /Weiterbewilligung beantragen/ }).click();
  await expectAccessible(page);

  await page.getByLabel("Für eine andere Person").check();
  await page.getByLabel("Ich erledige Dinge am liebsten online").check();
  await page.getByLabel("Immer").check();
  await page.getByLabel("Nur ein Smartphone").check();
  await page.getByRole("button", { name: "Empfehlung anzeigen" }).click();
  await expect(page).toHaveURL(/\/journey\/continued-benefits\/recommendation\//);
  await expectAccessible(page);

  expect(await shownChannels(page)).toEqual(["video", "in_person", "online"]);
  const recommended = page.getByTestId("recommended");
  await expect(recommended.getByRole("heading")).toHaveText("Videotermin");
  await expect(recommended).toContainText("Sie erledigen Dinge am liebsten online");
  await expect(page.locator('article[data-channel="online"]')).toContainText(
    "Sie brauchen oft Hilfe bei digitalen Dingen",
  );
  await expect(page.getByText("Sie helfen einer anderen Person.")).toBeVisible();

  const id = journeyIdOf(page.url());
  expect(await storedJourney(id)).toMatchObject({
    request_type_key: "continued-benefits",
    preference: "digital",
    situation: { helpNeed: "always", devices: "smartphone-only" },
    recommended_channel: "video",
    chosen_channel: null,
    for_someone_else: true,
    language: "de",
  });

  // Each option leads through /journey/choose into its flow (URL contract) and records the choice.
  const expected: Record<string, string> = {
    video: `/appointments/new?requestType=continued-benefits&channel=video&journey=${id}`,
    in_person: `/appointments/new?requestType=continued-benefits&channel=in-person&journey=${id}`,
    online: `/forms/continued-benefits?journey=${id}`,
  };
  for (const [channel, target] of Object.entries(expected)) {
    const href = await page.locator(`article[data-channel="${channel}"] a`).getAttribute("href");
    const response = await page.request.get(href!, { maxRedirects: 0 });
    expect(response.status()).toBe(303);
    expect(response.headers().location).toBe(target);
    expect((await storedJourney(id))?.chosen_channel).toBe(channel);
  }
});

test("a missing preference is named in an error summary; the answers stay", async ({ page }) => {
  await page.goto("/journey/change-report");
  await expectAccessible(page);
  await page.getByLabel("Oft").check();
  await page.getByRole("button", { name: "Empfehlung anzeigen" }).click();
  await expect(page).toHaveURL(/\/journey\/change-report\?/);
  await expectAccessible(page);
  const summary = page.locator('[aria-labelledby="error-summary-title"]');
  await expect(summary).toContainText("Bitte prüfen Sie Ihre Angaben");
  await expect(summary.getByRole("link")).toHaveAttribute("href", "#preference");
  await expect(page.getByLabel("Oft")).toBeChecked();
  await summary.getByRole("link").click();
  await page.getByLabel("Weiß ich nicht – zeigen Sie mir den üblichen Weg").check();
  await page.getByRole("button", { name: "Empfehlung anzeigen" }).click();
  await expect(page).toHaveURL(/\/recommendation\//);
  await expectAccessible(page);
  // No stated preference: the usual way, help often → the form last.
  expect(await shownChannels(page)).toEqual(["in_person", "video", "phone", "online"]);
  await expect(page.getByTestId("recommended")).toContainText("Für dieses Anliegen ist das der übliche Weg.");
});

test("changing the answers brings the form back filled in", async ({ page }) => {
  await passJourney(page, {
    prefix: "",
    requestType: "job-counselling",
    preference: "personal",
    check: ['input[name="distance"][value="far"]'],
  });
  expect(await shownChannels(page)).toEqual(["video", "in_person", "phone"]);
  await page.getByRole("link", { name: "Antworten ändern" }).click();
  await expectAccessible(page);
  await expect(page.locator('input[name="preference"][value="personal"]')).toBeChecked();
  await expect(page.locator('input[name="distance"][value="far"]')).toBeChecked();
});

test("emergency: the emergency information comes first, in person today and phone are offered", async ({ page }) => {
  await page.goto("/");
  await expectAccessible(page);
  await page.getByRole("link", { name: "Sofort Hilfe in einer Notlage" }).click();
  await expectAccessible(page);
  const info = page.getByTestId("emergency-info");
  await expect(info).toContainText("Ifflandstraße 2–6");
  await expect(info.getByRole("link", { name: "0621 17238-333" })).toHaveAttribute("href", "tel:+4962117238333");
  // Before anything else: the information precedes the page heading.
  const order = await page.evaluate(() => {
    const infoBox = document.querySelector('[data-testid="emergency-info"]')!;
    const heading = document.querySelector("h1")!;
    return infoBox.compareDocumentPosition(heading) & Node.DOCUMENT_POSITION_FOLLOWING;
  });
  expect(order).toBeTruthy();
  await page.getByRole("button", { name: "Wege zur Hilfe heute anzeigen" }).click();
  await expect(page).toHaveURL(/\/journey\/emergency\/recommendation\//);
  await expectAccessible(page);
  await expect(page.getByTestId("emergency-info")).toBeVisible();
  expect(await shownChannels(page)).toEqual(["in_person", "phone"]);
  await expect(page.getByTestId("recommended")).toContainText("noch heute persönlich");
});

test("an emergency stated in the situation overrides the preference", async ({ page }) => {
  await passJourney(page, {
    prefix: "",
    requestType: "change-report",
    preference: "digital",
    check: ['input[name="needs"][value="emergency"]'],
  });
  await expect(page.getByTestId("emergency-info")).toBeVisible();
  expect((await shownChannels(page)).slice(0, 2)).toEqual(["in_person", "phone"]);
});

test("first application online leads to the official external application", async ({ page }) => {
  await passJourney(page, { prefix: "", requestType: "first-application", preference: "digital" });
  const online = page.locator('article[data-channel="online"]');
  await expect(online.getByRole("link")).toHaveText("Zum offiziellen Online-Antrag");
  const response = await page.request.get((await online.getByRole("link").getAttribute("href"))!, { maxRedirects: 0 });
  expect(response.status()).toBe(303);
  expect(response.headers().location).toMatch(/^https:\/\/www\.arbeitsagentur\.de\//);
});

test("an unknown request type leads back to the start; an unknown journey says so calmly", async ({ page }) => {
  await page.goto("/journey/no-such-thing");
  await expect(page).toHaveURL(/\/$/);
  await expectAccessible(page);
  await page.goto("/journey/change-report/recommendation/00000000-0000-4000-8000-000000000000");
  await expectAccessible(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Diese Empfehlung gibt es nicht");
  await page.goto("/journey/change-report/recommendation/not-a-uuid");
  await expectAccessible(page);
  await expect(page.getByRole("link", { name: "Zur Startseite" }).first()).toBeVisible();
});
