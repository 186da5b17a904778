// A person found or stored from the details given when they book or file something themselves
// (link_person(), migration 20261204300000_people_search): the same folded name with the same
// customer number, date of birth, e-mail or phone is the same person; anything weaker, or two
// candidates, makes a new person, so two different people are never merged silently.
import type { Prisma } from "@/lib/generated/prisma/client";
import { normalizeEmail, normalizePhone } from "@/lib/booking";

export interface PersonDetails {
  name: string;
  email?: string | null;
  phone?: string | null;
  customerNumber?: string | null;
  /** YYYY-MM-DD */
  dateOfBirth?: string | null;
  language?: string | null;
}

/** The id of the person these details name, in the caller's transaction; null without a name. */
export async function linkPerson(tx: Prisma.TransactionClient, details: PersonDetails): Promise<string | null> {
  const name = details.name.trim();
  if (name === "") return null;
  const dateOfBirth =
    details.dateOfBirth && /^\d{4}-\d{2}-\d{2}$/.test(details.dateOfBirth) ? details.dateOfBirth : null;
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT link_person(${name}, ${normalizeEmail(details.email)}, ${normalizePhone(details.phone)}, ${details.customerNumber?.trim() || null},
                       ${dateOfBirth}::date, ${details.language ?? "de"}, NULL, NULL)::text AS id`;
  return rows[0]?.id ?? null;
}
