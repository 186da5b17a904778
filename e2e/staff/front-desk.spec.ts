// The front desk's day at a location and check-in, as the front desk uses them: the day's list with
// its counts, a check-in from the row by keyboard, a no-show, a cancel and a move (each a plain post
// through the staff door, telling the person through the outbox), the CSV file, and the check-in
// page fed as a hand scanner feeds it. Admins are refused.
import { readFile } from "node:fs/promises";
import { addDays, berlinDate, berlinToUtc } from "@/lib/time";
import { expect, expectAccessible, test } from "../fixtures";
import { auditActions, signIn } from "./helpers";
import { appointmentRow, createDeskLocation, outboxKindsOf, storeDeskAppointment, timesToday } from "./front-desk-data";

const FRONT_DESK = ["empfang@zugang.example", "demo-empfang"] as const;

// Several pages each, with an accessibility check on every one: room for a busy machine.
test.describe.configure({ timeout: 120_000 });
const dayView = (location: string, day: string) => `/staff/front-desk?location=${location}&day=${day}`;

test("the day: counts, check-in from the row by keyboard, and a no-show once the grace time has passed", async ({
  page,
}) => {
  const location = await createDeskLocation();
  // An hour ago and fifty minutes ago: both past the grace time (15 minutes), today (moved within
  // today when the spec runs just after midnight).
  const [startsAt, cancelledAt, waitingAt] = await timesToday([-60, -55, -50], { pastBy: 16 });
  const day = berlinDate(startsAt);
  const late = await storeDeskAppointment({
    locationId: location.id,
    startsAt,
    name: "Lena Spät",
    email: "lena@example.org",
    interpreterLanguage: "tr",
    accessibilityNeeds: "Rollstuhl",
  });
  const waiting = await storeDeskAppointment({
    locationId: location.id,
    startsAt: waitingAt,
    name: "Paul Wartend",
    bookedByStaff: FRONT_DESK[0],
  });
  await storeDeskAppointment({
    locationId: location.id,
    startsAt: cancelledAt,
    name: "Clara Abgesagt",
    status: "cancelled",
  });

  await signIn(page, ...FRONT_DESK, dayView(location.id, day));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Tagesübersicht: ${location.name}`);
  await expect(page.getByRole("heading", { name: "3 Termine" })).toBeVisible();
  const counts = page.getByRole("list", { name: "Termine nach Status" });
  await expect(counts).toContainText("gebucht: 2");
  await expect(counts).toContainText("storniert: 1");
  const lateRow = page.getByRole("row", { name: /Lena Spät/ });
  await expect(lateRow).toContainText("Türkisch");
  await expect(lateRow).toContainText("Rollstuhl");
  await expect(lateRow).toContainText("selbst");
  await expect(page.getByRole("row", { name: /Paul Wartend/ })).toContainText("am Schalter von Eva Empfang");
  await expect(page.getByText("Tastatur", { exact: true })).toBeVisible();
  await expectAccessible(page);

  // Keyboard: from the first row's "Einchecken", ↓ reaches the next row's, and E checks that person in.
  await page.getByRole("button", { name: /^Einchecken: Lena Spät/ }).focus();
  await page.keyboard.press("ArrowDown");
  await expect(page.getByRole("button", { name: /^Einchecken: Paul Wartend/ })).toBeFocused();
  await page.keyboard.press("e");
  await expect(page.getByRole("status").filter({ hasText: "eingecheckt" })).toHaveText(
    `Paul Wartend (${waiting.reference}): eingecheckt.`,
  );
  await expect(page.getByRole("row", { name: /Paul Wartend/ })).toContainText("eingecheckt");
  await expectAccessible(page);
  expect((await appointmentRow(waiting.id)).status).toBe("checked_in");

  await page.getByRole("button", { name: /^Nicht erschienen: Lena Spät/ }).click();
  await expect(page.getByRole("status").filter({ hasText: "nicht erschienen" })).toContainText(
    `Lena Spät (${late.reference}): als „nicht erschienen“ markiert.`,
  );
  await expect(counts).toContainText("eingecheckt: 1");
  await expect(counts).toContainText("nicht erschienen: 1");
  await expect(counts).toContainText("gebucht: 0");
  await expectAccessible(page);
  expect(await auditActions(late.id)).toEqual(["appointment.marked-no-show"]);

  // The print view: the list alone, without the controls.
  await page.getByRole("link", { name: "Drucken" }).click();
  await expect(page.getByRole("button", { name: /Einchecken/ })).toHaveCount(0);
  await expect(page.getByRole("row", { name: /Lena Spät/ })).toContainText("nicht erschienen");
  await expectAccessible(page);
});

test("cancel and move for the person: the outbox tells them, the move can take the front desk's place", async ({
  page,
}) => {
  const location = await createDeskLocation();
  const day = addDays(berlinDate(new Date()), 1);
  const tomorrow = (time: string) => berlinToUtc(day, time);
  const toCancel = await storeDeskAppointment({
    locationId: location.id,
    startsAt: tomorrow("10:00"),
    name: "Omar Storno",
    email: "omar@example.org",
  });
  const toMove = await storeDeskAppointment({
    locationId: location.id,
    startsAt: tomorrow("10:30"),
    name: "Mira Umbuch",
    email: "mira@example.org",
  });

  await signIn(page, ...FRONT_DESK, dayView(location.id, day));
  await expect(page.getByRole("heading", { name: "2 Termine" })).toBeVisible();
  await expectAccessible(page);

  // Cancelling asks first (a page of its own, the safe answer focused), then posts.
  await page.getByRole("link", { name: /^Stornieren: Omar Storno/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Stornieren: Omar Storno");
  await expect(page.getByText("Die Person bekommt die Absage per E-Mail oder SMS.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Nein, zurück zur Tagesübersicht" })).toBeFocused();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Ja, stornieren" }).click();
  await expect(page.getByRole("status").filter({ hasText: "storniert" })).toHaveText(
    `Omar Storno (${toCancel.reference}): storniert. Die Person bekommt die Absage per E-Mail oder SMS.`,
  );
  await expect(page.getByRole("row", { name: /Omar Storno/ })).toContainText("storniert");
  await expectAccessible(page);
  expect((await appointmentRow(toCancel.id)).status).toBe("cancelled");
  expect(await outboxKindsOf(toCancel.id)).toEqual(["cancellation"]);
  // The question page shows the person's appointment (a recorded view), then the cancel itself.
  // Viewed (once, or again when a live update re-read the open page), then cancelled, once.
  const cancelActions = await auditActions(toCancel.id);
  expect(cancelActions.at(-1)).toBe("appointment.cancelled");
  expect(cancelActions.filter((action) => action === "appointment.cancelled")).toHaveLength(1);
  expect(new Set(cancelActions.slice(0, -1))).toEqual(new Set(["appointment.viewed"]));

  await page.getByRole("link", { name: /^Umbuchen: Mira Umbuch/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Umbuchen: Mira Umbuch");
  await expectAccessible(page);
  await page.getByLabel("Freie Zeiten ab").fill(day);
  await page.getByRole("button", { name: "Zeiten zeigen" }).click();
  await expectAccessible(page);
  // 10:00 tomorrow has two places, one for citizens: the cancelled appointment's is held for a
  // while, so only the front desk's own place is free.
  const tomorrowsTimes = page.getByRole("list", {
    name: new Intl.DateTimeFormat("de-DE", {
      weekday: "long",
      day: "numeric",
      month: "long",
      year: "numeric",
      timeZone: "UTC",
    }).format(new Date(`${day}T12:00:00Z`)),
  });
  const choice = tomorrowsTimes.getByRole("radio", { name: "10:00 Uhr (Platz der Eingangszone)" });
  await expect(tomorrowsTimes.getByRole("radio", { name: "09:30 Uhr" })).toBeVisible();
  await choice.check();
  await page.getByRole("button", { name: "Auf diese Zeit umbuchen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "umgebucht" })).toContainText(
    `Mira Umbuch (${toMove.reference}): umgebucht auf`,
  );
  await expectAccessible(page);
  expect((await appointmentRow(toMove.id)).starts_at.getTime()).toBe(tomorrow("10:00").getTime());
  // The change (and a reminder, unless the new time is less than a day away).
  expect((await outboxKindsOf(toMove.id))[0]).toBe("change");
  expect((await auditActions(toMove.id)).at(-1)).toBe("appointment.rebooked");
});

test("the CSV file: a download with a byte order mark, semicolons, umlauts and no formula", async ({ page }) => {
  const location = await createDeskLocation();
  const day = addDays(berlinDate(new Date()), 2);
  await storeDeskAppointment({
    locationId: location.id,
    startsAt: new Date(`${day}T08:00:00Z`),
    name: "Jürgen Weiß",
    accessibilityNeeds: "Aufzug; bitte langsam",
  });
  await storeDeskAppointment({
    locationId: location.id,
    startsAt: new Date(`${day}T09:00:00Z`),
    name: '=HYPERLINK("http://evil.example")',
  });

  await signIn(page, ...FRONT_DESK, dayView(location.id, day));
  await expect(page.getByRole("heading", { name: "2 Termine" })).toBeVisible();
  await expectAccessible(page);
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Als CSV-Datei herunterladen" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`termine-Zz-Teststelle-${location.name.slice(-6)}-${day}.csv`);
  const bytes = await readFile((await file.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.toString("utf8").slice(1).split("\r\n");
  expect(lines[0]).toBe(
    "Uhrzeit;Vorgangsnummer;Name;Kundennummer;Anliegen;Dolmetschen;Barrierefreiheit;Status;Gebucht",
  );
  expect(lines[1]).toMatch(
    /^\d{2}:\d{2};[A-Z2-9]{4}-[A-Z2-9]{4};Jürgen Weiß;;[^;]+;;"Aufzug; bitte langsam";gebucht;selbst$/,
  );
  expect(lines[2]).toContain(`;"'=HYPERLINK(""http://evil.example"")";`);

  // Another site cannot make the browser fetch it; a bad day gets a German answer.
  const crossSite = await page.request.get(`/staff/front-desk/export?location=${location.id}&day=${day}`, {
    headers: { "Sec-Fetch-Site": "cross-site" },
  });
  expect(crossSite.status()).toBe(403);
  const badDay = await page.request.get(`/staff/front-desk/export?location=${location.id}&day=2026-02-30`);
  expect(badDay.status()).toBe(400);
  expect(await badDay.text()).toContain("Tag als JJJJ-MM-TT");
});

test("the check-in page takes what a hand scanner types from the QR code, or a reference typed by hand", async ({
  page,
  baseURL,
}) => {
  const location = await createDeskLocation();
  // Later today (the check-in would ask first for another day).
  const [scanAt, typeAt] = await timesToday([30, 40]);
  const scanned = await storeDeskAppointment({ locationId: location.id, startsAt: scanAt, name: "Sami Scan" });
  const typed = await storeDeskAppointment({ locationId: location.id, startsAt: typeAt, name: "Tina Tipp" });

  await signIn(page, ...FRONT_DESK, `/staff/front-desk/check-in?location=${location.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Einchecken: ${location.name}`);
  const field = page.getByLabel("QR-Code oder Vorgangsnummer");
  await expect(field).toBeFocused();
  await expectAccessible(page);
  // A scanner types the QR code's address, then Enter.
  await page.keyboard.type(`${baseURL}/staff/check-in/${scanned.reference}`);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Eingecheckt: Sami Scan" })).toBeVisible();
  await expect(page.getByRole("status", { name: "Eingecheckt: Sami Scan" })).toContainText("Anliegen");
  await expect(field).toBeFocused();
  await expectAccessible(page);

  await field.fill(` ${typed.reference.replace("-", " ").toLowerCase()} `);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Eingecheckt: Tina Tipp" })).toBeVisible();
  await expectAccessible(page);
  await field.fill(typed.reference);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "War schon eingecheckt: Tina Tipp" })).toBeVisible();
  await expectAccessible(page);
  await field.fill("ABCD-EFGH");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("alert").filter({ hasText: "ABCD" })).toContainText(
    "Zu „ABCD-EFGH“ gibt es keinen Termin.",
  );
  await expectAccessible(page);
  expect((await appointmentRow(scanned.id)).status).toBe("checked_in");
  // The camera is offered where JavaScript runs.
  await expect(page.getByRole("button", { name: "Mit der Kamera scannen" })).toBeVisible();
});

test("admins configure the portal and do not handle people's appointments: 403", async ({ page }) => {
  await signIn(page, "admin@zugang.example", "demo-admin", "/staff");
  await expect(page.getByRole("heading", { name: "Guten Tag, Anna Admin" })).toBeVisible();
  await expect(page.getByRole("link", { name: /Tagesübersicht/ })).toHaveCount(0);
  await expectAccessible(page);
  for (const path of ["/staff/front-desk", "/staff/front-desk/check-in"]) {
    const answer = await page.goto(path);
    expect(answer?.status(), path).toBe(403);
    await expect(page.getByRole("heading", { name: "Kein Zugriff" })).toBeVisible();
    await expectAccessible(page);
  }
});
