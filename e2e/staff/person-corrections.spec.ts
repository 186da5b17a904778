// The person page as the caseworker meets it: the person, the channel ladder and the timeline come
// before any form (the timeline's newest entry in the first screen at 1280×800); "Termin buchen"
// opens booking for someone with this person chosen (by id only) and the booking shows on the
// timeline; "Wartenummer ziehen" draws a number; phone, e-mail and language are corrected (the phone
// in any spelling, stored as E.164 and shown national; the language picked by its German name),
// shown as recorded by staff with the date and audited; "12ab" is refused at its field with the typed
// value kept and nothing personal in the address; no two controls share a label; the language is
// one answer; accessible at 1280×800 and 768×1024, with screenshots of both.
import { randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import { expect, expectAccessible, test } from "../fixtures";
import { createStaffUser, query, seededLocationIds, signIn } from "./helpers";

// A dozen pages, each with an accessibility check, two viewports and a booking: slow on a shared machine.
test.describe.configure({ timeout: 300_000 });

const today = new Intl.DateTimeFormat("de-DE", {
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
  timeZone: "Europe/Berlin",
}).format(new Date());

/** The labels of the page's form controls that more than one control carries. */
async function sharedLabels(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const controls = [...document.querySelectorAll<HTMLElement>("main input, main select, main textarea")].filter(
      (control) => !(control instanceof HTMLInputElement && control.type === "hidden"),
    );
    const names = controls.map((control) => {
      const labels = (control as HTMLInputElement).labels;
      const text = labels && labels.length > 0 ? [...labels].map((label) => label.textContent ?? "").join(" ") : "";
      return (text || control.getAttribute("aria-label") || "").replace(/\s+/g, " ").trim();
    });
    return names.filter((name, index) => name === "" || names.indexOf(name) !== index);
  });
}

/** Whether a comes before b in the document. */
async function before(page: Page, a: string, b: string): Promise<boolean> {
  return page.evaluate(
    ([first, second]) => {
      const one = document.querySelector(first);
      const two = document.querySelector(second);
      return !!one && !!two && (one.compareDocumentPosition(two) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
    },
    [a, b] as const,
  );
}

test("the caseworker reads the person first, books and draws a number for them, and corrects phone, e-mail and language", async ({
  page,
}, testInfo) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const tag = Array.from(randomBytes(6), (byte) => "abcdefghkmnprstuvz"[byte % 18]).join("");
  const name = `Emine Korrektur-${tag}`;
  // Known from an earlier visit: a phone number, Turkish messages, no statement of the language she speaks.
  const [person] = await query<{ id: string }>(
    "INSERT INTO citizen (id, name, phone, language, updated_at) VALUES (gen_random_uuid(), $1, '+496215550123', 'tr', now()) RETURNING id::text",
    [name],
  );
  const personPage = `/staff/people/${person.id}`;
  const password = "e2e-person-corrections-123";
  // A caseworker works at locations of their account: the demo's, where the booking is made.
  const email = await createStaffUser("caseworker", password, await seededLocationIds());
  await signIn(page, email, password, personPage);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  await expectAccessible(page);

  // The language is one answer: the messages' language, no "nicht bekannt" beside it.
  const details = page.getByTestId("person");
  await expect(details.getByRole("term").filter({ hasText: /^Sprache/ })).toHaveCount(1);
  await expect(page.getByTestId("language")).toHaveText("Türkisch");
  await expect(page.getByTestId("phone")).toHaveText("0621 5550123");

  // "Termin buchen": booking for someone, this person chosen, nothing but her id in the address.
  const actions = page.getByRole("navigation", { name: "Für diese Person" });
  await actions.getByRole("link", { name: "Termin buchen" }).click();
  await expect(page).toHaveURL(new RegExp(`/staff/front-desk/book\\?person=${person.id}$`));
  await expect(page.getByRole("heading", { name: `1. Person: ${name}` })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("group", { name: "Anliegen" }).getByRole("radio").first().check();
  await page.getByRole("button", { name: "Freie Zeiten anzeigen" }).click();
  await expect(page.getByRole("group", { name: /^Zeit/ }).getByRole("radio").first()).toBeChecked();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Buchen" }).click();
  await expect(page.getByRole("heading", { name: `Gebucht für ${name}` })).toBeVisible();
  await expectAccessible(page);
  const reference = (await page.getByTestId("printed-confirmation").getByTestId("reference").textContent())!.trim();
  for (const url of [page.url()]) {
    expect(url).not.toContain("Emine");
    expect(url).not.toContain("5550123");
  }

  await page.goto(personPage);
  await expectAccessible(page);
  const timeline = page.getByTestId("timeline");
  await expect(timeline.locator('tr[data-kind="appointment"]')).toContainText(reference);
  // Person, ladder and timeline before the first form, and the newest entry on the first screen.
  expect(await before(page, '[data-testid="person"]', '[data-testid="ladder"]')).toBe(true);
  expect(await before(page, '[data-testid="ladder"]', '[data-testid="timeline"]')).toBe(true);
  expect(await before(page, '[data-testid="timeline"]', "main form")).toBe(true);
  const first = await timeline.locator("tbody tr").first().boundingBox();
  expect(first, "the timeline's first entry").not.toBeNull();
  expect(first!.y + first!.height).toBeLessThanOrEqual(800);
  expect(await sharedLabels(page), "labels two controls share").toEqual([]);
  await page.screenshot({ path: testInfo.outputPath("person-1280x800.png") });
  await page.screenshot({ path: testInfo.outputPath("person-1280x800-full.png"), fullPage: true });

  await page.setViewportSize({ width: 768, height: 1024 });
  await page.reload();
  await expectAccessible(page);
  await page.screenshot({ path: testInfo.outputPath("person-768x1024.png") });
  await page.screenshot({ path: testInfo.outputPath("person-768x1024-full.png"), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 800 });

  // "Wartenummer ziehen" leads to the form beside the name's button; the number stands on the timeline.
  await actions.getByRole("link", { name: "Wartenummer ziehen" }).click();
  await page.getByRole("button", { name: "Nummer ziehen" }).click();
  await expect(page.getByText(/Wartenummer A\d{3} gezogen/)).toBeVisible();
  await expectAccessible(page);
  const number = (await page.getByText(/Wartenummer A\d{3} gezogen/).textContent())!.match(/A\d{3}/)![0];
  await page.goto(personPage);
  await expectAccessible(page);
  await expect(timeline.locator('tr[data-kind="queue_ticket"]')).toContainText(`Wartenummer ${number} (ohne Termin)`);

  // A phone number that is none: refused at its field, what was typed kept, nothing personal in the address.
  const phone = page.getByLabel("Telefon", { exact: true });
  await phone.fill("12ab");
  await page.getByLabel("E-Mail", { exact: true }).fill("emine.korrektur@example.org");
  await page.getByRole("button", { name: "Korrekturen speichern" }).click();
  await expect(page).toHaveURL(new RegExp(`${personPage}\\?draft=[0-9a-f-]{36}#contact-heading$`));
  expect(page.url()).not.toContain("12ab");
  expect(page.url()).not.toContain("example.org");
  await expect(phone).toHaveValue("12ab");
  await expect(phone).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#contact-phone-error")).toContainText("Diese Telefonnummer ist nicht lesbar");
  await expect(page.getByLabel("E-Mail", { exact: true })).toHaveValue("emine.korrektur@example.org");
  await expect(page.getByRole("alert").filter({ hasText: "Nicht gespeichert" })).toBeVisible();
  await expectAccessible(page);
  expect((await query<{ phone: string }>("SELECT phone FROM citizen WHERE id = $1", [person.id]))[0].phone).toBe(
    "+496215550123",
  );

  // Any spelling of a number, an address and a language by its German name: saved and shown as recorded by staff.
  await phone.fill("0049 (0)621 / 555-0199");
  await page.getByLabel("Sprache", { exact: true }).selectOption({ label: "Kurdisch" });
  await page.getByRole("button", { name: "Korrekturen speichern" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Gespeichert" })).toHaveText(
    "Gespeichert: Telefon, E-Mail, Sprache (von Ihnen erfasst).",
  );
  await expectAccessible(page);
  await expect(page.getByTestId("phone")).toContainText("0621 5550199");
  await expect(page.getByTestId("phone")).toContainText(`von Mitarbeitenden erfasst am ${today}`);
  await expect(page.getByTestId("email")).toContainText("emine.korrektur@example.org");
  await expect(page.getByTestId("email")).toContainText(`von Mitarbeitenden erfasst am ${today}`);
  // Kurdish is spoken; the portal has no Kurdish, so messages stay Turkish, and the page says so in one place.
  await expect(page.getByTestId("language")).toContainText(`Kurdischvon Mitarbeitenden erfasst am ${today}`);
  await expect(page.getByTestId("language")).toContainText("Nachrichten auf Türkisch");
  await expect(phone).toHaveValue("0621 5550199");
  await expect(page.getByLabel("Sprache", { exact: true })).toHaveValue("ku");

  const [stored] = await query<{ phone: string; email: string; language: string }>(
    "SELECT phone, email, language FROM citizen WHERE id = $1",
    [person.id],
  );
  expect(stored).toEqual({ phone: "+496215550199", email: "emine.korrektur@example.org", language: "tr" });
  const audit = await query<{ action: string; details: { fields: string[] } }>(
    "SELECT a.action, a.details FROM audit_log a JOIN staff_user s ON s.id = a.staff_user_id WHERE s.email = $1 AND a.action = 'person.corrected'",
    [email],
  );
  expect(audit).toEqual([{ action: "person.corrected", details: { fields: ["phone", "email", "language"] } }]);

  // Turkish picked again: one answer, messages in it, no second line.
  await page.getByLabel("Sprache", { exact: true }).selectOption({ label: "Türkisch" });
  await page.getByRole("button", { name: "Korrekturen speichern" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Gespeichert" })).toHaveText(
    "Gespeichert: Sprache (von Ihnen erfasst).",
  );
  await expect(page.getByTestId("language")).toHaveText(`Türkischvon Mitarbeitenden erfasst am ${today} (Testkonto)`);
  await expectAccessible(page);
});
