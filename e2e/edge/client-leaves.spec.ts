// The few client components run under the Content-Security-Policy (the fixture fails a test on any
// violation): the booking's proof of work gets solved, and the device check answers its button.
import type { APIRequestContext } from "@playwright/test";
import { expect, expectAccessible, test } from "../fixtures";

/** A free video slot far ahead, away from the days the booking specs pick from the front. */
async function lateVideoSlot(
  request: APIRequestContext,
  fromEnd: number,
): Promise<{ start: string; locationId: string }> {
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  const { slots } = await (
    await request.get(`/api/v1/slots?requestType=job-counselling&channel=video&from=${day(40)}&to=${day(60)}`)
  ).json();
  expect(slots.length).toBeGreaterThan(fromEnd);
  return slots[slots.length - 1 - fromEnd];
}

test("the proof of work is solved on the check page", async ({ page }) => {
  const slot = await lateVideoSlot(page.request, 0);
  await page.goto(
    `/appointments/new/details?requestType=job-counselling&channel=video&location=${slot.locationId}&start=${encodeURIComponent(slot.start)}`,
  );
  await expectAccessible(page);
  await page.getByLabel("Ihr Name").fill("Erika Muster");
  await page.getByLabel("E-Mail-Adresse").fill(`csp-${Date.now()}@example.org`);
  await page.getByLabel("Ich bin mit dem Videogespräch einverstanden.").check();
  await page.getByRole("button", { name: "Weiter" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Angaben prüfen");
  await expectAccessible(page);
  await expect(page.getByTestId("proof-of-work")).toHaveAttribute("data-solved", "yes", { timeout: 20_000 });
});

test("the device check answers its button", async ({ page }) => {
  const slot = await lateVideoSlot(page.request, 1);
  const booked = await page.request.post("/api/v1/appointments", {
    headers: { "idempotency-key": `csp-device-${Date.now()}` },
    data: {
      requestType: "job-counselling",
      channel: "video",
      locationId: slot.locationId,
      start: slot.start,
      person: { name: "Erika Muster", email: `csp-device-${Date.now()}@example.org` },
      videoConsent: true,
    },
  });
  expect(booked.status()).toBe(201);
  const { manageUrl } = await booked.json();
  await page.goto(`${new URL(manageUrl).pathname}/device-check`);
  await expectAccessible(page);
  await page.getByRole("button", { name: "Test starten" }).click();
  // Without a camera in the test browser the check explains that; with one it says all is well.
  await expect(page.getByRole("status")).not.toBeEmpty();
  await expectAccessible(page);
});
