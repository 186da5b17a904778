// Leftovers: expired drafts are deleted; stored files that no attachment and no live draft refers
// to (a crash between storing and committing) are removed after a grace period. How long
// idempotency answers (which hold the status link) are kept is a retention rule (lib/retention.ts).
import { db } from "@/lib/db";
import { fileStorage, type FileStorage } from "./storage";

export const ORPHAN_GRACE_MS = 60 * 60 * 1000;

export async function purgeExpiredDrafts(now = new Date()): Promise<number> {
  const result = await db.formDraft.deleteMany({ where: { expiresAt: { lte: now } } });
  return result.count;
}

/** Deletes stored files nothing refers to any more; returns how many. */
export async function collectOrphanFiles(storage: FileStorage = fileStorage(), now = new Date()): Promise<number> {
  const referenced = new Set<string>();
  for (const row of await db.attachment.findMany({ select: { storageKey: true } })) referenced.add(row.storageKey);
  for (const draft of await db.formDraft.findMany({ where: { expiresAt: { gt: now } }, select: { answers: true } })) {
    const files = (draft.answers as { files?: { storageKey?: unknown }[] } | null)?.files ?? [];
    for (const file of files) if (typeof file.storageKey === "string") referenced.add(file.storageKey);
  }
  let removed = 0;
  for await (const object of storage.list()) {
    if (referenced.has(object.key) || now.getTime() - object.lastModified.getTime() < ORPHAN_GRACE_MS) continue;
    await storage.delete(object.key);
    removed += 1;
  }
  return removed;
}
