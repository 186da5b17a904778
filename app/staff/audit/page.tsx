// Admins: the audit log, newest first, 50 to a page by a stable cursor with the total, filtered by
// staff member, person, action and days; each row a German sentence with the staff member and the
// person by name (links filter by them), no ids and no JSON. The same rows, complete, as a CSV file.
// Reading it is recorded in it (audit.listed, audit.exported).
import type { Metadata } from "next";
import { StaffTable, type StaffColumn } from "@/components/staff/staff-table";
import { Button } from "@/components/ui/buttons";
import { DayRangeFields, FilterForm, FilterProblems } from "@/components/staff/filters";
import { SelectField, TextField } from "@/components/ui/fields";
import {
  AUDIT_ACTION_NAMES,
  AUDIT_PAGE_SIZE,
  auditActionName,
  auditDetailText,
  auditPersonName,
  auditSentence,
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

const time = new Intl.DateTimeFormat("de-DE", {
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  timeZone: "Europe/Berlin",
});
const shortTime = new Intl.DateTimeFormat("de-DE", {
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "Europe/Berlin",
});

const FILTER_NAMES = ["staff", "person", "action", "from", "to"] as const;

/** Every action by its German name; an action given in the address that has none is kept as it is. */
function actionOptions(chosen: string | null | undefined): { value: string; label: string }[] {
  const options = Object.entries(AUDIT_ACTION_NAMES).map(([value, label]) => ({ value, label }));
  return chosen && !Object.hasOwn(AUDIT_ACTION_NAMES, chosen)
    ? [...options, { value: chosen, label: chosen }]
    : options;
}

/** The log with other filters (the first page). */
function filteredLink(filters: AuditFilters, change: Partial<Record<(typeof FILTER_NAMES)[number], string>>): string {
  const query = new URLSearchParams();
  for (const name of FILTER_NAMES) {
    const value = name in change ? change[name] : filters[name];
    if (value) query.set(name, value);
  }
  const text = query.toString();
  return text ? `/staff/audit?${text}` : "/staff/audit";
}

/** The next page: the same filters, after the cursor. */
function nextLink(filters: AuditFilters, after: string): string {
  const query = new URLSearchParams();
  for (const name of FILTER_NAMES) if (filters[name]) query.set(name, filters[name]);
  query.set("after", after);
  query.set("page", String(filters.page + 1));
  return `/staff/audit?${query}`;
}

/** A row as a sentence: the staff member and the person by name, each a link to the log filtered by them. */
function Sentence({ entry, filters }: { entry: AuditEntry; filters: AuditFilters }) {
  const { parts } = auditSentence(entry.action);
  const actor = entry.staff ? (
    <a href={filteredLink(filters, { staff: entry.staff.id })}>{entry.staff.name}</a>
  ) : (
    "Ohne Anmeldung"
  );
  const person = !entry.citizenId ? (
    "einer Person"
  ) : entry.citizenName ? (
    <a href={filteredLink(filters, { person: entry.citizenId })}>{entry.citizenName}</a>
  ) : (
    "einer inzwischen gelöschten Person"
  );
  const detail = auditDetailText(entry.action, entry.details, (instant) => shortTime.format(instant));
  return (
    <>
      {actor}
      {parts[0]}
      {parts.length === 2 ? (
        <>
          {person}
          {parts[1]}
        </>
      ) : null}
      {detail ? ` (${detail})` : ""}.
    </>
  );
}

function columns(filters: AuditFilters): StaffColumn<AuditEntry>[] {
  return [
    { heading: "Zeitpunkt", cell: (entry) => time.format(entry.createdAt) },
    { heading: "Was geschah", cell: (entry) => <Sentence entry={entry} filters={filters} /> },
    { heading: "Aktion", cell: (entry) => auditActionName(entry.action) },
  ];
}

export default async function AuditLogPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const {
    data: {
      filters,
      problems,
      list: [{ entries, total, next }, staff, personName],
    },
  } = await staffPage("audit.read", {
    returnTo: "/staff/audit",
    view: {
      load: async () => {
        const { filters, problems } = readAuditFilters(await searchParams);
        const list = await Promise.all([
          listAuditEntries(filters),
          listStaffAccounts(),
          auditPersonName(filters.person),
        ]);
        return { filters, problems, list };
      },
      event: ({ filters, list: [{ entries }] }) => ({
        action: "audit.listed",
        citizenId: null,
        object: { type: "audit_log", id: null },
        details: { filters: filterDetails(filters), page: filters.page, count: entries.length },
      }),
    },
  });
  const hidden = FILTER_NAMES.filter((name) => filters[name]);
  // A person chosen by a link is named, not shown as an id; the text field is for a reference.
  const personById = personName !== null;
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
        {personById ? (
          <p>
            <span className="block font-semibold">Person</span>
            {personName} <input type="hidden" name="person" value={filters.person ?? ""} />
            <a href={filteredLink(filters, { person: "" })}>(alle Personen)</a>
          </p>
        ) : (
          <TextField
            name="person"
            label="Person"
            hint="Vorgangsnummer eines Termins oder einer Anfrage, z. B. K7PX-3MHQ"
            defaultValue={filters.person ?? ""}
            maxLength={100}
          />
        )}
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
      <p className="mt-6 font-semibold">
        {total === 1 ? "1 Eintrag" : `${total.toLocaleString("de-DE")} Einträge`}
        {personName ? ` zu ${personName}` : ""}
      </p>
      <StaffTable
        caption={`Protokoll, Seite ${filters.page}`}
        columns={columns(filters)}
        rows={entries}
        rowKey={(entry) => entry.id}
        empty="Keine Einträge für diese Filter."
      />
      <nav aria-label="Seiten" className="mt-4 flex gap-6">
        {filters.page > 1 ? <a href={filteredLink(filters, {})}>Zu den neuesten Einträgen</a> : null}
        <span>
          Seite {filters.page} von {Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE))}
        </span>
        {next ? <a href={nextLink(filters, next)}>Ältere Einträge</a> : null}
      </nav>
    </>
  );
}
