// The audit log of staff access to a person's data (product.md §8).
import { db } from "@/lib/db";
import type { StaffSession } from "@/lib/auth";

export async function recordAccess(session: StaffSession, entry: { action: string; entityType: string; entityId?: string; citizenId?: string; details?: object }) {
  await db.auditLog.create({
    data: { staffUserId: session.staff.id, action: entry.action, entityType: entry.entityType, entityId: entry.entityId, citizenId: entry.citizenId, details: entry.details },
  });
}
