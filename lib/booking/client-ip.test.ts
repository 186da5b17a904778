import { describe, expect, it } from "vitest";
import { clientIp, forwardedClientAddress, SHARED_CLIENT_ADDRESS } from "./rate-limit";

describe("forwardedClientAddress with one trusted proxy", () => {
  const ip = (forwarded: string | null) => forwardedClientAddress(forwarded, 1);

  it("takes the address the proxy appended, not what the client wrote before it", () => {
    expect(ip("203.0.113.9")).toBe("203.0.113.9");
    expect(ip("1.2.3.4, 5.6.7.8, 203.0.113.9")).toBe("203.0.113.9");
    expect(ip("1.2.3.4,203.0.113.9")).toBe("203.0.113.9");
  });

  it("says unknown when there is no address at all", () => {
    expect(ip(null)).toBe("unknown");
    expect(ip(" , ")).toBe("unknown");
  });
});

describe("forwardedClientAddress with two trusted proxies", () => {
  const ip = (forwarded: string | null) => forwardedClientAddress(forwarded, 2);

  it("takes the entry the outer proxy appended, second from the right", () => {
    expect(ip("1.2.3.4, 203.0.113.9, 10.0.0.2")).toBe("203.0.113.9");
    expect(ip("203.0.113.9, 10.0.0.2")).toBe("203.0.113.9");
  });

  it("takes the only entry when the request passed the inner proxy alone", () => {
    expect(ip("10.0.0.7")).toBe("10.0.0.7");
  });
});

describe("without a trusted proxy (the default)", () => {
  it("no header value decides the address: every client shares one", () => {
    for (const forwarded of [null, "203.0.113.9", "1.2.3.4", "1.2.3.4, 203.0.113.9"]) {
      expect(forwardedClientAddress(forwarded, 0)).toBe(SHARED_CLIENT_ADDRESS);
    }
  });

  it("clientIp reads TRUSTED_PROXY_HOPS, 0 when unset, and ignores X-Real-IP", () => {
    expect(clientIp(new Headers({ "x-forwarded-for": "203.0.113.9" }))).toBe(SHARED_CLIENT_ADDRESS);
    expect(clientIp(new Headers({ "x-real-ip": "1.2.3.4", "x-forwarded-for": "5.6.7.8" }))).toBe(SHARED_CLIENT_ADDRESS);
  });
});
