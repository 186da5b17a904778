// The shared answer of the plain form posts: a 303 that bad input cannot break, an unreadable body
// read as an empty form, and the same-site check of the staff posts.
import { describe, expect, it } from "vitest";
import { crossOriginRefusal, isSameOriginPost, readForm, routeLocale, seeOther } from "./plain-post";

describe("seeOther", () => {
  it("answers 303 with the location, never cached (a 307 would make the browser post again)", () => {
    const response = seeOther("/en/appointments/new/check?draft=abc");
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/en/appointments/new/check?draft=abc");
    expect(response.headers.get("cache-control")).toBe("no-store");
  });

  it("percent-encodes what a header cannot carry instead of failing", () => {
    expect(seeOther("/appointments/manage/a\r\nSet-Cookie: x/ü").headers.get("location")).toBe(
      "/appointments/manage/a%0D%0ASet-Cookie:%20x/%C3%BC",
    );
  });
});

describe("readForm", () => {
  it("reads a url-encoded post", async () => {
    const request = new Request("http://portal.test/x", {
      method: "POST",
      body: new URLSearchParams({ draft: "t", start: "2030-01-01" }),
    });
    expect(Object.fromEntries(await readForm(request))).toEqual({ draft: "t", start: "2030-01-01" });
  });

  it("reads a body that is no form as an empty form", async () => {
    const request = new Request("http://portal.test/x", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: "{",
    });
    expect([...(await readForm(request)).keys()]).toEqual([]);
  });
});

describe("routeLocale", () => {
  it("keeps a portal language and falls back to German for anything else", () => {
    expect(routeLocale("ar")).toBe("ar");
    expect(routeLocale("//evil.example")).toBe("de");
  });
});

describe("isSameOriginPost", () => {
  const post = (headers: Record<string, string>, url = "http://portal.test/staff/check-in/X/confirm") =>
    new Request(url, { method: "POST", headers });
  const configured = { publicUrl: "https://zugang.example", trustedProxyHops: 0 };

  it("lets a post from the configured public URL through, whatever Host the proxy passed on", () => {
    expect(isSameOriginPost(post({ origin: "https://zugang.example", host: "10.0.0.5:3000" }), configured)).toBe(true);
  });

  it("refuses another scheme, host or port than the configured public URL", () => {
    for (const origin of ["http://zugang.example", "https://zugang.example:8443", "https://evil.example", "null"])
      expect(isSameOriginPost(post({ origin, host: "zugang.example" }), configured), origin).toBe(false);
  });

  it("does not believe X-Forwarded-Host or -Proto without a trusted proxy", () => {
    const forged = post({ origin: "http://evil.example", host: "zugang.example", "x-forwarded-host": "evil.example" });
    expect(isSameOriginPost(forged, configured)).toBe(false);
    expect(isSameOriginPost(forged, { trustedProxyHops: 0 })).toBe(false);
    const schemeForged = post(
      { origin: "https://portal.test", host: "portal.test", "x-forwarded-proto": "https" },
      "http://portal.test/x",
    );
    expect(isSameOriginPost(schemeForged, { trustedProxyHops: 0 })).toBe(false);
  });

  it("without a configured URL: Host and scheme, or behind a trusted proxy what the proxy set", () => {
    expect(
      isSameOriginPost(post({ origin: "http://portal.test:3000", host: "portal.test:3000" }), { trustedProxyHops: 0 }),
    ).toBe(true);
    const proxied = post({
      origin: "https://zugang.example",
      host: "10.0.0.5:3000",
      "x-forwarded-host": "zugang.example",
      "x-forwarded-proto": "https",
    });
    expect(isSameOriginPost(proxied, { trustedProxyHops: 1 })).toBe(true);
    expect(isSameOriginPost(proxied, { trustedProxyHops: 0 })).toBe(false);
  });

  it("refuses a post from another site or with the opaque origin null", () => {
    expect(isSameOriginPost(post({ origin: "https://evil.example", host: "zugang.example" }), configured)).toBe(false);
    expect(isSameOriginPost(post({ origin: "null", host: "zugang.example" }), { trustedProxyHops: 0 })).toBe(false);
  });
});

describe("crossOriginRefusal", () => {
  it("answers 403 in words and names the address the portal is set up at", async () => {
    const request = new Request("http://127.0.0.1:3000/staff/people/search", {
      method: "POST",
      headers: { origin: "http://127.0.0.1:3000", host: "127.0.0.1:3000" },
    });
    const answer = crossOriginRefusal(request, { publicUrl: "http://localhost:3000", trustedProxyHops: 0 });
    expect(answer.status).toBe(403);
    expect(await answer.text()).toBe(
      "Anfrage von einer fremden Seite abgelehnt. Das Portal ist unter http://localhost:3000 eingerichtet: Bitte öffnen Sie es dort und senden Sie das Formular noch einmal.",
    );
  });
});
