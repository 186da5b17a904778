// Reading request types for the pages and the API, from the database at every request (no copy kept
// in the process): an admin's change shows at the next request of every app process. Their texts
// per language are chosen by texts.ts.
import { db } from "@/lib/db";
import type { RequestType } from "@/lib/generated/prisma/client";
import type { Channel } from "@/lib/generated/prisma/enums";

export interface RequestTypeSummary {
  key: string;
  title: Record<string, string>;
  description: Record<string, string>;
  /** per language; read with whatToBring() of texts.ts */
  whatToBring: Record<string, string[]>;
  allowedChannels: Channel[];
  isEmergency: boolean;
  externalUrl: string | null;
  slotMinutes: number;
}

export async function listRequestTypes(): Promise<RequestTypeSummary[]> {
  const rows = await db.requestType.findMany({
    where: { active: true },
    orderBy: [{ sortOrder: "asc" }, { key: "asc" }],
  });
  return rows.map((row) => ({ ...requestTypeOf(row), slotMinutes: row.slotMinutes }));
}

/** A stored request type as the journey reads it (its slot length belongs to booking). */
export function requestTypeOf(row: RequestType): Omit<RequestTypeSummary, "slotMinutes"> {
  return {
    key: row.key,
    title: row.title as Record<string, string>,
    description: row.description as Record<string, string>,
    whatToBring: row.whatToBring as Record<string, string[]>,
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
