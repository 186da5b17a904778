import { describe, expect, it } from "vitest";
import { MESSAGE_MAX, parseFeedbackForm, readFeedbackForm } from "./feedback-form";

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return readFeedbackForm(data);
};

describe("feedback form", () => {
  it("accepts a barrier report with optional fields left empty", () => {
    expect(parseFeedbackForm(form({ kind: "barrier", message: "  Der Knopf ist zu klein.  ", page: "", email: "" }))).toEqual({
      ok: true,
      value: { kind: "barrier", message: "Der Knopf ist zu klein.", pageUrl: null, email: null },
    });
  });
  it("names every field in error", () => {
    expect(parseFeedbackForm(form({ kind: "spam", message: " ", page: "p".repeat(301), email: "not-an-address" }))).toEqual({
      ok: false,
      errors: { kind: "kind", message: "messageRequired", page: "page", email: "email" },
    });
  });
  it("keeps a too long message to show it again, and says it is too long", () => {
    const values = form({ kind: "feedback", message: "a".repeat(MESSAGE_MAX + 5) });
    expect(values.message).toHaveLength(MESSAGE_MAX + 5);
    expect(parseFeedbackForm(values)).toEqual({ ok: false, errors: { message: "messageTooLong" } });
  });
  it("treats missing fields as empty", () => {
    expect(readFeedbackForm(new FormData())).toEqual({ kind: "", message: "", page: "", email: "" });
  });
});
