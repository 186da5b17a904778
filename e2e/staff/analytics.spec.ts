// The admin's analytics: a paper file with a bad row refused by line and column (nothing stored),
// the corrected file imported and counted on the dashboard (chart and table, the small-cell rule),
// a table downloaded as CSV, the same file again recognised; other roles get 403.
import { readFile } from "node:fs/promises";
import { createHash, randomBytes } from "node:crypto";
import { expect, expectAccessible, test } from "../fixtures";
import { createStaffUser, query, signIn } from "./helpers";

const HEADER = "type,age,school,training,german,devices,distance,help,item_11_3,item_11_6,item_11_7,item_11_8,item_18";

test("an admin's paper file is refused for a bad row, then imported, counted on the dashboard and downloaded", async ({
  page,
}) => {
  // Three uploads and the dashboard's twenty tables, each page checked by axe.
  test.setTimeout(180_000);
  // A month of its own in the far past, so that the dashboard filtered to it shows this file only.
  const month = `19${String(10 + Math.floor(Math.random() * 80))}-${String(1 + Math.floor(Math.random() * 12)).padStart(2, "0")}`;
  const [year, monthNumber] = month.split("-").map(Number);
  const lastDay = new Date(Date.UTC(year, monthNumber, 0)).toISOString().slice(0, 10);
  await query("DELETE FROM survey_response WHERE answered_month = $1::date", [`${month}-01`]);
  const marker = randomBytes(4).toString("hex");
  const good = Array.from(
    { length: 12 },
    (_, i) => `${["personal", "mixed", "digital"][i % 3]},over-44,abitur,,,smartphone-only,,,${1 + (i % 5)},,,,`,
  );
  const email = await createStaffUser("admin", "admin-passwort-e2e");
  await signIn(page, email, "admin-passwort-e2e", "/staff/analytics/import");
  await expect(page.getByRole("heading", { name: "Papierfragebögen importieren" })).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel("CSV-Datei (UTF-8)").setInputFiles({
    name: `bad-${marker}.csv`,
    mimeType: "text/csv",
    buffer: Buffer.from([HEADER, ...good.slice(0, 3), "personal,over-45,,,,,,,,,,,", ...good.slice(3)].join("\n")),
  });
  await page.getByLabel("Monat der Befragung").fill(month);
  await page.getByRole("button", { name: "Importieren" }).click();
  const refusal = page.getByRole("alert").filter({ hasText: "Die Datei wurde nicht importiert" });
  await expect(refusal).toContainText("nichts davon ist gespeichert");
  await expect(refusal).toContainText("Zeile 5, Spalte age: „over-45“ ist nicht erlaubt");
  await expectAccessible(page);
  expect(
    (
      await query<{ count: number }>(
        "SELECT COUNT(*)::int AS count FROM survey_response WHERE answered_month = $1::date",
        [`${month}-01`],
      )
    )[0].count,
  ).toBe(0);

  const file = {
    name: `good-${marker}.csv`,
    mimeType: "text/csv",
    buffer: Buffer.from([HEADER, ...good, "digital,,,,,,,,,,,,"].join("\n")),
  };
  // The same bytes from an earlier run would be recognised as imported already.
  await query("DELETE FROM survey_import WHERE file_sha256 = $1", [
    createHash("sha256").update(file.buffer).digest("hex"),
  ]);
  await page.getByLabel("CSV-Datei (UTF-8)").setInputFiles(file);
  await page.getByLabel("Monat der Befragung").fill(month);
  await page.getByRole("button", { name: "Importieren" }).click();
  await expect(page.getByRole("status")).toHaveText("13 Fragebögen importiert.");
  await expectAccessible(page);

  await page.getByLabel("CSV-Datei (UTF-8)").setInputFiles(file);
  await page.getByRole("button", { name: "Importieren" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Diese Datei wurde schon importiert" })).toBeVisible();
  await expectAccessible(page);

  await page.goto(`/staff/analytics?from=${month}-01&to=${lastDay}`);
  await expectAccessible(page);
  await expect(page.getByRole("heading", { name: "Befragung: 13 Antworten" })).toBeVisible();
  const types = page.getByRole("table", { name: "Verteilung der drei Typen: Anzahl und Zeilenprozent" });
  // 4 / 4 / 5 answers: the two cells under 5 are shown as "< 5"; the third would follow from the total, so it is hidden as well.
  await expect(types.getByRole("row", { name: /alle Antworten/ })).toHaveText(/alle Antworten\s*13\s*< 5\s*< 5\s*x/);
  await expect(page.locator("svg[role=img]").first()).toBeAttached();

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "„Verteilung der drei Typen“ als CSV-Datei" }).click();
  const text = await readFile((await (await download).path())!, "utf8");
  expect(text).toContain("Typ 3 „mehr digital“;x;x");
  expect(text).toContain("Gesamt;13;100,0");
});

test("other roles get 403 on the analytics pages and files", async ({ page }) => {
  const email = await createStaffUser("caseworker", "fach-passwort-e2e");
  await signIn(page, email, "fach-passwort-e2e", "/staff");
  for (const path of ["/staff/analytics", "/staff/analytics/import", "/staff/analytics/export/types.csv"]) {
    expect((await page.request.get(path, { maxRedirects: 0 })).status(), path).toBe(403);
  }
});
