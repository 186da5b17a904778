import { describe, expect, it } from "vitest";
import { pluralTemplates, textsFor } from "./translator";

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

describe("pluralTemplates: a counted message for a client part that counts by itself", () => {
  it("gives one template per plural form of the language, the number as {count}", () => {
    expect(pluralTemplates("de", textsFor("de", "queue"), "display.minutes")).toEqual({
      one: "{count} Min.",
      other: "{count} Min.",
    });
    const arabic = pluralTemplates("ar", textsFor("ar", "queue"), "display.minutes");
    expect(Object.keys(arabic).sort()).toEqual(["few", "many", "one", "other", "two", "zero"]);
    expect(arabic.one).toBe("دقيقة واحدة");
    expect(arabic.few).toContain("{count}");
    const ukrainian = pluralTemplates("uk", textsFor("uk", "queue"), "display.minutes");
    expect(Object.keys(ukrainian).sort()).toEqual(["few", "many", "one", "other"]);
  });
});
