// Staff screens that stay current: a queue desk opened on a second app process shows a walk-in's
// number drawn at a kiosk through the first process, and the header's count of waiting walk-ins
// grows, without a reload (lib/live.ts: one LISTEN per process, an event stream per screen).
// Prints how long the number took from the kiosk's answer to the desk's screen.
import { expect, test } from "../fixtures";
import { E2E_API_KEY } from "@/tests/e2e-database";
import { createDeskLocation } from "./front-desk-data";
import { signIn } from "./helpers";
import { startSecondPortal } from "./second-portal";

test("a kiosk ticket drawn through one app process appears on a desk served by another, without reload", async ({
  browser,
  request,
}) => {
  // The desk's location is one of the account's: the header counts and the live changes are the account's locations'.
  const { id: locationId } = await createDeskLocation();
  const portal = await startSecondPortal();
  const context = await browser.newContext({ baseURL: portal.baseUrl, viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    await signIn(page, "empfang@zugang.example", "demo-empfang", "/staff/queue");
    await page.getByLabel("Standort").selectOption(locationId);
    await page.getByLabel("Platz oder Raum").fill(`Live-Platz ${test.info().workerIndex}`);
    await page.getByRole("button", { name: "Hier arbeiten" }).click();
    await expect(page.locator("html[data-live=ready]")).toBeAttached();
    const count = page.locator('[data-count="walk-ins"]');
    const before = Number.parseInt((await count.innerText()).trim(), 10);
    // Reloads would give a new document: mark this one, and check the mark is still there at the end.
    await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));

    const drawn = await request.post("/api/v1/queue/tickets", {
      data: { locationId, requestType: "change-report" },
      headers: { "X-Api-Key": E2E_API_KEY },
    });
    expect(drawn.status()).toBe(201);
    const answeredAt = Date.now();
    const { number } = (await drawn.json()) as { number: string };

    const seenAt = (await (
      await page.waitForFunction(
        (wanted) => (document.querySelector("main")?.innerText.includes(wanted) ? Date.now() : false),
        number,
        {
          polling: "raf",
          timeout: 10_000,
        },
      )
    ).jsonValue()) as number;
    console.info(
      `live: ${number} on the second process's queue desk ${seenAt - answeredAt} ms after the kiosk's answer`,
    );
    await expect(count).toContainText(String(before + 1));
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
    expect(seenAt - answeredAt).toBeLessThan(2_000);
  } finally {
    await context.close();
    await portal.stop();
  }
});
