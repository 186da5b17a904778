// The journey and information pages are valid HTML (html-validate), checked on the markup the
// server sends.
import { HtmlValidate } from "html-validate";
import { expect, test } from "../fixtures";

const validator = new HtmlValidate({
  extends: ["html-validate:standard"],
  rules: {
    // Next.js adds these to every page; they are not ours to change.
    "no-inline-style": "off",
    "require-sri": "off",
  },
});

const PAGES = ["/", "/en", "/ar/journey/change-report", "/journey/emergency", "/accessibility", "/plain-language", "/sign-language", "/privacy", "/imprint", "/feedback", "/feedback/thanks"];

test("journey and information pages are valid HTML", async ({ request }) => {
  const form = await request.post("/journey/change-report/recommend", { form: { preference: "mixed" }, maxRedirects: 0 });
  expect(form.status()).toBe(303);
  const recommendation = form.headers().location;
  for (const path of [...PAGES, recommendation]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const report = await validator.validateString(await response.text());
    const problems = report.results.flatMap((result) => result.messages.map((message) => `${message.ruleId}: ${message.message}`));
    expect(problems, `HTML problems on ${path}`).toEqual([]);
  }
});
