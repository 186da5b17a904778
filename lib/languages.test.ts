import { describe, expect, it } from "vitest";
import { locales } from "@/i18n/locales";
import { LANGUAGE_NAMES, languageName, PORTAL_LANGUAGE_CHOICES } from "./languages";

describe("languages' German names", () => {
  it("names every language of the portal, Leichte Sprache included, German first", () => {
    expect(PORTAL_LANGUAGE_CHOICES.map((choice) => choice.code)).toEqual([...locales]);
    expect(PORTAL_LANGUAGE_CHOICES[0]).toEqual({ code: "de", name: "Deutsch" });
    expect(languageName("de-x-ls")).toBe("Leichte Sprache");
  });

  it("names languages beyond the portal's, in any case, and falls back to Intl, then the code", () => {
    expect(languageName("ru")).toBe("Russisch");
    expect(languageName("TR")).toBe("Türkisch");
    expect(languageName("fr")).toBe("Französisch");
    expect(languageName("not a language")).toBe("not a language");
    expect(languageName(null)).toBeNull();
    expect(Object.values(LANGUAGE_NAMES).every((name) => name.length > 0)).toBe(true);
  });
});
