// Staff sign-in that withstands guessing. Failures are counted in PostgreSQL (sign_in_throttle), so
// every app process counts the same: per e-mail address tried (whether or not an account has it)
// together with the client address, and per client address, with growing delays and then a lock
// of that pair or address (docs/security.md). An account is never locked for an address that has
// not failed: failures for one account from many addresses make its sign-in ask for a proof of
// work (ALTCHA, as the booking does) instead. An unknown account, a wrong password and a locked
// account get the same answer after the same work.
// A staff member with a second factor also gives the code of their authenticator app; a wrong or
// missing code is a failure like a wrong password. A bcrypt hash becomes argon2id on success.
import { db } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { SignInThrottleScope, StaffRole } from "@/lib/generated/prisma/enums";
import { verifyProofOfWork } from "@/lib/booking";
import { text } from "@/lib/validation";
import { recordEvent, type SignInFailureReason } from "./audit";
import { hashForNoAccount, hashPassword, isBcryptHash, passwordMatches } from "./passwords";
import { acceptedStep, normaliseCode, openSecret } from "./second-factor";

interface ScopeRule {
  /** the failure that locks */
  lockAfter: number;
  lockMinutes: number;
  /** the first attempt that waits */
  delaysFrom: number;
  /** failures are forgotten this long after the last one */
  forgetAfterMinutes: number;
}

export const SIGN_IN_RULES = {
  /** an account tried from one client address (the row's key is "<e-mail>|<address>") */
  account: { lockAfter: 5, lockMinutes: 15, delaysFrom: 2, forgetAfterMinutes: 24 * 60 },
  /** an account tried from anywhere (the row's key is the e-mail address): never locks, asks for a proof of work */
  anywhere: { proofAfter: 5, forgetAfterMinutes: 24 * 60 },
  // An office behind one address makes typing mistakes all day: the address counts bursts only.
  address: { lockAfter: 20, lockMinutes: 15, delaysFrom: 11, forgetAfterMinutes: 15 },
  /** the first delay; each further failure doubles it, up to maxDelayMs */
  firstDelayMs: 500,
  maxDelayMs: 4000,
} as const satisfies { account: ScopeRule; address: ScopeRule } & Record<string, unknown>;

/** The row key of an account tried from one client address. */
export const pairKey = (email: string, address: string) => `${email}|${address}`;

const emailSchema = text({ max: 200, min: 3 }).transform((value) => value.toLowerCase());
const passwordSchema = text({ max: 200, min: 1, trim: false });

export interface SignInAttempt {
  email: unknown;
  password: unknown;
  /** the code of the authenticator app, for accounts with a second factor */
  code?: unknown;
  /** the client address, from clientIp() */
  address: string;
  /** the browser's solved proof of work (ALTCHA payload), asked for once the account has many failures */
  proof?: unknown;
}

export interface SignedInStaff {
  id: string;
  email: string;
  name: string;
  role: StaffRole;
  /** signed in with a code of the second factor */
  secondFactor: boolean;
}

export interface SignInOptions {
  client?: PrismaClient;
  now?: Date;
  sleep?: (ms: number) => Promise<void>;
  /** checks a proof of work (lib/booking's ALTCHA check by default) */
  verifyProof?: (payload: string) => Promise<boolean>;
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** How long an attempt waits before it is checked: nothing at first, then doubling up to the cap. */
export function delayBeforeAttempt(failures: number, rule: ScopeRule): number {
  if (failures < rule.delaysFrom) return 0;
  return Math.min(SIGN_IN_RULES.firstDelayMs * 2 ** (failures - rule.delaysFrom), SIGN_IN_RULES.maxDelayMs);
}

interface Claim {
  scope: SignInThrottleScope;
  key: string;
  failures: number;
  locked: boolean;
}

/**
 * Counts the attempt as a failure before it is checked (one upsert), so that parallel guesses cannot
 * all pass the threshold. After a lock has ended the count stands one below the threshold: the next
 * failure locks again, until a success, an admin's unlock or a quiet spell (forgetAfterMinutes).
 */
async function claim(
  client: PrismaClient,
  scope: SignInThrottleScope,
  key: string,
  now: Date,
  rule: Pick<ScopeRule, "lockAfter" | "forgetAfterMinutes"> = SIGN_IN_RULES[scope],
): Promise<Claim> {
  const forgetBefore = new Date(now.getTime() - rule.forgetAfterMinutes * 60_000);
  const [row] = await client.$queryRaw<{ failures: number; lockedUntil: Date | null }[]>`
    INSERT INTO sign_in_throttle (scope, key, failures, last_failure_at) VALUES (${scope}::"SignInThrottleScope", ${key}, 1, ${now})
    ON CONFLICT (scope, key) DO UPDATE SET
      failures = CASE
        WHEN sign_in_throttle.last_failure_at < ${forgetBefore} THEN 1
        WHEN sign_in_throttle.locked_until <= ${now} THEN LEAST(sign_in_throttle.failures, ${rule.lockAfter - 1}) + 1
        ELSE sign_in_throttle.failures + 1 END,
      last_failure_at = ${now},
      locked_until = CASE WHEN sign_in_throttle.locked_until > ${now} THEN sign_in_throttle.locked_until END
    RETURNING failures, locked_until AS "lockedUntil"`;
  // A lock, or more attempts under way than the threshold allows: refused without a check.
  return { scope, key, failures: row.failures, locked: row.lockedUntil !== null || row.failures > rule.lockAfter };
}

/** Locks a scope whose count reached the threshold (once: a lock already running is kept) and records it. */
async function lockIfDue(client: PrismaClient, { scope, key, failures }: Claim, now: Date): Promise<void> {
  const rule = SIGN_IN_RULES[scope];
  if (failures < rule.lockAfter) return;
  const lockedUntil = new Date(now.getTime() + rule.lockMinutes * 60_000);
  await client.$transaction(async (tx) => {
    const { count } = await tx.signInThrottle.updateMany({
      where: {
        scope,
        key,
        failures: { gte: rule.lockAfter },
        OR: [{ lockedUntil: null }, { lockedUntil: { lte: now } }],
      },
      data: { lockedUntil },
    });
    if (count === 1) {
      await recordEvent(
        {
          action: "sign-in.locked",
          actor: null,
          citizenId: null,
          object: { type: "sign_in_throttle", id: `${scope}:${key}` },
          details: { scope, key, failures, lockedUntil: lockedUntil.toISOString() },
        },
        tx,
      );
    }
  });
}

/** A success resets the account's counts (from anywhere, and from this address) and takes its own attempt back from the address's count. */
async function settleSuccess(client: PrismaClient, email: string, address: string): Promise<void> {
  await client.signInThrottle.deleteMany({
    where: { scope: "account", key: { in: [email, pairKey(email, address)] } },
  });
  await client.$executeRaw`UPDATE sign_in_throttle SET failures = GREATEST(failures - 1, 0) WHERE scope = 'address' AND key = ${address}`;
}

/**
 * One sign-in attempt: the staff member on success, else null. Every failure is recorded in the
 * audit log; the reasons "wrong-credentials" (unknown account or wrong password, deliberately one
 * reason), "locked" and "invalid-input" are for the log only, never for the answer.
 */
export async function attemptSignIn(
  attempt: SignInAttempt,
  options: SignInOptions = {},
): Promise<SignedInStaff | null> {
  const client = options.client ?? db;
  const now = options.now ?? new Date();
  const sleep = options.sleep ?? wait;
  const email = emailSchema.safeParse(attempt.email).data ?? null;
  const password = passwordSchema.safeParse(attempt.password).data ?? null;
  const address = attempt.address.slice(0, 100);

  const claims = [await claim(client, "address", address, now)];
  if (email) claims.push(await claim(client, "account", pairKey(email, address), now));
  await sleep(Math.max(...claims.map((entry) => delayBeforeAttempt(entry.failures, SIGN_IN_RULES[entry.scope]))));
  // Counted from anywhere: never a lock (that would let anyone who knows the address lock the
  // account out), but past the threshold a proof of work, which makes guessing slow from any number
  // of addresses and costs a staff member's browser half a second.
  const anywhere = email
    ? await claim(client, "account", email, now, { lockAfter: 1_000_000, ...SIGN_IN_RULES.anywhere })
    : null;
  const proofAsked = anywhere !== null && anywhere.failures - 1 >= SIGN_IN_RULES.anywhere.proofAfter;
  const proofGiven =
    proofAsked &&
    typeof attempt.proof === "string" &&
    (await (options.verifyProof ?? verifyProofOfWork)(attempt.proof));

  // The same work whatever the outcome: one look-up and one hash comparison.
  const staff = email ? await client.staffUser.findUnique({ where: { email } }) : null;
  const matches = await passwordMatches(staff?.passwordHash ?? (await hashForNoAccount()), password ?? "");
  const locked = claims.some((entry) => entry.locked);
  const proofMissing = proofAsked && !proofGiven;

  let codeRefused = false;
  if (email && password && staff?.active && matches && !locked && !proofMissing) {
    const secondFactor = staff.totpSecret !== null;
    if (secondFactor) codeRefused = !(await spendCode(client, staff, attempt.code, now));
    if (!codeRefused) {
      await settleSuccess(client, email, address);
      // An account from before argon2id gets its new hash now, while the password is at hand.
      if (isBcryptHash(staff.passwordHash))
        await client.staffUser.update({
          where: { id: staff.id },
          data: { passwordHash: await hashPassword(password) },
        });
      await recordEvent(
        {
          action: "sign-in.succeeded",
          actor: staff.id,
          citizenId: null,
          object: { type: "staff_user", id: staff.id },
          details: { address, method: secondFactor ? "password+totp" : "password" },
        },
        client,
      );
      return { id: staff.id, email: staff.email, name: staff.name, role: staff.role, secondFactor };
    }
  }

  const reason: SignInFailureReason =
    !email || !password
      ? "invalid-input"
      : locked
        ? "locked"
        : proofMissing && matches && staff?.active
          ? "proof-missing"
          : codeRefused
            ? "wrong-code"
            : "wrong-credentials";
  const failures = {
    ...Object.fromEntries(claims.map((entry) => [entry.scope, entry.failures])),
    ...(anywhere ? { anywhere: anywhere.failures } : {}),
  };
  await recordEvent(
    {
      action: "sign-in.failed",
      actor: null,
      citizenId: null,
      object: { type: "staff_sign_in", id: email },
      details: { email, address, reason, failures },
    },
    client,
  );
  for (const entry of claims) if (!entry.locked) await lockIfDue(client, entry, now);
  if (Math.random() < 0.01) await forgetOldFailures(client, now);
  return null;
}

/**
 * Whether the code is right for the account's secret now; the step is stored in the same statement
 * that checks it was not used yet, so that one code cannot sign in twice, not even in parallel.
 */
async function spendCode(
  client: PrismaClient,
  staff: { id: string; totpSecret: string | null; totpLastStep: bigint | null },
  input: unknown,
  now: Date,
): Promise<boolean> {
  const secret = staff.totpSecret ? openSecret(staff.totpSecret) : null;
  if (!secret) return false;
  const step = acceptedStep(secret, normaliseCode(input), now, staff.totpLastStep);
  if (step === null) return false;
  const { count } = await client.staffUser.updateMany({
    where: { id: staff.id, OR: [{ totpLastStep: null }, { totpLastStep: { lt: step } }] },
    data: { totpLastStep: step },
  });
  return count === 1;
}

/** Rows whose failures are forgotten and that hold no lock are of no use any more. */
async function forgetOldFailures(client: PrismaClient, now: Date): Promise<void> {
  const forgotten = (scope: SignInThrottleScope) => ({
    scope,
    lastFailureAt: { lt: new Date(now.getTime() - SIGN_IN_RULES[scope].forgetAfterMinutes * 60_000) },
  });
  await client.signInThrottle.deleteMany({
    where: {
      OR: [forgotten("account"), forgotten("address")],
      AND: { OR: [{ lockedUntil: null }, { lockedUntil: { lt: now } }] },
    },
  });
}
