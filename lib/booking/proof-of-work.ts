// A privacy-friendly proof of work on the booking form (ALTCHA's classic scheme, altcha-lib, no
// third party): the browser finds a number whose SHA-256 with a salt matches the challenge. A
// solution counts once (its signature is recorded in idempotency_record). Without JavaScript there
// is no solution, and the booking falls back to a stricter rate limit (docs/anti-bot.md).
import { createChallenge, verifySolution } from "altcha-lib/v1";
import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";

const MAX_NUMBER = 20_000;

function hmacKey(): string {
  return `altcha:${getEnv().NEXTAUTH_SECRET ?? "development-only-key"}`;
}

export interface PowChallenge {
  algorithm: string;
  challenge: string;
  maxnumber?: number;
  salt: string;
  signature: string;
}

export async function newProofOfWorkChallenge(): Promise<PowChallenge> {
  return createChallenge({ hmacKey: hmacKey(), maxNumber: MAX_NUMBER, expires: new Date(Date.now() + 30 * 60_000) });
}

export async function verifyProofOfWork(payload: string): Promise<boolean> {
  if (!payload || payload.length > 2000) return false;
  let valid = false;
  try {
    valid = await verifySolution(payload, hmacKey(), true);
  } catch {
    return false;
  }
  if (!valid) return false;
  const { signature } = JSON.parse(Buffer.from(payload, "base64").toString("utf8")) as { signature: string };
  const fresh = await db.$queryRaw<{ key: string }[]>`
    INSERT INTO idempotency_record (scope, key, request_hash) VALUES ('altcha', ${signature}, '') ON CONFLICT DO NOTHING RETURNING key`;
  return fresh.length === 1;
}
