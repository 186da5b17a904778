// Staff sessions that end (docs/security.md). The session cookie is a next-auth JWT, which the
// server cannot take back by itself; so the token names a row of staff_session, and every request
// checks that row: ended, idle for longer than STAFF_SESSION_IDLE_MINUTES or older than
// STAFF_SESSION_MAX_HOURS, it admits nobody. Sign-out, deactivation, a change of role and a new
// password end every session of the account (endStaffSessions), so a copied cookie dies with them.
import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";

type Client = PrismaClient | Prisma.TransactionClient;

/** The idle and absolute limits, in minutes. */
export function sessionLimits(): { idleMinutes: number; maxMinutes: number } {
  const env = getEnv();
  return { idleMinutes: env.STAFF_SESSION_IDLE_MINUTES, maxMinutes: env.STAFF_SESSION_MAX_HOURS * 60 };
}

/** A new session at sign-in; the account's ended and long-idle ones are cleared away at the same time. */
export async function startStaffSession(staffUserId: string, client: Client = db): Promise<string> {
  await client.$executeRaw`
    DELETE FROM staff_session
     WHERE staff_user_id = ${staffUserId}::uuid AND (ended_at IS NOT NULL OR last_seen_at < now() - interval '1 day')`;
  const session = await client.staffSession.create({ data: { staffUserId }, select: { id: true } });
  return session.id;
}

/** Ends every open session of the account (but `except`, when given): its next request, from any other browser, finds none. */
export async function endStaffSessions(staffUserId: string, client: Client = db, except?: string): Promise<number> {
  const { count } = await client.staffSession.updateMany({
    where: { staffUserId, endedAt: null, ...(except ? { NOT: { id: except } } : {}) },
    data: { endedAt: new Date() },
  });
  return count;
}

/** Ends the session a token names, and with it every other session of its account. */
export async function endSessionOf(sessionId: unknown, client: Client = db): Promise<void> {
  if (typeof sessionId !== "string" || !/^[0-9a-f-]{36}$/i.test(sessionId)) return;
  const session = await client.staffSession.findUnique({ where: { id: sessionId }, select: { staffUserId: true } });
  if (session) await endStaffSessions(session.staffUserId, client);
}
