// Admins: the audit log, newest first, 50 to a page, filtered by staff member, person, action and
// days; the same rows as a CSV file. Reading it is recorded in it (audit.listed, audit.exported).
import type { Metadata } from "next";
import { StaffTable, type StaffColumn } from "@/components/staff/staff-table";
import { Button } from "@/components/ui/buttons";
import { TextField } from "@/components/ui/fields";
import { AUDIT_ACTION_NAMES, auditActionName, auditView, filterDetails, listAuditEntries, listStaffAccounts, readAuditFilters, staffPage, type AuditEntry, type AuditFilters } from "@/lib/staff";

export const metadata: Metadata = { title: "Protokoll" };
export const dynamic = "force-dynamic";

const time = new Intl.DateTimeFormat("de-DE", { dateStyle: "medium", timeStyle: "medium", timeZone: "Europe/Berlin" });
const selectClass = "mt-1 block w-full rounded border-2 border-ink bg-white px-3 py-2 text-base min-h-11";

const COLUMNS: StaffColumn<AuditEntry>[] = [
  { heading: "Zeitpunkt", cell: (entry) => <time dateTime={entry.createdAt.toISOString()}>{time.format(entry.createdAt)}</time> },
  { heading: "Aktion", cell: (entry) => <span title={entry.action}>{auditActionName(entry.action)}</span> },
  { heading: "Mitarbeiter/in", cell: (entry) => entry.staff?.name ?? "—" },
  { heading: "Person", cell: (entry) => entry.citizenId ?? "—", className: "break-all text-sm" },
  { heading: "Objekt", cell: (entry) => [entry.entityType, entry.entityId].filter(Boolean).join(" "), className: "break-all text-sm" },
  { heading: "Details", cell: (entry) => (entry.details && Object.keys(entry.details).length ? JSON.stringify(entry.details) : ""), className: "break-all font-mono text-xs" },
];

/** The query of another page with the same filters. */
function pageLink(filters: AuditFilters, page: number): string {
  const query = new URLSearchParams();
  for (const name of ["staff", "person", "action", "from", "to"] as const) if (filters[name]) query.set(name, filters[name]);
  if (page > 1) query.set("page", String(page));
  const text = query.toString();
  return text ? `/staff/audit?${text}` : "/staff/audit";
}

export default async function AuditLogPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const session = await staffPage("audit.read", { returnTo: "/staff/audit" });
  const { filters, problems } = readAuditFilters(await searchParams);
  const [{ entries, hasNextPage }, staff] = await Promise.all([listAuditEntries(filters), listStaffAccounts()]);
  await auditView(session, { action: "audit.listed", citizenId: null, object: { type: "audit_log", id: null }, details: { filters: filterDetails(filters), page: filters.page, count: entries.length } });
  const hidden = (["staff", "person", "action", "from", "to"] as const).filter((name) => filters[name]);
  return (
    <>
      <h1 className="text-2xl font-bold">Protokoll</h1>
      <p className="mt-2">Jeder Zugriff auf Daten von Personen, jede Anmeldung und jede Änderung an Dienstkonten, neueste zuerst. Die Einträge lassen sich nicht ändern oder löschen; nach 730 Tagen löscht sie die Aufbewahrungsregel.</p>
      {problems.length > 0 ? (
        <div role="alert" className="mt-4 border-s-4 border-accent p-3">
          <p className="font-semibold">Nicht angewendet:</p>
          <ul className="list-disc ps-5">
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <form method="get" action="/staff/audit" className="mt-6 grid gap-x-4 sm:grid-cols-2 lg:grid-cols-3" aria-label="Protokoll filtern">
        <div className="mb-5">
          <label htmlFor="staff" className="block font-semibold">
            Mitarbeiter/in
          </label>
          <select id="staff" name="staff" defaultValue={filters.staff ?? ""} className={selectClass}>
            <option value="">Alle</option>
            {staff.map((member) => (
              <option key={member.id} value={member.id}>
                {member.name} ({member.email})
              </option>
            ))}
          </select>
        </div>
        <TextField name="person" label="Person" hint="Personen-ID oder Aktenzeichen eines Termins oder Formulars" defaultValue={filters.person ?? ""} maxLength={100} />
        <div className="mb-5">
          <label htmlFor="action" className="block font-semibold">
            Aktion
          </label>
          <select id="action" name="action" defaultValue={filters.action ?? ""} className={selectClass}>
            <option value="">Alle</option>
            {Object.entries(AUDIT_ACTION_NAMES).map(([action, name]) => (
              <option key={action} value={action}>
                {name}
              </option>
            ))}
            {filters.action && !Object.hasOwn(AUDIT_ACTION_NAMES, filters.action) ? <option value={filters.action}>{filters.action}</option> : null}
          </select>
        </div>
        <TextField name="from" label="Von (Tag)" type="date" defaultValue={filters.from ?? ""} />
        <TextField name="to" label="Bis (Tag)" type="date" defaultValue={filters.to ?? ""} />
        <div className="mb-5 flex items-end gap-3">
          <Button>Filtern</Button>
          <a href="/staff/audit" className="py-2">
            Filter löschen
          </a>
        </div>
      </form>
      <form method="post" action="/staff/audit/export">
        {hidden.map((name) => (
          <input key={name} type="hidden" name={name} value={filters[name] ?? ""} />
        ))}
        <Button variant="secondary">Als CSV-Datei herunterladen</Button>
      </form>
      <StaffTable caption={`Protokoll, Seite ${filters.page}`} columns={COLUMNS} rows={entries} rowKey={(entry) => entry.id} empty="Keine Einträge für diese Filter." />
      <nav aria-label="Seiten" className="mt-4 flex gap-6">
        {filters.page > 1 ? <a href={pageLink(filters, filters.page - 1)}>Neuere Einträge</a> : null}
        <span>Seite {filters.page}</span>
        {hasNextPage ? <a href={pageLink(filters, filters.page + 1)}>Ältere Einträge</a> : null}
      </nav>
    </>
  );
}
