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

export const AUDIT_PAGE_SIZE = 50;
/** The most rows one CSV file holds; a narrower filter gets the rest. */
export const AUDIT_EXPORT_LIMIT = 50_000;

/** German names of the actions, for the filter's list and the table; an action not named here shows as it is stored. */
export const AUDIT_ACTION_NAMES: Record<string, string> = {
  "sign-in.succeeded": "Anmeldung",
  "sign-in.failed": "Anmeldung fehlgeschlagen",
  "sign-in.refused": "Single Sign-on abgelehnt",
  "sign-in.locked": "Anmeldung gesperrt",
  "sign-in.unlocked": "Anmeldesperre aufgehoben",
  "sign-in-locks.listed": "Anmeldesperren angesehen",
  "staff.listed": "Dienstkonten angesehen",
  "staff.created": "Dienstkonto angelegt",
  "staff.updated": "Rolle oder Standorte geändert",
  "staff.deactivated": "Dienstkonto deaktiviert",
  "staff.reactivated": "Dienstkonto reaktiviert",
  "staff.second-factor-reset": "Zweiter Faktor zurückgesetzt",
  "staff.password-set": "Neues Passwort gesetzt",
  "second-factor.setup-started": "Zweiter Faktor: Einrichtung begonnen",
  "second-factor.enabled": "Zweiter Faktor eingerichtet",
  "security.admin-second-factor-changed": "Zweiter Faktor für Administration geändert",
  "location.updated": "Standort geändert",
  "location.hours-saved": "Öffnungszeiten und Plätze geändert",
  "location.closure-added": "Schließung eingetragen",
  "location.closure-removed": "Schließung entfernt",
  "routing-rules.saved": "Regeln der Empfehlung gespeichert",
  "routing-rules.restored": "Frühere Regeln der Empfehlung wiederhergestellt",
  "request-type.saved": "Anliegen geändert",
  "audit.listed": "Protokoll angesehen",
  "audit.exported": "Protokoll exportiert",
  "person.viewed": "Person angesehen",
  "appointment.viewed": "Termin angesehen",
  "appointment.checked-in": "Termin eingecheckt",
  "queue.listed": "Warteschlange angesehen",
  "queue.ticket-drawn": "Wartenummer gezogen",
  "queue.ticket-changed": "Wartenummer bearbeitet (Aufruf, Parken, Weiterleiten, Abschluss)",
  "queue.display-renewed": "Link der Aufrufanzeige erneuert",
  "outbox.listed": "Postausgang angesehen",
  "outbox.message-viewed": "Nachricht gelesen",
  "feedback.listed": "Rückmeldungen angesehen",
  "analytics.viewed": "Auswertung angesehen",
  "analytics.exported": "Auswertung exportiert",
  "analytics.imported": "Papierfragebögen importiert",
  view: "Angesehen (ältere Einträge)",
  "check-in": "Eingecheckt (ältere Einträge)",
};

export const auditActionName = (action: string) => AUDIT_ACTION_NAMES[action] ?? action;

export interface AuditFilters extends AuditFilterDetails {
  page: number;
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
  const filters: AuditFilters = { staff: null, person: null, action: null, from: null, to: null, page: 1 };
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
  return { filters, problems };
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

const toEntry = ({ staffUser, ...row }: Prisma.AuditLogGetPayload<{ select: typeof entrySelect }>): AuditEntry => ({
  ...row,
  staff: staffUser,
});

/** One page of the log, newest first, and whether another page follows. */
export async function listAuditEntries(
  filters: AuditFilters,
  client: PrismaClient = db,
): Promise<{ entries: AuditEntry[]; hasNextPage: boolean }> {
  const rows = await client.auditLog.findMany({
    where: await whereFor(client, filters),
    select: entrySelect,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (filters.page - 1) * AUDIT_PAGE_SIZE,
    take: AUDIT_PAGE_SIZE + 1,
  });
  return { entries: rows.slice(0, AUDIT_PAGE_SIZE).map(toEntry), hasNextPage: rows.length > AUDIT_PAGE_SIZE };
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
      .map(toEntry)
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
