// Secrets and codes of an appointment: the manage token (random, kept only as a SHA-256 hash),
// the short reference people read out at the front desk, and the video room name.
import { createHash, randomBytes, randomInt } from "node:crypto";

/** 32 random bytes, base64url: the private manage link. */
export function newManageToken(): string {
  return randomBytes(32).toString("base64url");
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** A manage token has the exact shape we hand out; anything else is not looked up at all. */
export function isManageTokenShape(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token);
}

// No 0/O, 1/I/L: easy to read out and type.
const REFERENCE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

/** e.g. "K7PX-3MHQ" (31^8 ≈ 8.5·10^11 codes; uniqueness is a database constraint). */
export function newReference(): string {
  let code = "";
  for (let i = 0; i < 8; i++) code += REFERENCE_ALPHABET[randomInt(REFERENCE_ALPHABET.length)];
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/** An unguessable video room name (128 random bits). */
export function newRoomName(): string {
  return `zugang-${randomBytes(16).toString("hex")}`;
}
