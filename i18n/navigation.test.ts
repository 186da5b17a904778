import { describe, expect, it } from "vitest";
import { localePath } from "./navigation";

describe("localePath", () => {
  it("leaves German paths unprefixed", () => {
    expect(localePath("de", "/")).toBe("/");
    expect(localePath("de", "/journey/absence")).toBe("/journey/absence");
  });

  it("puts every other language under its prefix, the start page without a trailing slash", () => {
    expect(localePath("ar", "/")).toBe("/ar");
    expect(localePath("de-x-ls", "/journey/choose?journey=1&channel=video")).toBe(
      "/de-x-ls/journey/choose?journey=1&channel=video",
    );
  });
});
