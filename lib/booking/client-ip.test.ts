import { describe, expect, it } from "vitest";
import { clientIp } from "./rate-limit";

const ip = (forwarded?: string) => clientIp(new Headers(forwarded === undefined ? {} : { "x-forwarded-for": forwarded }));

describe("clientIp (one trusted proxy, the default)", () => {
  it("takes the address the proxy appended, not what the client wrote before it", () => {
    expect(ip("203.0.113.9")).toBe("203.0.113.9");
    expect(ip("1.2.3.4, 5.6.7.8, 203.0.113.9")).toBe("203.0.113.9");
  });

  it("ignores X-Real-IP, which any client can send", () => {
    expect(clientIp(new Headers({ "x-real-ip": "1.2.3.4", "x-forwarded-for": "203.0.113.9" }))).toBe("203.0.113.9");
  });

  it("says unknown when there is no address at all", () => {
    expect(ip()).toBe("unknown");
    expect(ip(" , ")).toBe("unknown");
  });
});
