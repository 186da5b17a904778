// The admin's view of the audit log: every row, newest first, 50 to a page, filtered by staff
// member, person (a citizen's id, or the reference of one of their appointments or submissions),
// action and a range of days (Berlin time), and the same rows as a CSV file. The app only reads
// here; the database refuses to change or delete audit rows (the retention job aside).
import { z } from "zod";
import { csvFile } from "@/lib/csv";
import { db } from "@/lib/db";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { addDays, berlinToUtc, toBerlinIso } from "@/lib/time";
import { hasControlCharacters, isCalendarDay, isUuid } from "@/lib/validation";
import type { AuditFilterDetails } from "./audit";
import { auditActionName } from "./audit-sentences";

export const AUDIT_PAGE_SIZE = 50;
/** The most rows one CSV file holds; a narrower filter gets the rest. */
export const AUDIT_EXPORT_LIMIT = 50_000;

export interface AuditFilters extends AuditFilterDetails {
  /** the page's number, for the reader (the rows come from `after`) */
  page: number;
  /** keyset paging: the rows older than this one (its time and id), newest first */
  after: { createdAt: Date; id: string } | null;
}

// Query or form fields as they come (a repeated one as a list); read leniently by readAuditFilters.
const field = z.union([z.string(), z.array(z.string())]).optional();
export const auditFilterFields = z.object({
  staff: field,
  person: field,
  action: field,
  from: field,
  to: field,
  page: field,
  after: field,
});
export type AuditFilterFields = z.infer<typeof auditFilterFields>;

const first = (value: string | string[] | undefined) => ((Array.isArray(value) ? value[0] : value) ?? "").trim();

/**
 * The filters from the page's query or the export form. A value that cannot be a filter is left
 * out and named in `problems` (German), so that the page shows what it did not apply.
 */
export function readAuditFilters(raw: AuditFilterFields): { filters: AuditFilters; problems: string[] } {
  const problems: string[] = [];
  const staff = first(raw.staff);
  const person = first(raw.person);
  const action = first(raw.action);
  const from = first(raw.from);
  const to = first(raw.to);
  const page = Number(first(raw.page) || "1");
  const filters: AuditFilters = {
    staff: null,
    person: null,
    action: null,
    from: null,
    to: null,
    page: 1,
    after: null,
  };
  if (staff) {
    if (isUuid(staff)) filters.staff = staff;
    else problems.push("Die gewählte Mitarbeiterin bzw. der gewählte Mitarbeiter ist unbekannt.");
  }
  if (person) {
    if (person.length <= 100 && !hasControlCharacters(person)) filters.person = person;
    else problems.push("Person: Bitte geben Sie eine Personen-ID oder ein Aktenzeichen (Termin, Formular) ein.");
  }
  if (action) {
    if (/^[a-z][a-z-]*(\.[a-z-]+)?$/.test(action) && action.length <= 60) filters.action = action;
    else problems.push("Die gewählte Aktion ist unbekannt.");
  }
  for (const [name, value, label] of [
    ["from", from, "Von"],
    ["to", to, "Bis"],
  ] as const) {
    if (!value) continue;
    if (isCalendarDay(value)) filters[name] = value;
    else problems.push(`${label}: Bitte geben Sie ein Datum ein (TT.MM.JJJJ).`);
  }
  if (filters.from && filters.to && filters.from > filters.to) {
    problems.push("„Von“ liegt nach „Bis“: Der Zeitraum ist nicht angewendet.");
    filters.from = null;
    filters.to = null;
  }
  if (Number.isInteger(page) && page >= 1 && page <= 100_000) filters.page = page;
  filters.after = readCursor(first(raw.after));
  if (!filters.after) filters.page = 1;
  return { filters, problems };
}

/** A row's place in the order, for the next page's address: "<milliseconds>_<id>". */
export const cursorOf = (entry: { createdAt: Date; id: string }) => `${entry.createdAt.getTime()}_${entry.id}`;

function readCursor(text: string): AuditFilters["after"] {
  const match = /^(\d{1,15})_([0-9a-f-]{36})$/.exec(text);
  if (!match || !isUuid(match[2])) return null;
  return { createdAt: new Date(Number(match[1])), id: match[2] };
}

export const filterDetails = ({ staff, person, action, from, to }: AuditFilters): AuditFilterDetails => ({
  staff,
  person,
  action,
  from,
  to,
});

/** The rows a person filter stands for: the citizen's id, or the person behind an appointment's or submission's reference. */
async function personCondition(client: PrismaClient, person: string): Promise<Prisma.AuditLogWhereInput> {
  const citizens = new Set<string>();
  const objects = new Set<string>([person]);
  if (z.uuid().safeParse(person).success) citizens.add(person);
  else {
    const reference = person.toUpperCase();
    objects.add(reference);
    const [appointment, submission] = await Promise.all([
      client.appointment.findUnique({ where: { reference }, select: { id: true, citizenId: true } }),
      client.formSubmission.findUnique({ where: { reference }, select: { id: true, citizenId: true } }),
    ]);
    for (const found of [appointment, submission]) {
      if (!found) continue;
      objects.add(found.id);
      if (found.citizenId) citizens.add(found.citizenId);
    }
  }
  return { OR: [{ citizenId: { in: [...citizens] } }, { entityId: { in: [...objects] } }] };
}

async function whereFor(client: PrismaClient, filters: AuditFilters): Promise<Prisma.AuditLogWhereInput> {
  const conditions: Prisma.AuditLogWhereInput[] = [];
  if (filters.staff) conditions.push({ staffUserId: filters.staff });
  if (filters.action) conditions.push({ action: filters.action });
  if (filters.from) conditions.push({ createdAt: { gte: berlinToUtc(filters.from, "00:00") } });
  if (filters.to) conditions.push({ createdAt: { lt: berlinToUtc(addDays(filters.to, 1), "00:00") } });
  if (filters.person) conditions.push(await personCondition(client, filters.person));
  return { AND: conditions };
}

export interface AuditEntry {
  id: string;
  createdAt: Date;
  action: string;
  staff: { id: string; name: string; email: string } | null;
  citizenId: string | null;
  /** the person's name (null: no person, or deleted since) */
  citizenName: string | null;
  entityType: string;
  entityId: string | null;
  details: Prisma.JsonValue;
}

const entrySelect = {
  id: true,
  createdAt: true,
  action: true,
  citizenId: true,
  entityType: true,
  entityId: true,
  details: true,
  staffUser: { select: { id: true, name: true, email: true } },
} as const satisfies Prisma.AuditLogSelect;

const toEntry = (
  { staffUser, ...row }: Prisma.AuditLogGetPayload<{ select: typeof entrySelect }>,
  names: Map<string, string> = new Map(),
): AuditEntry => ({
  ...row,
  citizenName: row.citizenId ? (names.get(row.citizenId) ?? null) : null,
  staff: staffUser,
});

/**
 * One page of the log, newest first, after the cursor (keyset paging by (created_at, id): a page
 * stays the same however many rows are written meanwhile), the total the filters match, and the
 * next page's cursor. People are named: the page shows names, never ids.
 */
export async function listAuditEntries(
  filters: AuditFilters,
  client: PrismaClient = db,
): Promise<{ entries: AuditEntry[]; total: number; next: string | null }> {
  const where = await whereFor(client, filters);
  const after = filters.after;
  const [rows, total] = await Promise.all([
    client.auditLog.findMany({
      where: after
        ? {
            AND: [
              where,
              {
                OR: [{ createdAt: { lt: after.createdAt } }, { createdAt: after.createdAt, id: { lt: after.id } }],
              },
            ],
          }
        : where,
      select: entrySelect,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: AUDIT_PAGE_SIZE + 1,
    }),
    client.auditLog.count({ where }),
  ]);
  const page = rows.slice(0, AUDIT_PAGE_SIZE);
  const people = [...new Set(page.flatMap((row) => (row.citizenId ? [row.citizenId] : [])))];
  const names = new Map(
    (await client.citizen.findMany({ where: { id: { in: people } }, select: { id: true, name: true } })).map(
      (person) => [person.id, person.name] as const,
    ),
  );
  return {
    entries: page.map((row) => toEntry(row, names)),
    total,
    next: rows.length > AUDIT_PAGE_SIZE ? cursorOf(page[page.length - 1]) : null,
  };
}

/** The person's name for the filter's line (the page shows no id); null for none or unknown. */
export async function auditPersonName(person: string | null, client: PrismaClient = db): Promise<string | null> {
  if (!person || !isUuid(person)) return null;
  return (await client.citizen.findUnique({ where: { id: person }, select: { name: true } }))?.name ?? null;
}

/** Every row the filters match (up to AUDIT_EXPORT_LIMIT), newest first, as a CSV file. */
export async function auditCsv(
  filters: AuditFilters,
  client: Prisma.TransactionClient | PrismaClient = db,
): Promise<{ csv: string; count: number }> {
  const rows = await client.auditLog.findMany({
    where: await whereFor(client as PrismaClient, filters),
    select: entrySelect,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: AUDIT_EXPORT_LIMIT,
  });
  const csv = csvFile(
    ["Zeitpunkt", "Aktion", "Bezeichnung", "Mitarbeiter/in", "E-Mail", "Person (ID)", "Objekt", "Objekt-ID", "Details"],
    rows
      .map((row) => toEntry(row))
      .map((entry) => [
        toBerlinIso(entry.createdAt),
        entry.action,
        auditActionName(entry.action),
        entry.staff?.name ?? "",
        entry.staff?.email ?? "",
        entry.citizenId,
        entry.entityType,
        entry.entityId,
        entry.details === null ? "" : JSON.stringify(entry.details),
      ]),
  );
  return { csv, count: rows.length };
}
