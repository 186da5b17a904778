// Route patterns stand in for paths in the log and the metrics; request ids are taken only when sane.
import { describe, expect, it } from "vitest";
import { requestIdOf } from "./http";
import { bearerMatches } from "./metrics";
import { pathOf, routeMatcher, UNMATCHED } from "./routes";

// As the build writes them into .next/routes-manifest.json.
const routeOf = routeMatcher(
  {
    staticRoutes: [{ page: "/api/health", regex: "^/api/health(?:/)?$" }],
    dynamicRoutes: [
      { page: "/display/[token]/events", regex: "^/display/([^/]+?)/events(?:/)?$" },
      { page: "/[locale]", regex: "^/([^/]+?)(?:/)?$" },
      {
        page: "/[locale]/appointments/manage/[token]",
        regex: "^/([^/]+?)/appointments/manage/([^/]+?)(?:/)?$",
      },
    ],
  },
  { extra: { "/metrics": "/metrics" }, localeRouting: { locales: ["de", "en"], defaultLocale: "de" } },
);

describe("routeMatcher", () => {
  it("names the pattern, never the token in the path", () => {
    expect(routeOf("/de/appointments/manage/tok_secret123")).toBe("/[locale]/appointments/manage/[token]");
    expect(routeOf("/display/abc/events")).toBe("/display/[token]/events");
    expect(routeOf("/api/health")).toBe("/api/health");
    expect(routeOf("/de")).toBe("/[locale]");
  });

  it("matches an address without a language prefix as the default language's page", () => {
    expect(routeOf("/appointments/manage/tok_secret123")).toBe("/[locale]/appointments/manage/[token]");
    expect(routeOf("/en/appointments/manage/tok_secret123")).toBe("/[locale]/appointments/manage/[token]");
    expect(routeOf("/")).toBe("/[locale]");
    expect(routeOf("/xx/appointments/manage/tok")).toBe(UNMATCHED);
  });

  it("gives the framework's files one pattern, the extra paths theirs, and anything else 'unmatched'", () => {
    expect(routeOf("/_next/static/chunks/abc.js")).toBe("/_next/[...file]");
    expect(routeOf("/metrics")).toBe("/metrics");
    expect(routeOf("/de/appointments/manage/a/b/c")).toBe(UNMATCHED);
    expect(routeOf("/%E0%A4%A")).toBe(UNMATCHED);
  });

  it("refuses a manifest of another shape", () => {
    expect(() => routeMatcher({ staticRoutes: [{ page: 1 }] } as never)).toThrow();
  });
});

describe("pathOf", () => {
  it("drops the query and the fragment", () => {
    expect(pathOf("/de/forms/status/abc?filed=1&email=a@b.de")).toBe("/de/forms/status/abc");
    expect(pathOf("/x#y")).toBe("/x");
    expect(pathOf("http://evil.example/x")).toBe("/");
    expect(pathOf(undefined)).toBe("/");
  });
});

describe("requestIdOf", () => {
  it("keeps a sane id from the proxy and makes one for anything else", () => {
    expect(requestIdOf("3f2a9c1e-proxy-0001")).toBe("3f2a9c1e-proxy-0001");
    for (const sent of [undefined, "", "short", "max.mustermann@example.org", "a b c d e f g h", "x".repeat(129)])
      expect(requestIdOf(sent)).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe("bearerMatches", () => {
  it("accepts exactly 'Bearer <token>'", () => {
    expect(bearerMatches("Bearer s3cret-token-0123456789", "s3cret-token-0123456789")).toBe(true);
    expect(bearerMatches("Bearer s3cret-token-012345678", "s3cret-token-0123456789")).toBe(false);
    expect(bearerMatches("s3cret-token-0123456789", "s3cret-token-0123456789")).toBe(false);
    expect(bearerMatches(undefined, "s3cret-token-0123456789")).toBe(false);
  });
});
