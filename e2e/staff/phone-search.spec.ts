// Done when (issue 23, phone numbers one way): a person booked through the API with
// "+49 621 5550101" is found by "0621 5550101" and by "0621/555 01 01" on the front desk's booking
// page and on /staff/people, shown in the national format; "12ab" is refused at its field.
import { expect, expectAccessible, test } from "../fixtures";
import { addDays, berlinDate, berlinToUtc, toBerlinIso } from "@/lib/time";
import { createDeskLocation } from "./front-desk-data";
import { createStaffUser, signIn } from "./helpers";

test.describe.configure({ timeout: 120_000 });

test("booked through the API as +49 621 5550101, found in every spelling on both searches; 12ab refused", async ({
  page,
}) => {
  const location = await createDeskLocation();
  const name = `Telefon Probe ${Date.now().toString(36)}`;
  const booked = await page.request.post("/api/v1/appointments", {
    headers: { "idempotency-key": `phone-${Date.now()}` },
    data: {
      requestType: "change-report",
      channel: "in-person",
      locationId: location.id,
      start: toBerlinIso(berlinToUtc(addDays(berlinDate(new Date()), 2), "10:00")),
      person: { name, phone: "+49 621 5550101" },
    },
  });
  expect(booked.status()).toBe(201);

  const password = "e2e-phone-search-1";
  const email = await createStaffUser("front_desk", password, [location.id]);
  await signIn(page, email, password, `/staff/front-desk/book?location=${location.id}`);
  await expect(page.getByRole("heading", { name: "1. Person suchen" })).toBeVisible();
  await expectAccessible(page);
  for (const typed of ["0621 5550101", "0621/555 01 01"]) {
    await page.getByLabel("Telefon", { exact: true }).fill(typed);
    await page.getByRole("button", { name: "Suchen" }).click();
    const hit = page.locator("tr", { hasText: name });
    await expect(hit).toBeVisible();
    await expect(hit).toContainText("0621 5550101");
    await expectAccessible(page);
  }
  await page.getByLabel("Telefon", { exact: true }).fill("12ab");
  await page.getByRole("button", { name: "Suchen" }).click();
  await expect(page.locator("#search-phone-error")).toContainText("Diese Telefonnummer lässt sich nicht lesen");
  await expect(page.getByLabel("Telefon", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page);

  for (const typed of ["0621 5550101", "0621/555 01 01"]) {
    await page.goto(`/staff/people?${new URLSearchParams({ q: typed })}`);
    const hit = page.locator("tr", { hasText: name });
    await expect(hit).toBeVisible();
    await expect(hit).toContainText("0621 5550101");
    await expectAccessible(page);
  }
});
