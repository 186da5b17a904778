// The admin's view of sign-in locks: which e-mail addresses and client addresses are locked now (paged,
// with the total), and lifting a lock before its time (which also forgets the failures counted so far).
import { z } from "zod";
import { db } from "@/lib/db";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { finishPage, keysetPlan, type ListPage, type PageRequest } from "@/lib/list-query";
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

/**
 * Where a page of locks starts: a lock is named in links by the end of its lock and a digest of what
 * is locked (never the e-mail address or the client address itself).
 */
export function lockPageRequest(query: { after?: string; before?: string; end?: string }): PageRequest {
  const decode = (value: string | undefined) => {
    const match = /^(\d{1,15})_([0-9a-f]{32})$/.exec(value ?? "");
    return match ? { at: new Date(Number(match[1])), id: match[2] } : undefined;
  };
  const after = decode(query.after);
  const before = after ? undefined : decode(query.before);
  return { after, before, end: !after && !before && query.end === "1" };
}

/**
 * One page of the locks in force, the newest first (the one someone just called about is on top),
 * with their total; paged by keyset on
 * (locked_until, md5 of scope and key), never by OFFSET.
 */
export async function listSignInLocks(
  options: { client?: PrismaClient; now?: Date; page?: PageRequest } = {},
): Promise<ListPage<SignInLock>> {
  const client = options.client ?? db;
  const now = options.now ?? new Date();
  const plan = keysetPlan(options.page ?? {}, "desc");
  const direction = plan.scan === "asc" ? Prisma.sql`ASC` : Prisma.sql`DESC`;
  const beyond = plan.cursor
    ? Prisma.sql`AND (locked_until, md5(scope::text || '|' || key)) ${plan.operator === "gt" ? Prisma.sql`>` : Prisma.sql`<`} (${plan.cursor.at}::timestamptz, ${plan.cursor.id})`
    : Prisma.empty;
  const [[{ total }], fetched] = await Promise.all([
    client.$queryRaw<{ total: number }[]>`
      SELECT count(*)::int AS total FROM sign_in_throttle WHERE locked_until > ${now}`,
    client.$queryRaw<{ scope: SignInThrottleScope; key: string; failures: number; locked_until: Date; tag: string }[]>`
      SELECT scope, key, failures, locked_until, md5(scope::text || '|' || key) AS tag
        FROM sign_in_throttle
       WHERE locked_until > ${now} ${beyond}
       ORDER BY locked_until ${direction}, tag ${direction}
       LIMIT ${plan.take}`,
  ]);
  const page = finishPage(fetched, plan, (row) => ({ at: row.locked_until, id: row.tag }));
  // An account's lock is for one client address: its key is "<e-mail>|<address>" (sign-in.ts).
  const emailOf = (key: string) => key.split("|")[0];
  const emails = page.rows.filter((row) => row.scope === "account").map((row) => emailOf(row.key));
  const accounts = new Set(
    (await client.staffUser.findMany({ where: { email: { in: emails } }, select: { email: true } })).map(
      (staff) => staff.email,
    ),
  );
  return {
    ...page,
    total,
    rows: page.rows.map((row) => ({
      scope: row.scope,
      key: row.key,
      failures: row.failures,
      lockedUntil: row.locked_until,
      hasAccount: row.scope === "account" ? accounts.has(emailOf(row.key)) : null,
    })),
  };
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
