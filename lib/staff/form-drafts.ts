// A staff form's values kept on the server for an hour, under an id only its author can open: the
// booking page's search and a refused form come back with what was typed, while the address holds
// the id alone (no name, date of birth or phone in browser history or access logs, and no limit on
// the address's length). The values are bounded by the form's own schema before they get here.
import { db } from "@/lib/db";
import { storable } from "@/lib/db/storable";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isUuid } from "@/lib/validation";

type Client = Prisma.TransactionClient | typeof db;

const KEPT_MS = 60 * 60 * 1000;

/**
 * book: booking for someone (search, person, details); people: the people search; hours: a location's
 * opening hours awaiting confirmation; person: a person's refused corrections (phone, e-mail, language)
 */
export type StaffForm = "book" | "people" | "hours" | "person";

/** Keeps the fields (expired drafts go first); the id for the page's address. */
export async function keepStaffForm(
  client: Client,
  staffUserId: string,
  form: StaffForm,
  entries: Record<string, string | undefined>,
): Promise<string> {
  const now = new Date();
  await client.staffFormDraft.deleteMany({ where: { expiresAt: { lt: now } } });
  const fields = Object.fromEntries(
    Object.entries(entries).filter((entry): entry is [string, string] => typeof entry[1] === "string"),
  );
  const row = await client.staffFormDraft.create({
    select: { id: true },
    data: {
      staffUserId,
      form,
      entries: storable(fields) as Prisma.InputJsonObject,
      expiresAt: new Date(now.getTime() + KEPT_MS),
    },
  });
  return row.id;
}

/** The kept fields of this staff member's draft, not yet expired; else an empty object. */
export async function openStaffForm(
  id: unknown,
  staffUserId: string,
  form: StaffForm,
  client: Client = db,
): Promise<Record<string, string>> {
  if (!isUuid(id)) return {};
  const row = await client.staffFormDraft.findFirst({
    where: { id, staffUserId, form, expiresAt: { gt: new Date() } },
    select: { entries: true },
  });
  const entries = row?.entries;
  if (!entries || typeof entries !== "object" || Array.isArray(entries)) return {};
  return Object.fromEntries(
    Object.entries(entries).filter((entry): entry is [string, string] => typeof entry[1] === "string"),
  );
}
