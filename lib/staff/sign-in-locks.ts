// The admin's view of sign-in locks: which e-mail addresses and client addresses are locked now, and
// lifting a lock before its time (which also forgets the failures counted so far).
import { z } from "zod";
import { recordEvent } from "@/lib/audit";
import { db } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { SignInThrottleScope } from "@/lib/generated/prisma/enums";
import { text } from "@/lib/validation";

export interface SignInLock {
  scope: SignInThrottleScope;
  key: string;
  failures: number;
  lockedUntil: Date;
  /** for an e-mail address: whether a staff account has it (guesses often name none) */
  hasAccount: boolean | null;
}

export async function listSignInLocks(options: { client?: PrismaClient; now?: Date } = {}): Promise<SignInLock[]> {
  const client = options.client ?? db;
  const rows = await client.signInThrottle.findMany({ where: { lockedUntil: { gt: options.now ?? new Date() } }, orderBy: { lockedUntil: "asc" }, take: 500 });
  const emails = rows.filter((row) => row.scope === "account").map((row) => row.key);
  const accounts = new Set((await client.staffUser.findMany({ where: { email: { in: emails } }, select: { email: true } })).map((staff) => staff.email));
  return rows.map((row) => ({
    scope: row.scope,
    key: row.key,
    failures: row.failures,
    lockedUntil: row.lockedUntil as Date,
    hasAccount: row.scope === "account" ? accounts.has(row.key) : null,
  }));
}

/** The "Entsperren" form: which lock to lift. */
export const unlockSchema = z.object({ scope: z.enum(["account", "address"]), key: text({ min: 1, max: 200 }) });

export type UnlockOutcome = "unlocked" | "gone" | "invalid";

/**
 * Lifts a lock and forgets the failures, recorded with the admin who did it. "gone" when there was
 * nothing to lift (already over, or lifted by someone else in the meantime).
 */
export async function unlockSignIn(adminId: string, input: unknown, options: { client?: PrismaClient; now?: Date } = {}): Promise<UnlockOutcome> {
  const client = options.client ?? db;
  const parsed = unlockSchema.safeParse(input);
  if (!parsed.success) return "invalid";
  const { scope, key } = parsed.data;
  return client.$transaction(async (tx) => {
    const { count } = await tx.signInThrottle.deleteMany({ where: { scope, key, lockedUntil: { gt: options.now ?? new Date() } } });
    if (count === 0) return "gone";
    await recordEvent({ staffUserId: adminId, action: "sign-in.unlocked", entityType: "sign_in_throttle", entityId: `${scope}:${key}`, details: { scope, key } }, tx);
    return "unlocked";
  });
}
