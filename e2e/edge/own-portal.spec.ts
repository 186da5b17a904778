// Against a second `next start` with a plain installation's settings: a client talking to the portal
// directly cannot pick the address its limits count under, and pages answer 503 with Retry-After
// while the database is down, and work again once it is back.
import { expect, test } from "../fixtures";
import { startOwnPortal, type OwnPortal } from "./own-portal";

test.describe.configure({ mode: "serial", timeout: 180_000 });

let portal: OwnPortal;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  portal = await startOwnPortal("edge");
});

test.afterAll(async () => {
  await portal?.stop();
});

test("eleven booking attempts with eleven forged X-Forwarded-For addresses meet the limit of ten", async ({
  request,
}) => {
  const statuses: number[] = [];
  for (let attempt = 1; attempt <= 11; attempt++) {
    const response = await request.post(`${portal.baseUrl}/api/v1/appointments`, {
      headers: { "x-forwarded-for": `198.51.100.${attempt}`, "idempotency-key": `forged-${attempt}-${Date.now()}` },
      data: { nothing: true },
    });
    statuses.push(response.status());
    if (attempt === 11) expect(Number(response.headers()["retry-after"])).toBeGreaterThan(0);
  }
  // Ten invalid attempts count against the one shared address; the eleventh is refused.
  expect(statuses).toEqual([...Array(10).fill(422), 429]);
});

test("while the database is down pages answer 503 with Retry-After, and work again once it is back", async ({
  request,
}) => {
  expect((await request.get(`${portal.baseUrl}/en/journey/change-report`)).status()).toBe(200);
  await portal.stopDatabase();
  try {
    // The proxy asks the database at most once a second: within a few seconds every page knows.
    await expect.poll(async () => (await request.get(`${portal.baseUrl}/`)).status(), { timeout: 10_000 }).toBe(503);
    for (const [path, heading] of [
      ["/en/journey/change-report", "Temporarily unavailable"],
      ["/staff/login", "Im Moment nicht erreichbar"],
    ]) {
      const page = await request.get(`${portal.baseUrl}${path}`);
      expect(page.status(), path).toBe(503);
      expect(Number(page.headers()["retry-after"]), path).toBeGreaterThan(0);
      expect(await page.text(), path).toContain(`<h1>${heading}</h1>`);
    }
    // The health check keeps its own answer.
    const health = await request.get(`${portal.baseUrl}/api/health`);
    expect(health.status()).toBe(503);
    expect(await health.json()).toEqual({ status: "unavailable", database: "unreachable" });
  } finally {
    await portal.startDatabase();
  }
  await expect
    .poll(async () => (await request.get(`${portal.baseUrl}/en/journey/change-report`)).status(), { timeout: 15_000 })
    .toBe(200);
});
