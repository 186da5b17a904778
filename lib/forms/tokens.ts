// Private links and reference numbers. Tokens are random and stored only as SHA-256 hashes; a
// reference is short enough to read out on the phone and avoids letters that look alike.
import { createHash, randomBytes, randomInt } from "node:crypto";

export function newToken(): string {
  return randomBytes(24).toString("base64url");
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Plausible token shape: checked before touching the database. */
export function isTokenShape(token: string): boolean {
  return /^[A-Za-z0-9_-]{20,64}$/.test(token);
}

const ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

/** e.g. "F-7KQ2-M9XD" */
export function newReference(): string {
  const pick = () => Array.from({ length: 4 }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
  return `F-${pick()}-${pick()}`;
}

export function sha256(bytes: Uint8Array | string): string {
  return createHash("sha256").update(bytes).digest("hex");
}
