// The admin's view of sign-in locks: which e-mail addresses and client addresses are locked now, and
// lifting a lock before its time (which also forgets the failures counted so far).
import { z } from "zod";
import { db } from "@/lib/db";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { SignInThrottleScope } from "@/lib/generated/prisma/enums";
import { text } from "@/lib/validation";
import { auditAs, type Audit } from "./audit";

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
  const rows = await client.signInThrottle.findMany({
    where: { lockedUntil: { gt: options.now ?? new Date() } },
    orderBy: { lockedUntil: "asc" },
    take: 500,
  });
  // An account's lock is for one client address: its key is "<e-mail>|<address>" (sign-in.ts).
  const emailOf = (key: string) => key.split("|")[0];
  const emails = rows.filter((row) => row.scope === "account").map((row) => emailOf(row.key));
  const accounts = new Set(
    (await client.staffUser.findMany({ where: { email: { in: emails } }, select: { email: true } })).map(
      (staff) => staff.email,
    ),
  );
  return rows.map((row) => ({
    scope: row.scope,
    key: row.key,
    failures: row.failures,
    lockedUntil: row.lockedUntil as Date,
    hasAccount: row.scope === "account" ? accounts.has(emailOf(row.key)) : null,
  }));
}

/** The "Entsperren" form: which lock to lift. */
export const unlockSchema = z.object({ scope: z.enum(["account", "address"]), key: text({ min: 1, max: 200 }) });

export type UnlockInput = z.infer<typeof unlockSchema>;

export type UnlockOutcome = "unlocked" | "gone" | "invalid";

/**
 * Lifts a lock and forgets the failures, in the caller's transaction, recorded as sign-in.unlocked
 * with the admin the audit belongs to. "gone" when there was nothing to lift (already over, or lifted
 * by someone else in the meantime).
 */
export async function liftSignInLock(
  { tx, audit }: { tx: Prisma.TransactionClient; audit: Audit },
  { scope, key }: UnlockInput,
  now = new Date(),
): Promise<"unlocked" | "gone"> {
  const { count } = await tx.signInThrottle.deleteMany({ where: { scope, key, lockedUntil: { gt: now } } });
  if (count === 0) return "gone";
  await audit({
    action: "sign-in.unlocked",
    citizenId: null,
    object: { type: "sign_in_throttle", id: `${scope}:${key}` },
    details: { scope, key },
  });
  return "unlocked";
}

/** The unlock outside a request: the input checked, then lifted in a transaction of its own. */
export async function unlockSignIn(
  adminId: string,
  input: unknown,
  options: { client?: PrismaClient; now?: Date } = {},
): Promise<UnlockOutcome> {
  const client = options.client ?? db;
  const parsed = unlockSchema.safeParse(input);
  if (!parsed.success) return "invalid";
  return client.$transaction((tx) => liftSignInLock({ tx, audit: auditAs(adminId, tx) }, parsed.data, options.now));
}
