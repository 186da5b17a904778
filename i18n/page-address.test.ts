import { describe, expect, it } from "vitest";
import { alternateLanguages, languageHref, pageAddress, readPageAddress } from "./page-address";

describe("pageAddress", () => {
  it("drops the language prefix and keeps the query", () => {
    expect(pageAddress("/en/appointments/new/time", "?requestType=change-report&channel=in-person")).toBe(
      "/appointments/new/time?requestType=change-report&channel=in-person",
    );
    expect(pageAddress("/de-x-ls/journey/absence", "")).toBe("/journey/absence");
    expect(pageAddress("/appointments/new", "?requestType=absence")).toBe("/appointments/new?requestType=absence");
  });

  it("makes the start page of a language /", () => {
    expect(pageAddress("/ar", "")).toBe("/");
    expect(pageAddress("/", "?x=1")).toBe("/?x=1");
  });
});

describe("readPageAddress", () => {
  it("keeps an address on this site", () => {
    expect(readPageAddress("/journey/absence?journey=1")).toBe("/journey/absence?journey=1");
    expect(readPageAddress(null)).toBe("/");
    expect(readPageAddress("")).toBe("/");
  });

  it("never yields an address a browser reads as another site", () => {
    expect(readPageAddress("//evil.example/x")).toBe("/evil.example/x");
    expect(readPageAddress("/\\evil.example")).toBe("/evil.example");
    expect(readPageAddress("https://evil.example")).toBe("/https://evil.example");
  });
});

describe("languageHref", () => {
  it("links the same page with the same query in the other language", () => {
    const address = "/appointments/new/time?requestType=change-report&channel=in-person&location=abc";
    expect(languageHref("en", address)).toBe(
      "/en/appointments/new/time?requestType=change-report&channel=in-person&location=abc",
    );
    expect(languageHref("de", address)).toBe(
      "/de/appointments/new/time?requestType=change-report&channel=in-person&location=abc",
    );
  });

  it("links a language's start page without a trailing slash", () => {
    expect(languageHref("tr", "/")).toBe("/tr");
    expect(languageHref("tr", "/?from=x")).toBe("/tr?from=x");
  });
});

describe("alternateLanguages", () => {
  it("names the page in every language and as x-default, without the query", () => {
    const languages = alternateLanguages("/journey/absence?journey=secret");
    expect(languages).toMatchObject({
      de: "/journey/absence",
      en: "/en/journey/absence",
      "de-x-ls": "/de-x-ls/journey/absence",
      "x-default": "/journey/absence",
    });
    expect(Object.keys(languages)).toHaveLength(9);
    expect(Object.values(languages).some((href) => href.includes("?"))).toBe(false);
  });
});
