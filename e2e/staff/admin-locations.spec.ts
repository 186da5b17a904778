// An admin closes a location for a day on its settings page; at once that day has no time on the
// citizens' booking page and none in GET /api/v1/slots, while the day before keeps its times. The
// location is the spec's own (e2e/staff/front-desk-data.ts), so no other spec loses a day.
import { addDays, berlinDate } from "@/lib/time";
import { expect, expectAccessible, test } from "../fixtures";
import { createDeskLocation } from "./front-desk-data";
import { auditActions, createStaffUser, signIn } from "./helpers";

test("an admin adds a closure day; its slots disappear from the citizens' booking page and the API at once", async ({
  page,
  request,
}) => {
  const location = await createDeskLocation();
  const day = addDays(berlinDate(new Date()), 5);
  const dayBefore = addDays(day, -1);
  const apiTimes = async (which: string) => {
    const response = await request.get(
      `/api/v1/slots?requestType=change-report&channel=in-person&location=${location.id}&from=${which}&to=${which}`,
    );
    expect(response.status()).toBe(200);
    return ((await response.json()) as { slots: unknown[] }).slots.length;
  };
  const pageTimes = async (which: string) => {
    const response = await request.get(
      `/appointments/new/time?requestType=change-report&channel=in-person&location=${location.id}&day=${which}`,
    );
    expect(response.status()).toBe(200);
    return (await response.text()).match(/<button[^>]*name="start"/g)?.length ?? 0;
  };
  expect(await apiTimes(day)).toBeGreaterThan(0);
  expect(await pageTimes(day)).toBeGreaterThan(0);

  const email = await createStaffUser("admin", "admin-passwort-e2e");
  await signIn(page, email, "admin-passwort-e2e", "/staff/admin/locations");
  await expect(page.getByRole("heading", { name: "Standorte" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: location.name }).click();
  await expect(page.getByRole("heading", { name: location.name })).toBeVisible();
  await expectAccessible(page);

  const german = `${day.slice(8, 10)}.${day.slice(5, 7)}.${day.slice(0, 4)}`;
  // Without a reason: refused by field, the day typed stays.
  await page.getByLabel("Erster Tag").fill(german);
  await page.getByRole("button", { name: "Schließung eintragen" }).click();
  await expect(page.getByRole("alert", { name: "Die Schließung ist noch nicht eingetragen" })).toContainText(
    "Bitte geben Sie einen Grund an.",
  );
  await expect(page.getByLabel("Erster Tag")).toHaveValue(german);
  await expectAccessible(page);
  await page.getByLabel("Grund", { exact: true }).fill("Betriebsversammlung");
  await page.getByRole("button", { name: "Schließung eintragen" }).click();
  await expect(page.getByRole("status")).toContainText("Die Schließung ist eingetragen");
  await expect(page.getByRole("listitem").filter({ hasText: "Betriebsversammlung" })).toBeVisible();
  await expectAccessible(page);

  // At once: the day has no time for citizens, on the page or in the API; the day before keeps its times.
  expect(await apiTimes(day)).toBe(0);
  expect(await pageTimes(day)).toBe(0);
  expect(await apiTimes(dayBefore)).toBeGreaterThan(0);
  expect(await auditActions(location.id)).toContain("location.closure-added");
});
