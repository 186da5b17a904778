// The second factor: a TOTP code (RFC 6238: 6 digits, 30 seconds, SHA-1, which every authenticator
// app supports), checked with a window of one step either side for clocks that differ a little.
// Each code is accepted once (the step last used is stored). The secret is stored encrypted with
// AES-256-GCM under a key derived from SECOND_FACTOR_KEY (or NEXTAUTH_SECRET), which is not in the
// database: a copy of the database alone does not give the codes. It is never logged.
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { Secret, TOTP } from "otpauth";
import { getEnv } from "@/lib/env";

const ISSUER = "Zugang Jobcenter";
const PERIOD_SECONDS = 30;
const FORMAT = "v1";

function key(): Buffer {
  const env = getEnv();
  const material = env.SECOND_FACTOR_KEY ?? env.NEXTAUTH_SECRET ?? "development-only-key";
  return Buffer.from(hkdfSync("sha256", material, "zugang", "totp-secret", 32));
}

/** The secret (base32) encrypted for the database: version, nonce, tag and ciphertext. */
export function sealSecret(base32: string): string {
  const nonce = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(), nonce);
  const sealed = Buffer.concat([cipher.update(base32, "utf8"), cipher.final()]);
  return [
    FORMAT,
    nonce.toString("base64url"),
    cipher.getAuthTag().toString("base64url"),
    sealed.toString("base64url"),
  ].join(".");
}

/** The secret back, or null when it was sealed under another key or has been tampered with. */
export function openSecret(stored: string): string | null {
  const [format, nonce, tag, sealed] = stored.split(".");
  if (format !== FORMAT || !nonce || !tag || !sealed) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", key(), Buffer.from(nonce, "base64url"));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(sealed, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}

/** A new random secret (160 bits, as RFC 4226 recommends), base32. */
export function newSecret(): string {
  return new Secret({ size: 20 }).base32;
}

function totp(base32: string, account: string): TOTP {
  return new TOTP({
    issuer: ISSUER,
    label: account,
    algorithm: "SHA1",
    digits: 6,
    period: PERIOD_SECONDS,
    secret: Secret.fromBase32(base32),
  });
}

/** The otpauth:// URI an authenticator app reads from the QR code. */
export function provisioningUri(base32: string, account: string): string {
  return totp(base32, account).toString();
}

/** The code for a moment (for tests and for nothing else in the app). */
export function codeAt(base32: string, at: Date): string {
  return totp(base32, "").generate({ timestamp: at.getTime() });
}

const CODE = /^\d{6}$/;

/** Spaces and dashes people type inside a code ("123 456") are ignored. */
export function normaliseCode(input: unknown): string | null {
  if (typeof input !== "string") return null;
  const code = input.replace(/[\s-]/g, "");
  return CODE.test(code) ? code : null;
}

/**
 * The time step of a code valid now (one step either side), or null. A step not after `lastStep`
 * is refused: a code seen once (over a shoulder, in a proxy's log) cannot be used again.
 */
export function acceptedStep(base32: string, code: string | null, now: Date, lastStep: bigint | null): bigint | null {
  if (!code) return null;
  const delta = totp(base32, "").validate({ token: code, timestamp: now.getTime(), window: 1 });
  if (delta === null) return null;
  const step = BigInt(Math.floor(now.getTime() / 1000 / PERIOD_SECONDS) + delta);
  return lastStep !== null && step <= lastStep ? null : step;
}
