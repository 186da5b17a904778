// The waiting room end to end: two walk-ins draw numbers at a kiosk (the JSON API with a trusted
// key), the front desk previews and calls the next at its desk, and the call display in a second
// browser, served by a second app process on the same database, shows the number. Prints how long
// the number took from the call to the screen.
import { expect, expectAccessible, test } from "../fixtures";
import { E2E_API_KEY } from "@/tests/e2e-database";
import { createDeskLocation } from "./front-desk-data";
import { query, signIn } from "./helpers";
import { startSecondPortal } from "./second-portal";

test("kiosk tickets, a desk's call, and the call display on another app process", async ({
  page,
  browser,
  request,
}) => {
  // A location of this test's own: other specs check people in at the shared ones, and a checked-in
  // appointment joins the queue ahead of the walk-ins.
  const { id } = await createDeskLocation();
  const [location] = await query<{ id: string; display_token: string }>(
    "SELECT location_id::text AS id, display_token FROM queue_location WHERE location_id = $1::uuid",
    [id],
  );
  const draw = () =>
    request.post("/api/v1/queue/tickets", {
      data: { locationId: location.id, requestType: "change-report" },
      headers: { "X-Api-Key": E2E_API_KEY },
    });
  const first = await draw();
  expect(first.status()).toBe(201);
  const a = (await first.json()) as {
    number: string;
    position: number;
    estimatedWaitMinutes: number;
    ticketUrl: string;
  };
  const second = await draw();
  const b = (await second.json()) as { number: string; position: number };
  expect(b.position).toBe(a.position + 1);
  expect((await request.post("/api/v1/queue/tickets", { data: { locationId: location.id } })).status()).toBe(401);

  const portal = await startSecondPortal();
  const screenContext = await browser.newContext({ baseURL: portal.baseUrl, viewport: { width: 1920, height: 1080 } });
  try {
    const screen = await screenContext.newPage();
    await screen.goto(`/display/${location.display_token}`);
    await expect(screen.locator("main[data-connected=yes]")).toBeVisible();
    await expectAccessible(screen);

    const desk = `E2E-Platz ${test.info().workerIndex}`;
    await signIn(page, "empfang@zugang.example", "demo-empfang", "/staff/queue");
    await expect(page.getByRole("heading", { name: "Warteschlange: Platz wählen" })).toBeVisible();
    await expectAccessible(page);
    await page.getByLabel("Standort").selectOption(location.id);
    await page.getByLabel("Platz oder Raum").fill(desk);
    await page.getByRole("button", { name: "Hier arbeiten" }).click();
    // The preview names who "call next" takes; the button has the focus, so Enter calls.
    const call = page.getByRole("button", { name: `${a.number} aufrufen` });
    await expect(call).toBeFocused();
    await expectAccessible(page);

    const seen = screen.waitForFunction(
      (number) =>
        document.querySelector("[data-testid=newest-call]")?.textContent?.includes(number) ? Date.now() : false,
      a.number,
      { polling: "raf", timeout: 10_000 },
    );
    const pressed = Date.now();
    await page.keyboard.press("Enter");
    const onScreen = (await (await seen).jsonValue()) as number;
    const [recorded] = await query<{ called_at: Date }>(
      "SELECT called_at FROM queue_call WHERE location_id = $1 AND number = $2 ORDER BY called_at DESC LIMIT 1",
      [location.id, a.number],
    );
    console.info(
      `call display: ${a.number} on the second process's screen ${onScreen - pressed} ms after Enter at the desk, ${onScreen - recorded.called_at.getTime()} ms after the call was recorded`,
    );
    expect(onScreen - recorded.called_at.getTime()).toBeLessThan(5_000);

    await expect(page.getByRole("status")).toContainText(`${a.number} ist aufgerufen.`);
    await expect(page.getByRole("heading", { name: a.number, level: 3 })).toBeVisible();
    await expect(screen.getByTestId("newest-call")).toContainText(desk);
    await expect(screen.getByTestId("waiting")).toHaveText(String(await waitingCount(location.id)));
  } finally {
    await screenContext.close();
    await portal.stop();
  }
});

async function waitingCount(locationId: string): Promise<number> {
  const [row] = await query<{ count: number }>(
    "SELECT count(*)::int AS count FROM queue_ticket WHERE location_id = $1 AND status = 'waiting' AND ready_at <= now()",
    [locationId],
  );
  return row.count;
}
