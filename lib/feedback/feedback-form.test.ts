import { describe, expect, it } from "vitest";
import { MESSAGE_MAX, pageFromLink, parseFeedbackForm, readFeedbackForm } from "./feedback-form";

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return readFeedbackForm(data);
};

describe("feedback form", () => {
  it("accepts a barrier report with optional fields left empty", () => {
    expect(
      parseFeedbackForm(form({ kind: "barrier", message: "  Der Knopf ist zu klein.  ", page: "", email: "" })),
    ).toEqual({
      ok: true,
      value: { kind: "barrier", message: "Der Knopf ist zu klein.", pageUrl: null, email: null },
    });
  });
  it("names every field in error", () => {
    expect(
      parseFeedbackForm(form({ kind: "spam", message: " ", page: "p".repeat(301), email: "not-an-address" })),
    ).toEqual({
      ok: false,
      errors: { kind: "kind", message: "messageRequired", page: "page", email: "email" },
    });
  });
  it("keeps a too long message to show it again, and says it is too long", () => {
    const values = form({ kind: "feedback", message: "a".repeat(MESSAGE_MAX + 5) });
    expect(values.message).toHaveLength(MESSAGE_MAX + 5);
    expect(parseFeedbackForm(values)).toEqual({ ok: false, errors: { message: "messageTooLong" } });
  });
  it("refuses control characters in every field; the message keeps its line breaks", () => {
    expect(
      parseFeedbackForm(
        form({ kind: "barrier\u0000", message: "a\u0000b", page: "/x\ny", email: "a\u0001@example.org" }),
      ),
    ).toEqual({
      ok: false,
      errors: { kind: "kind", message: "invalidCharacters", page: "invalidCharacters", email: "invalidCharacters" },
    });
    expect(
      parseFeedbackForm(form({ kind: "feedback", message: "Zeile eins\r\nZeile\tzwei", page: "", email: "" })),
    ).toMatchObject({ ok: true, value: { message: "Zeile eins\r\nZeile\tzwei" } });
  });
  it("takes the page named by a link only when it is plain text", () => {
    expect(pageFromLink("/de/journey/absence")).toBe("/de/journey/absence");
    expect(pageFromLink("/x\u0000")).toBe("");
    expect(pageFromLink("p".repeat(301))).toBe("");
    expect(pageFromLink(undefined)).toBe("");
  });
  it("treats missing fields as empty", () => {
    expect(readFeedbackForm(new FormData())).toEqual({ kind: "", message: "", page: "", email: "" });
  });
});
