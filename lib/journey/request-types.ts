// Reading request types for the pages and the API. Their titles and descriptions are chosen by
// texts.ts: the message files when the key is known there, else the database (types added by admins).
import { db } from "@/lib/db";
import type { RequestType } from "@/lib/generated/prisma/client";
import type { Channel } from "@/lib/generated/prisma/enums";

export interface RequestTypeSummary {
  key: string;
  title: Record<string, string>;
  description: Record<string, string>;
  allowedChannels: Channel[];
  isEmergency: boolean;
  externalUrl: string | null;
  slotMinutes: number;
}

export async function listRequestTypes(): Promise<RequestTypeSummary[]> {
  const rows = await db.requestType.findMany({ where: { active: true }, orderBy: [{ sortOrder: "asc" }, { key: "asc" }] });
  return rows.map((row) => ({ ...requestTypeOf(row), slotMinutes: row.slotMinutes }));
}

/** A stored request type as the journey reads it (its slot length belongs to booking). */
export function requestTypeOf(row: RequestType): Omit<RequestTypeSummary, "slotMinutes"> {
  return {
    key: row.key,
    title: row.title as Record<string, string>,
    description: row.description as Record<string, string>,
    allowedChannels: row.allowedChannels,
    isEmergency: row.isEmergency,
    externalUrl: row.externalUrl,
  };
}

/** The shape of a request type key ("job-counselling"): checked before a key from a client reaches a query. */
export function isRequestTypeKey(key: string): boolean {
  return /^[a-z0-9-]{1,64}$/.test(key);
}

/** One active request type, or null for an unknown key. */
export async function findRequestType(key: string): Promise<RequestTypeSummary | null> {
  if (!isRequestTypeKey(key)) return null;
  const rows = await listRequestTypes();
  return rows.find((row) => row.key === key) ?? null;
}
