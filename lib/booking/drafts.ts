// Booking in progress on the web: the answers are kept on the server under a random token, so the
// URL carries only that token. Drafts live two hours; the worker's retention rules delete expired ones.
import { db } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { hashToken, isManageTokenShape, newManageToken } from "./tokens";

const LIFETIME_MS = 2 * 3600_000;

export interface DraftData {
  requestType: string;
  channel: "video" | "in_person";
  locationId: string;
  start: string;
  journeyId?: string;
  locale: string;
  name: string;
  email: string;
  phone: string;
  customerNumber: string;
  interpreter: string;
  accessibilityNeeds: string;
  note: string;
  videoConsent: boolean;
  /** after a race: the next free starts offered instead */
  nextSlots?: string[];
}

/** field → message key in booking.errors */
export type DraftErrors = Record<string, string>;

export interface Draft {
  id: string;
  token: string;
  data: DraftData;
  errors: DraftErrors;
}

export async function saveDraft(data: DraftData, errors: DraftErrors, token?: string, client: PrismaClient = db): Promise<string> {
  const expiresAt = new Date(Date.now() + LIFETIME_MS);
  if (token && isManageTokenShape(token)) {
    const updated = await client.bookingDraft.updateMany({ where: { tokenHash: hashToken(token), expiresAt: { gt: new Date() } }, data: { data: { ...data }, errors, expiresAt } });
    if (updated.count > 0) return token;
  }
  const fresh = newManageToken();
  await client.bookingDraft.create({ data: { tokenHash: hashToken(fresh), data: { ...data }, errors, expiresAt } });
  return fresh;
}

export async function loadDraft(token: string | undefined, client: PrismaClient = db): Promise<Draft | null> {
  if (!token || !isManageTokenShape(token)) return null;
  const row = await client.bookingDraft.findUnique({ where: { tokenHash: hashToken(token) } });
  if (!row || row.expiresAt.getTime() < Date.now()) return null;
  return { id: row.id, token, data: row.data as unknown as DraftData, errors: (row.errors ?? {}) as DraftErrors };
}

export async function deleteDraft(id: string, client: PrismaClient = db): Promise<void> {
  await client.bookingDraft.deleteMany({ where: { id } });
}
