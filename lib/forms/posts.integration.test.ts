// The form pages' plain posts against a real database: each returns the page to go to next, a form
// goes from "Start" to filed once, and an empty or garbled post leads to a page, never an error.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { berlinDate } from "@/lib/time";
import { findDraft } from "./drafts";
import { removeFile, savePage, startForm, submitForm } from "./posts";
import { setUpFormsTest, type FormsTestEnvironment } from "./test-setup";

let env: FormsTestEnvironment;
const today = berlinDate(new Date());

beforeAll(async () => {
  env = await setUpFormsTest("formsposts");
});
afterAll(async () => env?.close());

function form(fields: Record<string, string> = {}): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

const tokenOf = (url: string) => /\/forms\/draft\/([A-Za-z0-9_-]+)\//.exec(url)?.[1] ?? "";

describe("the form posts", () => {
  it("start, each page, submit: the next page every time, and filed once", async () => {
    const first = await startForm(form(), { locale: "en", formKey: "absence" });
    expect(first).toMatch(/^\/en\/forms\/draft\/[A-Za-z0-9_-]+\/period$/);
    const token = tokenOf(first);
    const where = (step: string) => ({ locale: "en", token, step });

    // Nothing filled in: the same page again, with the errors kept for it.
    expect(await savePage(form(), where("period"))).toBe(`/en/forms/draft/${token}/period`);
    const lookup = await findDraft(token);
    expect(lookup.kind === "draft" && lookup.draft.state.flash?.errors).toHaveProperty("awayFrom");

    expect(await savePage(form({ awayFrom: today, awayUntil: today }), where("period"))).toBe(
      `/en/forms/draft/${token}/destination`,
    );
    expect(await savePage(form({ destination: "Izmir" }), where("destination"))).toBe(
      `/en/forms/draft/${token}/contact`,
    );
    expect(
      await savePage(
        form({ fullName: "Ayşe Yılmaz", dateOfBirth: "1985-03-02", phone: "0621 123456" }),
        where("contact"),
      ),
    ).toBe(`/en/forms/draft/${token}/check`);

    const key = "4c8f0a44-2f43-4b9e-9a53-5a3f4c1d9e01";
    expect(await submitForm(form({ idempotencyKey: key }), { locale: "en", token })).toBe(
      `/en/forms/status/${token}?filed=1`,
    );
    // A second tap: the private link, which now leads to the status of the one submission.
    expect(await submitForm(form({ idempotencyKey: key }), { locale: "en", token })).toBe(`/en/forms/draft/${token}`);
    expect(await env.database.prisma.formSubmission.count({ where: { idempotencyKey: `web:${key}` } })).toBe(1);
  });

  it("a step that does not apply, or a file that is not there, leads back into the form", async () => {
    const token = tokenOf(await startForm(form(), { locale: "de", formKey: "absence" }));
    expect(await savePage(form({ destination: "Izmir" }), { locale: "de", token, step: "no-such-page" })).toBe(
      `/forms/draft/${token}/period`,
    );
    expect(await removeFile(form({ fileId: "not-a-file" }), { locale: "de", token, step: "documents" })).toBe(
      `/forms/draft/${token}/documents`,
    );
    // Submitted before every page is done: the first open page.
    expect(await submitForm(form(), { locale: "de", token })).toBe(`/forms/draft/${token}/period`);
  });

  it("control characters in an answer: the page again with the error, and the answer kept to correct", async () => {
    const token = tokenOf(await startForm(form(), { locale: "de", formKey: "absence" }));
    const where = (step: string) => ({ locale: "de", token, step });
    expect(await savePage(form({ awayFrom: today, awayUntil: today }), where("period"))).toBe(
      `/forms/draft/${token}/destination`,
    );
    expect(
      await savePage(form({ destination: "Iz\u0000mir", reachableAt: "Hotel\nZimmer\u00017" }), where("destination")),
    ).toBe(`/forms/draft/${token}/destination`);
    const lookup = await findDraft(token);
    if (lookup.kind !== "draft") throw new Error("the draft is gone");
    expect(lookup.draft.state.flash).toMatchObject({
      page: "destination",
      values: { destination: "Iz\uFFFDmir", reachableAt: "Hotel\nZimmer\uFFFD7" },
      errors: { destination: ["invalidCharacters"], reachableAt: ["invalidCharacters"] },
    });
    expect(lookup.draft.state.values).not.toHaveProperty("destination");
    // Line breaks are fine in a multi-line answer.
    expect(await savePage(form({ destination: "Izmir", reachableAt: "Hotel\r\nZimmer 7" }), where("destination"))).toBe(
      `/forms/draft/${token}/contact`,
    );
  });

  it("a callback for a garbled request type leads back to its start page", async () => {
    expect(await startForm(form({ requestType: "change-report\u0000" }), { locale: "de", formKey: "callback" })).toBe(
      "/forms/callback",
    );
  });

  it("an empty or garbled post leads to a page", async () => {
    expect(await startForm(form(), { locale: "en", formKey: "no-such-form" })).toBe("/en");
    expect(await startForm(form({ requestType: "no-such-type" }), { locale: "en", formKey: "callback" })).toBe(
      "/en/forms/callback?requestType=no-such-type",
    );
    const garbled = { locale: "de", token: "not a token", step: "period" };
    expect(await savePage(form(), garbled)).toBe("/forms/draft/not a token");
    expect(await removeFile(form(), garbled)).toBe("/forms/draft/not a token");
    expect(await submitForm(form({ idempotencyKey: "not-a-uuid" }), garbled)).toBe("/forms/draft/not a token");
  });
});
