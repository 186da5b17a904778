// The audit log (product.md §8): every staff access to a person's data, and every event of the staff
// sign-in (failures, locks, unlocks), which may have no signed-in actor.
import { db } from "@/lib/db";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";

/** What happened, written `<object>.<verb>` ("view" and "check-in" are the older, plain names). */
export type AuditAction =
  | "view"
  | "check-in"
  | "sign-in.succeeded"
  | "sign-in.failed"
  | "sign-in.locked"
  | "sign-in.unlocked"
  | "outbox.message-viewed";

export interface AuditEntry {
  action: AuditAction;
  entityType: string;
  entityId?: string;
  citizenId?: string | null;
  details?: Prisma.InputJsonObject;
}

/** Records an event; `staffUserId` is the actor, left out when nobody is signed in. */
export async function recordEvent(entry: AuditEntry & { staffUserId?: string | null }, client: PrismaClient | Prisma.TransactionClient = db): Promise<void> {
  await client.auditLog.create({
    data: { staffUserId: entry.staffUserId ?? null, action: entry.action, entityType: entry.entityType, entityId: entry.entityId, citizenId: entry.citizenId ?? null, details: entry.details },
  });
}

/**
 * Records what a signed-in staff member did or looked at. The session is any with a staff member
 * (lib/auth.ts's StaffSession): lib/auth.ts signs in through lib/staff, which records here.
 */
export async function recordAccess(session: { staff: { id: string } }, entry: AuditEntry, client?: PrismaClient | Prisma.TransactionClient): Promise<void> {
  await recordEvent({ ...entry, staffUserId: session.staff.id }, client);
}
