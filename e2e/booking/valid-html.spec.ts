// The booking pages are valid HTML (html-validate's standard rules), checked on the markup the
// server sends.
import { expect, expectAccessible, test } from "../fixtures";
import { expectValidHtml } from "../valid-html";

test("booking pages are valid HTML, each titled with its step", async ({ request }) => {
  expect(await expectValidHtml(request, "/appointments/new?requestType=change-report")).toBe(
    "Wie möchten Sie sprechen? – Jobcenter Zugang",
  );
  expect(await expectValidHtml(request, "/appointments/new?requestType=change-report&channel=in-person")).toBe(
    "Standort wählen – Jobcenter Zugang",
  );
  const locations = await (await request.get("/api/v1/locations")).json();
  const video = locations.locations.find((location: { channels: string[] }) => location.channels[0] === "video");
  expect(
    await expectValidHtml(
      request,
      `/appointments/new/time?requestType=job-counselling&channel=video&location=${video.id}`,
    ),
  ).toBe("Uhrzeit wählen – Jobcenter Zugang");
  const slots = await (
    await request.get(
      `/api/v1/slots?requestType=job-counselling&channel=video&from=${new Date().toISOString().slice(0, 10)}&to=${new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10)}`,
    )
  ).json();
  const start = slots.slots[0].start as string;
  await expectValidHtml(
    request,
    `/appointments/new/time?requestType=job-counselling&channel=video&location=${video.id}&day=${start.slice(0, 10)}`,
  );
  expect(
    await expectValidHtml(
      request,
      `/appointments/new/details?requestType=job-counselling&channel=video&location=${video.id}&start=${encodeURIComponent(start)}`,
    ),
  ).toBe("Ihre Angaben – Jobcenter Zugang");
  await expectValidHtml(request, "/ar/appointments/new?requestType=change-report&channel=in-person");
});

test("the API contract: 404 without the token, 422 without Idempotency-Key", async ({ request }) => {
  expect((await request.get("/api/v1/appointments/00000000-0000-4000-8000-000000000000")).status()).toBe(404);
  const response = await request.post("/api/v1/appointments", { data: {} });
  expect(response.status()).toBe(422);
  expect((await response.json()).fields).toHaveProperty("Idempotency-Key");
});

test("no horizontal scrolling at 320 px on the booking pages", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  const locations = await (await page.request.get("/api/v1/locations")).json();
  const office = locations.locations.find((location: { channels: string[] }) => location.channels[0] === "in-person");
  const day = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
  for (const path of [
    "/appointments/new?requestType=change-report&channel=in-person",
    `/appointments/new/time?requestType=change-report&channel=in-person&location=${office.id}&day=${day}`,
    "/ar/appointments/new?requestType=change-report&channel=in-person",
  ]) {
    await page.goto(path);
    await expectAccessible(page);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});
