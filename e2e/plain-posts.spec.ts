// Every citizen form posts to a route handler that answers 303 See Other: good input leads to the
// next page, an empty or garbled form back to a page that loads (never a 500, never a 307 that
// would post again). The pages carrying these forms are valid HTML exactly as sent.
import type { APIRequestContext } from "@playwright/test";
import { expect, test } from "./fixtures";
import { expectValidHtml } from "./valid-html";

const GERMAN = { "Accept-Language": "de-DE" };

/** Posts a form without following the answer; expects a 303 and returns where it points. */
async function post(request: APIRequestContext, path: string, form: Record<string, string> = {}): Promise<string> {
  const response = await request.post(path, { form, headers: GERMAN, maxRedirects: 0 });
  expect(response.status(), path).toBe(303);
  expect(response.headers()["cache-control"], path).toBe("no-store");
  return response.headers().location;
}

test("an empty or garbled post leads back to a page that loads", async ({ request }) => {
  const token = "A".repeat(43);
  const posts: [string, Record<string, string>][] = [
    ["/appointments/new/details/save", {}],
    ["/appointments/new/details/save", { start: "soon", channel: "bus", locationId: "x", name: "Erika" }],
    ["/appointments/new/check/confirm", { draft: "nope" }],
    ["/appointments/new/taken/choose", { start: "soon" }],
    [`/appointments/manage/${token}/reschedule/save`, { start: "soon" }],
    [`/appointments/manage/${token}/cancel/confirm`, {}],
    [`/appointments/manage/${token}/consent`, { consent: "yes" }],
    ["/forms/no-such-form/start", {}],
    ["/forms/callback/start", { requestType: "nope" }],
    ["/forms/draft/nope/period/save", {}],
    ["/forms/draft/nope/documents/remove-file", { fileId: "x" }],
    ["/forms/draft/nope/check/submit", {}],
    ["/questionnaire/start", { type: "nobody" }],
    ["/questionnaire/question/1/answer", { move: "next", answer: "7" }],
    ["/questionnaire/send/confirm", {}],
    ["/questionnaire/stop", {}],
    ["/feedback/rate/send", { rating: "6", comment: "x" }],
  ];
  for (const [path, form] of posts) {
    const location = await post(request, path, form);
    expect((await request.get(location, { headers: GERMAN })).status(), `${path} → ${location}`).toBe(200);
  }
  // A body that is no form at all reads as an empty form.
  const notAForm = await request.post("/appointments/new/check/confirm", {
    data: "{",
    headers: { ...GERMAN, "Content-Type": "application/json" },
    maxRedirects: 0,
  });
  expect(notAForm.status()).toBe(303);
});

// A test of its own: an English page stores English in the language cookie, and with that cookie
// next-intl sends unprefixed (German) paths to their English twins.
test("in another language, the post leads to a page in that language", async ({ request }) => {
  const draft = await post(request, "/en/appointments/new/details/save", { start: "soon" });
  expect(draft).toMatch(/^\/en\/appointments\/new\/details\?draft=/);
  const form = await post(request, "/ar/forms/absence/start", { journey: "not-a-uuid" });
  expect(form).toMatch(/^\/ar\/forms\/draft\/[A-Za-z0-9_-]+\/period$/);
  for (const location of [draft, form]) expect((await request.get(location)).status(), location).toBe(200);
});

test("a video booking through the posts; the pages with forms are valid HTML", async ({ request }) => {
  const locations = await (await request.get("/api/v1/locations")).json();
  const video = locations.locations.find((location: { channels: string[] }) => location.channels[0] === "video");
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  const slots = (
    await (
      await request.get(`/api/v1/slots?requestType=job-counselling&channel=video&from=${day(0)}&to=${day(20)}`)
    ).json()
  ).slots as { start: string }[];
  // The last free time of the window: the booking journeys take earlier ones.
  const start = slots[slots.length - 1].start;
  const details = {
    requestType: "job-counselling",
    channel: "video",
    locationId: video.id,
    start,
    name: "Erika Muster",
    email: `posts-${Date.now()}@example.org`,
    videoConsent: "yes",
  };

  const withError = await post(request, "/appointments/new/details/save", { ...details, name: "" });
  expect(withError).toMatch(/^\/appointments\/new\/details\?draft=[A-Za-z0-9_-]{43}$/);
  await expectValidHtml(request, withError);
  const draft = new URL(withError, "http://portal.test").searchParams.get("draft") ?? "";
  const check = await post(request, "/appointments/new/details/save", { ...details, draft });
  expect(check).toBe(`/appointments/new/check?draft=${draft}`);
  expect(await expectValidHtml(request, check)).toBe("Angaben prüfen – Jobcenter Zugang");

  const booked = await post(request, "/appointments/new/check/confirm", { draft });
  const token = /^\/appointments\/manage\/([A-Za-z0-9_-]{43})\?booked=1$/.exec(booked)?.[1] ?? "";
  expect(token, booked).not.toBe("");
  await expectValidHtml(request, booked);
  expect(await post(request, `/appointments/manage/${token}/consent`, { consent: "no" })).toBe(
    `/appointments/manage/${token}`,
  );
  await expectValidHtml(request, `/appointments/manage/${token}`);
  await expectValidHtml(request, `/appointments/manage/${token}/reschedule?day=${slots[0].start.slice(0, 10)}`);
  await expectValidHtml(request, `/appointments/manage/${token}/cancel`);
  expect(await post(request, `/appointments/manage/${token}/cancel/confirm`)).toBe(
    `/appointments/manage/${token}?done=cancelled`,
  );

  await expectValidHtml(request, "/forms/absence");
  // A refused rating comes back on a page of its own, with its comment.
  await expectValidHtml(request, await post(request, "/feedback/rate/send", { rating: "0", comment: "Gut" }));
  await expectValidHtml(request, "/en/forms/callback?requestType=change-report");
});
