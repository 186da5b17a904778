// The desk in one key: Enter on "Fertig, nächste Person" finishes the person at the desk as done and
// calls the next. The queue page gives the call display's link (and its QR code); the display keeps
// its sound setting on the device after a reload.
import { expect, expectAccessible, test } from "../fixtures";
import { E2E_API_KEY } from "@/tests/e2e-database";
import { createDeskLocation } from "./front-desk-data";
import { query, signIn } from "./helpers";

test("one key finishes the person at the desk and calls the next; the display remembers its sound", async ({
  page,
  browser,
  request,
}) => {
  const { id: locationId } = await createDeskLocation();
  const draw = async () => {
    const answer = await request.post("/api/v1/queue/tickets", {
      data: { locationId, requestType: "change-report" },
      headers: { "X-Api-Key": E2E_API_KEY },
    });
    expect(answer.status()).toBe(201);
    return ((await answer.json()) as { number: string }).number;
  };
  const first = await draw();
  const second = await draw();

  await signIn(page, "empfang@zugang.example", "demo-empfang", "/staff/queue");
  await expect(page.getByRole("heading", { name: "Warteschlange: Platz wählen" })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Standort").selectOption(locationId);
  await page.getByLabel("Platz oder Raum").fill(`Ein-Tasten-Platz ${test.info().workerIndex}`);
  await page.getByRole("button", { name: "Hier arbeiten" }).click();
  await expect(page.getByRole("button", { name: `${first} aufrufen` })).toBeFocused();
  await expectAccessible(page);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: first, level: 3 })).toBeVisible();
  await expectAccessible(page);

  // One key: the first person finished as done, the next one called to this desk.
  await expect(page.getByRole("button", { name: "Fertig, nächste Person" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: second, level: 3 })).toBeVisible();
  const tickets = await query<{ number: string; status: string; outcome: string | null }>(
    "SELECT number, status::text, outcome FROM queue_ticket WHERE location_id = $1::uuid ORDER BY number",
    [locationId],
  );
  expect(tickets).toEqual([
    { number: first, status: "finished", outcome: "done" },
    { number: second, status: "called", outcome: null },
  ]);
  await expectAccessible(page);

  // The call display's link and QR code, on the queue page.
  const link = page.getByTestId("display-link");
  const [{ display_token: token }] = await query<{ display_token: string }>(
    "SELECT display_token FROM queue_location WHERE location_id = $1::uuid",
    [locationId],
  );
  await expect(link).toHaveAttribute("href", new RegExp(`/display/${token}$`));
  await expect(page.getByRole("img", { name: "QR-Code der Aufrufanzeige dieses Standorts" })).toBeVisible();

  const screenContext = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  try {
    const screen = await screenContext.newPage();
    await screen.goto(`/display/${token}`);
    await expect(screen.getByTestId("sound-state")).toHaveText("Ton ist aus.");
    await screen.getByRole("button", { name: "Gong", exact: true }).click();
    await expect(screen.getByTestId("sound-state")).toHaveText("Gong ist eingeschaltet.");
    await screen.reload();
    await expect(screen.getByTestId("sound-state")).toHaveText("Gong ist eingeschaltet.");
    await expect(screen.getByRole("button", { name: "Gong", exact: true })).toHaveAttribute("aria-pressed", "true");
  } finally {
    await screenContext.close();
  }
});
