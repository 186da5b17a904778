// The audit log as an admin reads it: filtered by one person (by an appointment's reference, then
// by the person's name as a link), it shows only that person's rows, each a German sentence with
// the staff member and the person by name, dates as dd.mm.yyyy, the total, and no id or JSON.
import { expect, expectAccessible, test } from "../fixtures";
import { signIn } from "./helpers";
import { createDeskLocation, storeDeskAppointment } from "./front-desk-data";

test.describe.configure({ timeout: 120_000 });

const suffix = () => Array.from({ length: 6 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join("");

test("the audit log filtered by one person shows only that person's rows, named in words", async ({ browser }) => {
  const location = await createDeskLocation();
  const startsAt = new Date(Date.now() + 3 * 24 * 3600_000);
  const [first, second] = [`Ilka Protokoll ${suffix()}`, `Olaf Anders ${suffix()}`];
  const mine = await storeDeskAppointment({ locationId: location.id, startsAt, name: first });
  const other = await storeDeskAppointment({ locationId: location.id, startsAt, name: second });

  // The front desk looks at both appointments: one recorded view each.
  const desk = await browser.newPage();
  await signIn(desk, "empfang@zugang.example", "demo-empfang", `/staff/check-in/${mine.reference}`);
  await expect(desk.getByRole("heading", { name: `Termin ${mine.reference}` })).toBeVisible();
  await expectAccessible(desk);
  await desk.goto(`/staff/check-in/${other.reference}`);
  await expect(desk.getByRole("heading", { name: `Termin ${other.reference}` })).toBeVisible();
  await expectAccessible(desk);
  await desk.close();

  const page = await browser.newPage();
  await signIn(page, "admin@zugang.example", "demo-admin", "/staff/audit");
  await expect(page.getByRole("heading", { name: "Protokoll" })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Person", { exact: true }).fill(mine.reference);
  await page.getByRole("button", { name: "Filtern" }).click();
  const rows = page.locator("tbody tr");
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(`Eva Empfang hat den Termin von ${first} angesehen.`);
  await expect(rows.first()).toContainText(/^\d{2}\.\d{2}\.\d{4}, \d{2}:\d{2}:\d{2}/);
  await expect(page.getByText("1 Eintrag", { exact: true })).toBeVisible();
  await expectAccessible(page);

  // The person's name links to the log filtered by the person: named, not shown as an id.
  await rows.first().getByRole("link", { name: first }).click();
  await expect(page).toHaveURL(/[?&]person=[0-9a-f-]{36}/);
  await expect(page.getByText(`1 Eintrag zu ${first}`)).toBeVisible();
  await expect(rows).toHaveCount(1);
  await expectAccessible(page);
  const table = (await page.locator("main").innerText()) ?? "";
  expect(table).toContain(first);
  expect(table).not.toContain(second);
  expect(table).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/);
  expect(table).not.toMatch(/[{}]|appointment\.viewed|\d{4}-\d{2}-\d{2}/);

  // The staff member's name links to the log filtered by them as well.
  await rows.first().getByRole("link", { name: "Eva Empfang" }).click();
  await expect(page).toHaveURL(/[?&]staff=[0-9a-f-]{36}/);
  await expect(page.locator("tbody tr").first()).toContainText("Eva Empfang");
  await expectAccessible(page);
  await page.close();
});
