import { describe, expect, it } from "vitest";
import { locales } from "@/i18n/locales";
import {
  isTableLanguage,
  LANGUAGE_CHOICES,
  LANGUAGE_NAMES,
  languageCode,
  languageName,
  PORTAL_LANGUAGE_CHOICES,
} from "./languages";

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

  it("finds a language's code by its German name, so that staff type names, not codes", () => {
    expect(languageCode("Türkisch")).toBe("tr");
    expect(languageCode(" ukrainisch ")).toBe("uk");
    expect(languageCode("Leichte Sprache")).toBe("de-x-ls");
    expect(languageCode("Französisch")).toBe("fr");
    expect(languageCode("tr")).toBe("tr");
    expect(languageCode("Klingonisch")).toBe("Klingonisch");
    for (const [code, name] of Object.entries(LANGUAGE_NAMES)) expect(languageCode(name)).toBe(code);
  });

  it("offers staff every language of the table by name, German first, the rest A to Z, Leichte Sprache not", () => {
    expect(LANGUAGE_CHOICES[0]).toEqual({ code: "de", name: "Deutsch" });
    const rest = LANGUAGE_CHOICES.slice(1).map((choice) => choice.name);
    expect(rest).toEqual([...rest].sort((a, b) => a.localeCompare(b, "de")));
    expect(LANGUAGE_CHOICES.map((choice) => choice.code)).toContain("ti");
    expect(LANGUAGE_CHOICES.map((choice) => choice.code)).not.toContain("de-x-ls");
    expect(new Set(LANGUAGE_CHOICES.map((choice) => choice.name)).size).toBe(LANGUAGE_CHOICES.length);
    expect(isTableLanguage("tr")).toBe(true);
    expect(isTableLanguage("TR")).toBe(false);
    expect(isTableLanguage("xx")).toBe(false);
    expect(isTableLanguage("constructor")).toBe(false);
  });
});
