// One booking request, one gate, through the real pages: answers the details page refused are not
// booked by confirming their draft, a NUL is an error at its field, a draft that no longer fits and
// query values with control characters or impossible days lead to the page's own notice, never a 500.
import { createHash } from "node:crypto";
import pg from "pg";
import type { APIRequestContext } from "@playwright/test";
import { expect, expectAccessible, test } from "../fixtures";
import { e2eDatabaseUrl } from "@/tests/e2e-database";

const GERMAN = { "Accept-Language": "de-DE" };

async function post(request: APIRequestContext, path: string, form: Record<string, string>): Promise<string> {
  const response = await request.post(path, { form, headers: GERMAN, maxRedirects: 0 });
  expect(response.status(), path).toBe(303);
  return response.headers().location;
}

/** The first free in-person time at the Ifflandstraße, two weeks out (the booking journeys take earlier ones). */
async function inPersonTime(request: APIRequestContext) {
  const locations = (await (await request.get("/api/v1/locations")).json()).locations as {
    id: string;
    name: string;
    channels: string[];
  }[];
  const office = locations.find((location) => location.name.includes("Ifflandstraße"))!;
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  const slots = (
    await (
      await request.get(
        `/api/v1/slots?requestType=change-report&channel=in-person&location=${office.id}&from=${day(14)}&to=${day(28)}`,
      )
    ).json()
  ).slots as { start: string }[];
  return { requestType: "change-report", channel: "in_person", locationId: office.id, start: slots[0].start };
}

test("a refused draft is not booked at confirm: back to the details page with the errors", async ({
  page,
  request,
}) => {
  const choice = await inPersonTime(request);
  const refused = await post(request, "/appointments/new/details/save", {
    ...choice,
    name: "",
    email: "not-an-email<script>",
  });
  const draft = new URL(refused, "http://portal.test").searchParams.get("draft") ?? "";
  expect(await post(request, "/appointments/new/check/confirm", { draft })).toBe(
    `/appointments/new/details?draft=${draft}`,
  );
  await page.goto(refused);
  await expectAccessible(page);
  const summary = page.getByRole("alert", { name: "Bitte prüfen Sie Ihre Angaben" });
  await expect(summary).toContainText("Bitte geben Sie Ihren Namen ein.");
  await expect(summary).toContainText("Bitte geben Sie eine E-Mail-Adresse wie name@beispiel.de ein.");
  await expect(page.getByLabel("E-Mail-Adresse")).toHaveValue("not-an-email<script>");
});

test("a NUL in an answer is an error at its field", async ({ page, request }) => {
  const choice = await inPersonTime(request);
  const location = await post(request, "/appointments/new/details/save", {
    ...choice,
    name: "Nul\u0000Byte",
    email: "nul@example.org",
  });
  expect(location).toMatch(/^\/appointments\/new\/details\?draft=/);
  await page.goto(location);
  await expectAccessible(page);
  await expect(page.getByRole("alert", { name: "Bitte prüfen Sie Ihre Angaben" })).toContainText("Steuerzeichen");
  await expect(page.getByLabel("Ihr Name")).toHaveValue("NulByte");
});

test("a draft whose start is garbage reads as expired, on the check page and at confirm", async ({ page, request }) => {
  const choice = await inPersonTime(request);
  const check = await post(request, "/en/appointments/new/details/save", {
    ...choice,
    name: "Erika Muster",
    email: `gate-${Date.now()}@example.org`,
  });
  const draft = new URL(check, "http://portal.test").searchParams.get("draft") ?? "";
  expect(check).toBe(`/en/appointments/new/check?draft=${draft}`);
  const client = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await client.connect();
  try {
    await client.query(
      `UPDATE booking_draft SET data = jsonb_set(data, '{start}', '"garbage"') WHERE token_hash = $1`,
      [createHash("sha256").update(draft).digest("hex")],
    );
  } finally {
    await client.end();
  }
  const response = await page.goto(check);
  expect(response?.status()).toBe(200);
  await expectAccessible(page);
  await expect(page.getByText("Your answers have expired. Please start the booking again.")).toBeVisible();
  expect(await post(request, "/en/appointments/new/check/confirm", { draft })).toBe(
    "/en/appointments/new/check?expired=1",
  );
});

test("query values with a NUL or an impossible day find nothing, never a 500", async ({ page, request }) => {
  const response = await page.goto("/en/appointments/new?requestType=%00");
  expect(response?.status()).toBe(200);
  await expectAccessible(page);
  await expect(page.getByText("We do not know this request.", { exact: false })).toBeVisible();
  const { locationId, start } = await inPersonTime(request);
  for (const path of [
    `/appointments/new/time?requestType=change-report&channel=in-person&location=${"-".repeat(36)}`,
    `/appointments/new/details?requestType=change%00report&channel=in-person&location=${locationId}&start=${encodeURIComponent(start)}`,
    `/appointments/new/details?requestType=change-report&channel=in-person&location=${locationId}&start=2026-02-30T09:00:00%2B01:00`,
    `/appointments/new/check?draft=${"A".repeat(43)}`,
    `/appointments/new/taken?draft=%00`,
  ]) {
    expect((await request.get(path, { headers: GERMAN })).status(), path).toBe(200);
  }
  const slots = await request.get(
    "/api/v1/slots?requestType=change-report&channel=in-person&from=2026-02-30&to=2026-03-02",
  );
  expect(slots.status()).toBe(422);
  expect((await slots.json()).fields).toHaveProperty("from");
});
