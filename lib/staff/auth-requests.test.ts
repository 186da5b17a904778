import { describe, expect, it } from "vitest";
import { checkAuthBody, checkAuthRequest, isKnownAuthRoute, MAX_AUTH_BODY_BYTES } from "./auth-requests";

const post = (path: string, body: string, contentType = "application/x-www-form-urlencoded") =>
  new Request(`http://localhost/api/auth/${path}`, { method: "POST", headers: { "content-type": contentType }, body });

describe("isKnownAuthRoute", () => {
  it("lets through what next-auth's client uses", () => {
    for (const path of ["session", "csrf", "providers", "signin", "signout", "error", "signin/credentials"])
      expect(isKnownAuthRoute("GET", path.split("/"))).toBe(true);
    for (const path of ["callback/credentials", "signout", "_log", "session"])
      expect(isKnownAuthRoute("POST", path.split("/"))).toBe(true);
  });

  it("lets through single sign-on: the post that starts it, and the identity provider's way back (a GET)", () => {
    expect(isKnownAuthRoute("POST", ["signin", "oidc"])).toBe(true);
    expect(isKnownAuthRoute("GET", ["callback", "oidc"])).toBe(true);
    expect(isKnownAuthRoute("POST", ["callback", "oidc"])).toBe(false);
    expect(isKnownAuthRoute("GET", ["callback", "oidc", "x"])).toBe(false);
  });

  it("refuses a GET of the credentials callback, unknown actions and providers, and extra segments", () => {
    expect(isKnownAuthRoute("GET", ["callback", "credentials"])).toBe(false);
    expect(isKnownAuthRoute("GET", ["_log"])).toBe(false);
    expect(isKnownAuthRoute("POST", ["callback"])).toBe(false);
    expect(isKnownAuthRoute("POST", ["callback", "github"])).toBe(false);
    expect(isKnownAuthRoute("POST", ["callback", "credentials", "x"])).toBe(false);
    expect(isKnownAuthRoute("PUT", ["session"])).toBe(false);
    expect(isKnownAuthRoute("GET", ["a\u0000b"])).toBe(false);
  });
});

describe("checkAuthBody", () => {
  it("accepts empty, form-encoded and JSON object bodies without control characters", () => {
    expect(checkAuthBody(null, "")).toEqual({ ok: true, body: "" });
    expect(
      checkAuthBody("application/x-www-form-urlencoded;charset=UTF-8", "email=a%40b.example&password=%C3%A4%20x").ok,
    ).toBe(true);
    expect(checkAuthBody("application/json", '{"code":"x","level":"error","nested":{"list":["a",1,null]}}').ok).toBe(
      true,
    );
  });

  it("refuses control characters (raw or encoded), broken JSON, other types and oversized bodies", () => {
    expect(checkAuthBody("application/x-www-form-urlencoded", "code=\u0001&level=error")).toEqual({
      ok: false,
      problem: "bad-body",
    });
    expect(checkAuthBody("application/x-www-form-urlencoded", "email=a%00")).toEqual({
      ok: false,
      problem: "bad-body",
    });
    expect(checkAuthBody("application/json", '{"a":"\u0001"}')).toEqual({ ok: false, problem: "bad-body" });
    expect(checkAuthBody("application/json", '{"a":"\\u0000"}')).toEqual({ ok: false, problem: "bad-body" });
    expect(checkAuthBody("application/json", "{bad")).toEqual({ ok: false, problem: "bad-body" });
    expect(checkAuthBody("application/json", "[1]")).toEqual({ ok: false, problem: "bad-body" });
    expect(checkAuthBody("text/plain", "hello")).toEqual({ ok: false, problem: "unsupported-type" });
    expect(checkAuthBody("application/x-www-form-urlencoded", `a=${"x".repeat(MAX_AUTH_BODY_BYTES)}`)).toEqual({
      ok: false,
      problem: "too-large",
    });
  });
});

describe("checkAuthRequest", () => {
  it("reads and returns the body of a good post", async () => {
    expect(
      await checkAuthRequest(post("callback/credentials", "email=a%40b.example&json=true"), [
        "callback",
        "credentials",
      ]),
    ).toEqual({ ok: true, body: "email=a%40b.example&json=true" });
  });

  it("refuses a control character in the query, the body or the route", async () => {
    expect(await checkAuthRequest(new Request("http://localhost/api/auth/signin?callbackUrl=%0a"), ["signin"])).toEqual(
      { ok: false, problem: "bad-query" },
    );
    expect(await checkAuthRequest(post("_log", "code=\u0001"), ["_log"])).toEqual({ ok: false, problem: "bad-body" });
    expect(
      await checkAuthRequest(new Request("http://localhost/api/auth/callback/credentials"), [
        "callback",
        "credentials",
      ]),
    ).toEqual({ ok: false, problem: "unknown-route" });
  });

  it("refuses a callbackUrl that is neither a path nor an http(s) address, in the query or a body", async () => {
    const session = (query: string) => new Request(`http://localhost/api/auth/session?${query}`);
    expect(await checkAuthRequest(session("callbackUrl=2026-02-30"), ["session"])).toEqual({
      ok: false,
      problem: "bad-query",
    });
    expect(await checkAuthRequest(session("callbackUrl=javascript%3Aalert(1)"), ["session"])).toEqual({
      ok: false,
      problem: "bad-query",
    });
    expect(
      await checkAuthRequest(post("signin/credentials", "callbackUrl=%E2%80%AE"), ["signin", "credentials"]),
    ).toEqual({ ok: false, problem: "bad-body" });
    // A path of this site and an address (next-auth sends another site's home) pass.
    expect(await checkAuthRequest(session("callbackUrl=%2Fstaff%2Finbox"), ["session"])).toEqual({ ok: true });
    expect(await checkAuthRequest(session("callbackUrl=https%3A%2F%2Fevil.example%2F"), ["session"])).toEqual({
      ok: true,
    });
  });
});
