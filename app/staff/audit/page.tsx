// Admins: the audit log, newest first, 50 to a page, filtered by staff member, person, action and
// days; the same rows as a CSV file. Reading it is recorded in it (audit.listed, audit.exported).
import type { Metadata } from "next";
import { StaffTable, type StaffColumn } from "@/components/staff/staff-table";
import { Button } from "@/components/ui/buttons";
import { DayRangeFields, FilterForm, FilterProblems } from "@/components/staff/filters";
import { SelectField, TextField } from "@/components/ui/fields";
import {
  AUDIT_ACTION_NAMES,
  auditActionName,
  auditView,
  filterDetails,
  listAuditEntries,
  listStaffAccounts,
  readAuditFilters,
  staffPage,
  type AuditEntry,
  type AuditFilters,
} from "@/lib/staff";

export const metadata: Metadata = { title: "Protokoll" };
export const dynamic = "force-dynamic";

const time = new Intl.DateTimeFormat("de-DE", { dateStyle: "medium", timeStyle: "medium", timeZone: "Europe/Berlin" });

/** Every action by its German name; an action given in the address that has none is kept as it is. */
function actionOptions(chosen: string | null | undefined): { value: string; label: string }[] {
  const options = Object.entries(AUDIT_ACTION_NAMES).map(([value, label]) => ({ value, label }));
  return chosen && !Object.hasOwn(AUDIT_ACTION_NAMES, chosen)
    ? [...options, { value: chosen, label: chosen }]
    : options;
}

const COLUMNS: StaffColumn<AuditEntry>[] = [
  {
    heading: "Zeitpunkt",
    cell: (entry) => <time dateTime={entry.createdAt.toISOString()}>{time.format(entry.createdAt)}</time>,
  },
  { heading: "Aktion", cell: (entry) => <span title={entry.action}>{auditActionName(entry.action)}</span> },
  { heading: "Mitarbeiter/in", cell: (entry) => entry.staff?.name ?? "—" },
  { heading: "Person", cell: (entry) => entry.citizenId ?? "—", className: "break-all text-sm" },
  {
    heading: "Objekt",
    cell: (entry) => [entry.entityType, entry.entityId].filter(Boolean).join(" "),
    className: "break-all text-sm",
  },
  {
    heading: "Details",
    cell: (entry) => (entry.details && Object.keys(entry.details).length ? JSON.stringify(entry.details) : ""),
    className: "break-all font-mono text-xs",
  },
];

/** The query of another page with the same filters. */
function pageLink(filters: AuditFilters, page: number): string {
  const query = new URLSearchParams();
  for (const name of ["staff", "person", "action", "from", "to"] as const)
    if (filters[name]) query.set(name, filters[name]);
  if (page > 1) query.set("page", String(page));
  const text = query.toString();
  return text ? `/staff/audit?${text}` : "/staff/audit";
}

export default async function AuditLogPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const session = await staffPage("audit.read", { returnTo: "/staff/audit" });
  const { filters, problems } = readAuditFilters(await searchParams);
  const [{ entries, hasNextPage }, staff] = await Promise.all([listAuditEntries(filters), listStaffAccounts()]);
  await auditView(session, {
    action: "audit.listed",
    citizenId: null,
    object: { type: "audit_log", id: null },
    details: { filters: filterDetails(filters), page: filters.page, count: entries.length },
  });
  const hidden = (["staff", "person", "action", "from", "to"] as const).filter((name) => filters[name]);
  return (
    <>
      <h1 className="text-2xl font-bold">Protokoll</h1>
      <p className="mt-2">
        Jeder Zugriff auf Daten von Personen, jede Anmeldung und jede Änderung an Dienstkonten, neueste zuerst. Die
        Einträge lassen sich nicht ändern oder löschen; nach 730 Tagen löscht sie die Aufbewahrungsregel.
      </p>
      <FilterProblems heading="Nicht angewendet:" problems={problems} />
      <FilterForm action="/staff/audit" label="Protokoll filtern" columns={3}>
        <SelectField
          name="staff"
          label="Mitarbeiter/in"
          placeholder="Alle"
          options={staff.map((member) => ({ value: member.id, label: `${member.name} (${member.email})` }))}
          defaultValue={filters.staff ?? ""}
        />
        <TextField
          name="person"
          label="Person"
          hint="Personen-ID oder Aktenzeichen eines Termins oder Formulars"
          defaultValue={filters.person ?? ""}
          maxLength={100}
        />
        <SelectField
          name="action"
          label="Aktion"
          placeholder="Alle"
          options={actionOptions(filters.action)}
          defaultValue={filters.action ?? ""}
        />
        <DayRangeFields from={filters.from} to={filters.to} />
      </FilterForm>
      <form method="post" action="/staff/audit/export">
        {hidden.map((name) => (
          <input key={name} type="hidden" name={name} value={filters[name] ?? ""} />
        ))}
        <Button variant="secondary">Als CSV-Datei herunterladen</Button>
      </form>
      <StaffTable
        caption={`Protokoll, Seite ${filters.page}`}
        columns={COLUMNS}
        rows={entries}
        rowKey={(entry) => entry.id}
        empty="Keine Einträge für diese Filter."
      />
      <nav aria-label="Seiten" className="mt-4 flex gap-6">
        {filters.page > 1 ? <a href={pageLink(filters, filters.page - 1)}>Neuere Einträge</a> : null}
        <span>Seite {filters.page}</span>
        {hasNextPage ? <a href={pageLink(filters, filters.page + 1)}>Ältere Einträge</a> : null}
      </nav>
    </>
  );
}
