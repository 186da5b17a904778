import { describe, expect, it } from "vitest";
import { textsFor } from "./translator";

describe("textsFor: lib/'s one way to a text", () => {
  it("fills placeholders through next-intl, in the person's language", () => {
    expect(textsFor("de", "booking")("mail.calendarTitle", { reference: "K7PX-3MHQ" })).toBe(
      "Termin beim Jobcenter (K7PX-3MHQ)",
    );
    expect(textsFor("en", "booking")("mail.calendarTitle", { reference: "K7PX-3MHQ" })).toContain("K7PX-3MHQ");
    expect(textsFor("en", "booking")("mail.calendarTitle", { reference: "K7PX-3MHQ" })).not.toBe(
      textsFor("de", "booking")("mail.calendarTitle", { reference: "K7PX-3MHQ" }),
    );
  });

  it("leaves values as they are, braces and apostrophes included", () => {
    expect(textsFor("de", "booking")("mail.calendarDescription", { manageUrl: "https://x.example/{a}'b" })).toBe(
      "Termin ändern oder absagen: https://x.example/{a}'b",
    );
  });

  it("reads an unknown language as German, and every namespace lib/ needs", () => {
    expect(textsFor("xx", "booking")("mail.videoPlace")).toBe(textsFor("de", "booking")("mail.videoPlace"));
    expect(textsFor("tr", "journey").has("reasons.step.generic")).toBe(true);
    expect(textsFor("ar", "forms").has("confirmation.subject")).toBe(true);
    expect(textsFor("de", "forms").has("no.such.key")).toBe(false);
  });
});
