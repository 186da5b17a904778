// The rails on the staff side: checking in an appointment of another day asks first and changes
// nothing until confirmed; a reprint and a rebook each make a new printed manage code, and the old
// one no longer opens the appointment; a closure over booked appointments lists them before saving
// and, confirmed, cancels each with a message in the person's language.
import { readFileSync } from "node:fs";
import { addDays, berlinDate, berlinToUtc } from "@/lib/time";
import { expect, expectAccessible, test } from "../fixtures";
import { auditActions, query, signIn } from "./helpers";
import { appointmentRow, createDeskLocation, storeDeskAppointment } from "./front-desk-data";

const FRONT_DESK = ["empfang@zugang.example", "demo-empfang"] as const;

test.describe.configure({ timeout: 120_000 });

const tomorrowDay = () => addDays(berlinDate(new Date()), 1);
const weekdayDate = new Intl.DateTimeFormat("de-DE", {
  weekday: "long",
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
  timeZone: "Europe/Berlin",
});

test("checking in tomorrow's appointment by its QR address asks first and changes nothing until confirmed", async ({
  page,
}) => {
  const location = await createDeskLocation();
  const startsAt = berlinToUtc(tomorrowDay(), "10:00");
  const tomorrow = await storeDeskAppointment({ locationId: location.id, startsAt, name: "Timo Morgen" });

  await signIn(page, ...FRONT_DESK, `/staff/check-in/${tomorrow.reference}`);
  await expect(page.getByRole("heading", { name: `Termin ${tomorrow.reference}` })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2 })).toHaveText(
    `Dieser Termin ist am ${weekdayDate.format(startsAt)} — trotzdem einchecken?`,
  );
  // The safe choice has the focus; there is no one-step check-in.
  await expect(page.getByRole("link", { name: "Nicht einchecken" })).toBeFocused();
  await expect(page.getByRole("button", { name: "Person einchecken" })).toHaveCount(0);
  await expectAccessible(page);
  expect((await appointmentRow(tomorrow.id)).status).toBe("booked");

  // A post without the confirmation (a second scan, a script) changes nothing either.
  const unconfirmed = await page.request.post(`/staff/check-in/${tomorrow.reference}/confirm`, {
    form: {},
    maxRedirects: 0,
  });
  expect(unconfirmed.status()).toBe(303);
  expect((await appointmentRow(tomorrow.id)).status).toBe("booked");
  // The typed code on the check-in page asks the same question.
  await page.goto("/staff/front-desk/check-in");
  await expectAccessible(page);
  await page.getByLabel("QR-Code oder Vorgangsnummer").fill(tomorrow.reference);
  await page.getByRole("button", { name: "Einchecken" }).click();
  await expect(page.getByRole("heading", { level: 2 })).toHaveText(
    `Dieser Termin ist am ${weekdayDate.format(startsAt)} — trotzdem einchecken?`,
  );
  await expect(page.getByRole("link", { name: "Nicht einchecken" })).toBeFocused();
  await expectAccessible(page);
  expect((await appointmentRow(tomorrow.id)).status).toBe("booked");
  expect(await auditActions(tomorrow.id)).not.toContain("appointment.checked-in");

  // Confirmed: checked in, and recorded.
  await page.goto(`/staff/check-in/${tomorrow.reference}`);
  await page.getByRole("button", { name: "Trotzdem einchecken" }).click();
  await expect(page.getByRole("status")).toHaveText("Eingecheckt.");
  await expectAccessible(page);
  expect((await appointmentRow(tomorrow.id)).status).toBe("checked_in");
  expect(await auditActions(tomorrow.id)).toContain("appointment.checked-in");
});

/** The printed manage address's code, from the printable confirmation. */
async function printedCode(page: import("@playwright/test").Page): Promise<string> {
  const address = (await page.getByTestId("manage-address").textContent())!.trim();
  const code = /\/t\/(([A-Z2-9]{4}-){3}[A-Z2-9]{4})$/.exec(address)?.[1];
  expect(code, address).toBeTruthy();
  return code!;
}

test("after a rebook for someone, the new printout's manage code works and the old one is refused", async ({
  page,
}) => {
  const location = await createDeskLocation();
  const day = tomorrowDay();
  const appointment = await storeDeskAppointment({
    locationId: location.id,
    startsAt: berlinToUtc(day, "10:30"),
    name: "Rita Neudruck",
    email: "rita@example.org",
  });

  // A reprint makes a code (the old sheet's is unknown here): the first printout.
  await signIn(page, ...FRONT_DESK, `/staff/front-desk/confirmation/${appointment.reference}`);
  await expect(page.getByRole("heading", { name: "Gebucht für Rita Neudruck" })).toBeVisible();
  await expect(page.getByTestId("manage-address")).toHaveCount(0);
  await expectAccessible(page);
  await page.getByRole("button", { name: "Mit neuem Code zum Ändern drucken" }).click();
  const oldCode = await printedCode(page);
  await expectAccessible(page);
  expect(await auditActions(appointment.id)).toContain("appointment.manage-link-renewed");

  // Rebooked from the day view: the notice offers the new printout.
  await page.goto(`/staff/front-desk?location=${location.id}&day=${day}`);
  await expectAccessible(page);
  await page.getByRole("link", { name: /^Umbuchen: Rita Neudruck/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Umbuchen: Rita Neudruck");
  await expectAccessible(page);
  await page.getByLabel("Freie Zeiten ab").fill(day);
  await page.getByRole("button", { name: "Zeiten zeigen" }).click();
  await expect(page.getByRole("button", { name: "Auf diese Zeit umbuchen" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("radio", { name: "11:00 Uhr", exact: true }).first().check();
  await page.getByRole("button", { name: "Auf diese Zeit umbuchen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "umgebucht" })).toContainText("Rita Neudruck");
  await expectAccessible(page);
  await page.getByRole("link", { name: "Neue Terminbestätigung drucken" }).click();
  await expect(page.getByRole("heading", { name: "Gebucht für Rita Neudruck" })).toBeVisible();
  const newCode = await printedCode(page);
  expect(newCode).not.toBe(oldCode);
  await expectAccessible(page);

  // The new code opens the appointment at its new time; the old one opens nothing.
  await page.goto(`/t/${newCode.toLowerCase()}`);
  await expect(page).toHaveURL(/\/appointments\/manage\//);
  await expect(page.getByTestId("reference")).toHaveText(appointment.reference);
  await expectAccessible(page);
  await page.goto(`/t/${oldCode}`);
  await expect(page).toHaveURL(new RegExp(`/t/${oldCode}$`));
  await expect(page.getByTestId("reference")).toHaveCount(0);
  await expectAccessible(page);
  expect((await appointmentRow(appointment.id)).starts_at.getTime()).toBe(berlinToUtc(day, "11:00").getTime());
});

/** The cancellation's subject in a language, as the message files have it. */
function cancellationSubject(language: string, reference: string): string {
  const texts = JSON.parse(readFileSync(`messages/${language}/booking.json`, "utf8")) as {
    mail: { cancellation: { subject: string } };
  };
  return texts.mail.cancellation.subject.replace("{reference}", reference);
}

test("an admin closes a day with two booked appointments: listed first, then both cancelled and told in their language", async ({
  page,
}) => {
  const location = await createDeskLocation();
  const day = addDays(berlinDate(new Date()), 2);
  const turkish = await storeDeskAppointment({
    locationId: location.id,
    startsAt: berlinToUtc(day, "09:00"),
    name: "Deniz Kaya",
    email: "deniz@example.org",
    language: "tr",
  });
  const arabic = await storeDeskAppointment({
    locationId: location.id,
    startsAt: berlinToUtc(day, "11:30"),
    name: "Samira Haddad",
    email: "samira@example.org",
    language: "ar",
  });
  const [dd, mm, yyyy] = [day.slice(8, 10), day.slice(5, 7), day.slice(0, 4)];

  await signIn(page, "admin@zugang.example", "demo-admin", `/staff/admin/locations/${location.id}`);
  await expect(page.getByRole("heading", { name: "Schließung eintragen" })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Erster Tag").fill(`${dd}.${mm}.${yyyy}`);
  await page.getByLabel("Grund").fill("Betriebsversammlung");
  await page.getByRole("button", { name: "Schließung eintragen" }).click();

  // Nothing saved yet: both appointments are listed, by name and time, with the safe choice focused.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    `Schließung mit gebuchten Terminen: ${location.name}`,
  );
  const rows = page.getByRole("table").getByRole("row");
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(1)).toContainText(`${dd}.${mm}.${yyyy}, 09:00 Uhr`);
  await expect(rows.nth(1)).toContainText("Deniz Kaya");
  await expect(rows.nth(2)).toContainText("Samira Haddad");
  await expect(page.getByText("Gesamt: 2")).toBeVisible();
  await expect(page.getByRole("link", { name: "Nicht schließen" })).toBeFocused();
  await expectAccessible(page);
  expect(await query("SELECT 1 FROM closure WHERE location_id = $1::uuid", [location.id])).toHaveLength(0);
  expect((await appointmentRow(turkish.id)).status).toBe("booked");

  await page.getByRole("button", { name: "Schließen und 2 Termine absagen" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Schließung eingetragen: ${location.name}`);
  await expect(page.getByRole("status")).toContainText("2 Termine wurden abgesagt");
  await expect(page.getByRole("heading", { name: "Bitte anrufen oder schreiben (0)" })).toBeVisible();
  await expectAccessible(page);

  expect(await query("SELECT 1 FROM closure WHERE location_id = $1::uuid", [location.id])).toHaveLength(1);
  for (const [appointment, language] of [
    [turkish, "tr"],
    [arabic, "ar"],
  ] as const) {
    expect((await appointmentRow(appointment.id)).status).toBe("cancelled");
    const messages = await query<{ kind: string; subject: string }>(
      "SELECT kind, subject FROM notification_outbox WHERE appointment_id = $1::uuid",
      [appointment.id],
    );
    expect(messages).toEqual([{ kind: "cancellation", subject: cancellationSubject(language, appointment.reference) }]);
    expect(await auditActions(appointment.id)).toContain("appointment.cancelled");
  }
});

test("a closure over a booked appointment of someone without contact details names them to be called", async ({
  page,
}) => {
  const location = await createDeskLocation();
  const day = addDays(berlinDate(new Date()), 3);
  const unreachable = await storeDeskAppointment({
    locationId: location.id,
    startsAt: berlinToUtc(day, "10:00"),
    name: "Karl Ohnepost",
  });
  const [dd, mm, yyyy] = [day.slice(8, 10), day.slice(5, 7), day.slice(0, 4)];
  await signIn(page, "admin@zugang.example", "demo-admin", `/staff/admin/locations/${location.id}`);
  await expect(page.getByRole("heading", { name: "Schließung eintragen" })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Erster Tag").fill(`${dd}.${mm}.${yyyy}`);
  await page.getByLabel("Grund").fill("Umzug");
  await page.getByRole("button", { name: "Schließung eintragen" }).click();
  await expect(page.getByRole("table")).toContainText("keine E-Mail-Adresse und keine Telefonnummer");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Schließen und den Termin absagen" }).click();
  await expect(page.getByRole("heading", { name: "Bitte anrufen oder schreiben (1)" })).toBeVisible();
  await expect(page.getByRole("main").getByRole("listitem")).toContainText(
    `Karl Ohnepost, ${dd}.${mm}.${yyyy}, 10:00 Uhr`,
  );
  await expectAccessible(page);
  expect((await appointmentRow(unreachable.id)).status).toBe("cancelled");
});
