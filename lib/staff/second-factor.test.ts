import { describe, expect, it } from "vitest";
import {
  acceptedStep,
  codeAt,
  newSecret,
  normaliseCode,
  openSecret,
  provisioningUri,
  sealSecret,
} from "./second-factor";

describe("TOTP codes", () => {
  const secret = newSecret();
  const now = new Date("2026-12-02T09:00:15Z");
  const step = BigInt(Math.floor(now.getTime() / 30_000));

  it("accepts the code of this step and of one step either side, nothing further", () => {
    expect(acceptedStep(secret, codeAt(secret, now), now, null)).toBe(step);
    expect(acceptedStep(secret, codeAt(secret, new Date(now.getTime() - 30_000)), now, null)).toBe(step - 1n);
    expect(acceptedStep(secret, codeAt(secret, new Date(now.getTime() + 30_000)), now, null)).toBe(step + 1n);
    expect(acceptedStep(secret, codeAt(secret, new Date(now.getTime() - 60_000)), now, null)).toBeNull();
    expect(acceptedStep(secret, codeAt(secret, new Date(now.getTime() + 60_000)), now, null)).toBeNull();
    expect(acceptedStep(newSecret(), codeAt(secret, now), now, null)).toBeNull();
  });

  it("refuses a code whose step was used already", () => {
    expect(acceptedStep(secret, codeAt(secret, now), now, step)).toBeNull();
    expect(acceptedStep(secret, codeAt(secret, new Date(now.getTime() - 30_000)), now, step - 1n)).toBeNull();
  });

  it("reads a code typed with spaces or a dash, refuses anything else", () => {
    expect(normaliseCode("123 456")).toBe("123456");
    expect(normaliseCode("123-456")).toBe("123456");
    expect(normaliseCode("12345")).toBeNull();
    expect(normaliseCode("12345a")).toBeNull();
    expect(normaliseCode(undefined)).toBeNull();
  });

  it("seals the secret so that it opens only unchanged, and names issuer and account in the URI", () => {
    const sealed = sealSecret(secret);
    expect(sealed).not.toContain(secret);
    expect(openSecret(sealed)).toBe(secret);
    const [format, nonce, tag, body] = sealed.split(".");
    const tampered = `${body[0] === "A" ? "B" : "A"}${body.slice(1)}`;
    expect(openSecret([format, nonce, tag, tampered].join("."))).toBeNull();
    expect(openSecret("plain")).toBeNull();
    expect(provisioningUri(secret, "admin@zugang.example")).toMatch(
      /^otpauth:\/\/totp\/Zugang%20Jobcenter:admin%40zugang\.example\?issuer=Zugang%20Jobcenter&secret=[A-Z2-7]+&algorithm=SHA1&digits=6&period=30$/,
    );
  });
});
