import { describe, expect, it } from "vitest";
import {
  hashToken,
  isSecretTokenShape,
  newManageCode,
  newReference,
  newRoomName,
  newSecretToken,
  parseManageCode,
  parseReference,
  sha256,
} from "@/lib/tokens";

describe("secret tokens", () => {
  it("manage tokens are 32 random bytes in base64url, stored as a SHA-256 hex hash", () => {
    const token = newSecretToken("appointment");
    expect(Buffer.from(token, "base64url")).toHaveLength(32);
    expect(isSecretTokenShape(token, "appointment")).toBe(true);
    expect(isSecretTokenShape(`${token}x`, "appointment")).toBe(false);
    expect(hashToken(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(newSecretToken("appointment")).not.toBe(token);
  });

  it("form and feedback tokens keep the length their links have always had, and only that", () => {
    for (const purpose of ["form", "feedback"] as const) {
      const token = newSecretToken(purpose);
      expect(token).toMatch(/^[A-Za-z0-9_-]{32}$/);
      expect(isSecretTokenShape(token, purpose)).toBe(true);
      expect(isSecretTokenShape(token, "appointment")).toBe(false);
      expect(isSecretTokenShape(token.slice(1), purpose)).toBe(false);
      expect(isSecretTokenShape(`${token.slice(1)}/`, purpose)).toBe(false);
    }
    expect(isSecretTokenShape(undefined, "form")).toBe(false);
  });

  it("hashes tokens and bytes alike as SHA-256 hex", () => {
    expect(sha256("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(sha256(new TextEncoder().encode("abc"))).toBe(sha256("abc"));
    expect(hashToken("abc")).toBe(sha256("abc"));
  });
});

describe("references", () => {
  it("are short, readable and free of look-alike characters", () => {
    for (let i = 0; i < 200; i++)
      expect(newReference("appointment")).toMatch(/^[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}$/);
    expect(newRoomName()).toMatch(/^zugang-[0-9a-f]{32}$/);
  });

  it("are one format, a submission's with its kind letter in front", () => {
    for (let i = 0; i < 200; i++)
      expect(newReference("submission")).toMatch(/^F-[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}$/);
  });

  it("parse back to their kind, as typed or read out, old ones included", () => {
    const appointment = newReference("appointment");
    const submission = newReference("submission");
    expect(parseReference(appointment)).toEqual({ kind: "appointment", reference: appointment });
    expect(parseReference(submission)).toEqual({ kind: "submission", reference: submission });
    expect(parseReference(" k7px-3mhq ")).toEqual({ kind: "appointment", reference: "K7PX-3MHQ" });
    expect(parseReference("f-7kq2-m9xl")).toEqual({ kind: "submission", reference: "F-7KQ2-M9XL" });
    for (const bad of ["", "K7PX3MHQ", "K7PX-3MH", "X-K7PX-3MHQ", "K7PX-3MH0", "K7PX-3MHQ-", "' OR 1=1 --"])
      expect(parseReference(bad)).toBeNull();
  });
});

describe("manage codes", () => {
  it("are 16 characters of the reference alphabet in blocks of four, read back however they are typed", () => {
    const code = newManageCode();
    expect(code).toMatch(/^[ABCDEFGHJKMNPQRSTUVWXYZ2-9]{4}(-[ABCDEFGHJKMNPQRSTUVWXYZ2-9]{4}){3}$/);
    expect(newManageCode()).not.toBe(code);
    expect(parseManageCode(code)).toBe(code);
    expect(parseManageCode(` ${code.toLowerCase().replace(/-/g, " ")} `)).toBe(code);
    expect(parseManageCode(code.replace(/-/g, ""))).toBe(code);
  });

  it("refuse what cannot be one", () => {
    expect(parseManageCode("ABCD-EFGH-JKMN")).toBeNull();
    expect(parseManageCode("ABCD-EFGH-JKMN-PQR1")).toBeNull();
    expect(parseManageCode("ABCD-EFGH-JKMN-PQRS-T")).toBeNull();
    expect(parseManageCode("ABCD/EFGH/JKMN/PQRS")).toBeNull();
    expect(parseManageCode("")).toBeNull();
  });
});
