// The journey and information pages are valid HTML (html-validate), checked on the markup the
// server sends.
import { expect, test } from "../fixtures";
import { expectValidHtml } from "../valid-html";

const PAGES = [
  "/",
  "/en",
  "/ar/journey/change-report",
  "/journey/emergency",
  "/accessibility",
  "/plain-language",
  "/sign-language",
  "/privacy",
  "/imprint",
  "/feedback",
  "/feedback/thanks",
];

test("journey and information pages are valid HTML", async ({ request }) => {
  const form = await request.post("/journey/change-report/recommend", {
    form: { preference: "mixed" },
    maxRedirects: 0,
  });
  expect(form.status()).toBe(303);
  const recommendation = form.headers().location;
  for (const path of [...PAGES, recommendation]) {
    await expectValidHtml(request, path);
  }
});
