// Done when, line 1: a citizen states "mostly in person", needing help often, Turkish with an
// interpreter, and books an appointment; a caseworker finds them by the name typed without its
// Turkish letters, sees each fact (the language with the person's details) as recorded by the person with its date, the derived ladder, and
// the journey and the appointment in the timeline; the audit log holds the search and the view.
import { randomBytes } from "node:crypto";
import { expect, expectAccessible, test } from "../fixtures";
import { chooseDayAndTime } from "../booking/helpers";
import { createStaffUser, query, seededLocationIds, signIn } from "./helpers";

test.describe.configure({ timeout: 120_000 });

const today = new Intl.DateTimeFormat("de-DE", { dateStyle: "medium", timeZone: "Europe/Berlin" }).format(new Date());

test("a citizen's own statements reach the caseworker's person page, searched without Turkish letters", async ({
  page,
  browser,
}) => {
  // A surname of its own, so that earlier runs do not crowd the hits.
  const tag = Array.from(randomBytes(6), (byte) => "abcdefghkmnprstuvz"[byte % 18]).join("");
  const name = `Ayşe Yılmaz-${tag}`;
  const citizen = await browser.newPage();
  await citizen.goto("/journey/change-report");
  await citizen.locator('input[name="preference"][value="personal"]').check();
  await citizen.locator('input[name="helpNeed"][value="often"]').check();
  await citizen.locator("#language").selectOption("tr");
  await citizen.locator('input[name="needs"][value="interpreter"]').check();
  await citizen.getByRole("button", { name: "Empfehlung anzeigen" }).click();
  await expect(citizen).toHaveURL(/\/recommendation\//);
  await citizen.locator('article[data-channel="in_person"] a').click();
  await expect(citizen).toHaveURL(/\/appointments\/new/);
  const location = citizen.getByRole("link", { name: /Ifflandstraße wählen/ });
  if (await location.isVisible()) await location.click();
  await chooseDayAndTime(citizen, 2);
  await citizen.getByLabel("Ihr Name").fill(name);
  await citizen.getByLabel("E-Mail-Adresse").fill(`e2e-person-${tag}@example.org`);
  await citizen.getByLabel("Brauchen Sie einen Dolmetscher?").selectOption("tr");
  await citizen.getByRole("button", { name: "Weiter" }).click();
  await citizen.getByRole("button", { name: "Termin verbindlich buchen" }).click();
  await expect(citizen.getByRole("heading", { level: 1 })).toHaveText("Ihr Termin ist gebucht");
  const reference = (await citizen.getByTestId("reference").textContent())!.trim();
  await citizen.close();

  const password = "e2e-person-page-123";
  // A caseworker works at locations of their account: the demo's, where the number is drawn.
  const email = await createStaffUser("caseworker", password, await seededLocationIds());
  await signIn(page, email, password, "/staff/people");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Person suchen");
  await expectAccessible(page);
  await page.getByLabel("Suche", { exact: true }).fill(`Ayse Yilmaz-${tag}`);
  await page.getByLabel("Suche", { exact: true }).press("Enter");
  await expect(page.getByRole("status")).toContainText("gefunden");
  await expectAccessible(page);
  await page.getByRole("link", { name }).click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  await expectAccessible(page);
  const facts = page.getByTestId("facts");
  const row = (label: string) => facts.getByRole("row").filter({ has: page.getByRole("rowheader", { name: label }) });
  for (const [label, value] of [
    ["Bevorzugter Weg", "überwiegend persönlich"],
    ["Braucht Hilfe bei Digitalem", "oft"],
    ["Dolmetschung", "nötig: Türkisch"],
  ]) {
    await expect(row(label)).toContainText(value);
    await expect(row(label)).toContainText("von der Person selbst");
    await expect(row(label)).toContainText(today);
  }
  // The language stands once, beside the other details of the person, with who said it when; she
  // booked on the German pages, so her messages go in German until someone switches them.
  await expect(page.getByTestId("language")).toHaveText(
    `Türkischvon der Person angegeben am ${today}Nachrichten gehen bisher auf Deutsch.`,
  );
  await expect(row("Sprache")).toHaveCount(0);
  const ladder = page.getByTestId("ladder");
  // Booked with an e-mail address and no phone number: in person first, never a callback.
  await expect(ladder).toContainText("Zuerst anbieten: persönlich vor Ort, dann Brief");
  await expect(ladder).toContainText("Keine Telefonnummer");
  await expect(ladder).toContainText("Nicht allein auf Online-Formulare setzen");
  await expect(ladder).toContainText("Dolmetschung (Türkisch) zu jedem Termin anbieten");
  const timeline = page.getByTestId("timeline");
  await expect(timeline.locator('tr[data-kind="journey"]')).toContainText("Änderung mitteilen");
  await expect(timeline.locator('tr[data-kind="appointment"]')).toContainText(reference);

  const [person] = await query<{ id: string }>("SELECT citizen_id::text AS id FROM appointment WHERE reference = $1", [
    reference,
  ]);
  const audit = await query<{ action: string; citizen_id: string | null; details: { shown?: string[] } }>(
    "SELECT a.action, a.citizen_id::text, a.details FROM audit_log a JOIN staff_user s ON s.id = a.staff_user_id WHERE s.email = $1 AND a.action LIKE 'person.%' ORDER BY a.created_at",
    [email],
  );
  expect(audit.map((entry) => entry.action)).toEqual(["person.searched", "person.viewed"]);
  expect(audit[0].details.shown).toContain(person.id);
  expect(audit[1].citizen_id).toBe(person.id);

  // She came without an appointment today: a number drawn for her from her page stands on her timeline.
  await page.getByRole("button", { name: "Nummer ziehen" }).click();
  await expect(page.getByText(/Wartenummer A\d{3} gezogen/)).toBeVisible();
  await expectAccessible(page);
  const number = (await page.getByText(/Wartenummer A\d{3} gezogen/).textContent())!.match(/A\d{3}/)![0];
  await page.goto(`/staff/people/${person.id}`);
  await expect(page.getByTestId("timeline").locator('tr[data-kind="queue_ticket"]')).toContainText(
    `Wartenummer ${number} (ohne Termin)`,
  );
  await expect(page.getByTestId("timeline").locator('tr[data-kind="queue_ticket"]')).toContainText("wartet");
  await expectAccessible(page);
});
