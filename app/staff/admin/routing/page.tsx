// Admins: the routing rules. The base order of channels per request type and stated preference and
// the situation steps, edited as a draft with a preview (one person now and after, and how many
// combinations change); every saved version is listed and an earlier one can be restored.
import type { Metadata } from "next";
import { RoutingEditor } from "@/components/staff/routing-editor";
import { RoutingPreview } from "@/components/staff/routing-preview";
import { StaffNotice } from "@/components/staff/notice";
import { StaffTable, type StaffColumn } from "@/components/staff/staff-table";
import { Button } from "@/components/ui/buttons";
import { ErrorSummary } from "@/components/ui/error-summary";
import {
  CHANNEL_LABELS,
  changeText,
  currentRuleSet,
  describeRuleChanges,
  listRuleSetVersions,
  preferences,
  readRoutingForm,
  requestTypesForRules,
  validateRuleSet,
  type RuleSetVersion,
} from "@/lib/journey";
import { staffPage } from "@/lib/staff";
import { editorProps, fieldsOf, previewProps, summaryErrors } from "./view";

export const metadata: Metadata = { title: "Regeln der Empfehlung" };
export const dynamic = "force-dynamic";

const time = new Intl.DateTimeFormat("de-DE", { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Berlin" });

const NOTICES: Record<string, { text: string; problem?: boolean }> = {
  saved: { text: "Gespeichert. Die neue Version gilt ab sofort für jede Empfehlung." },
  restored: { text: "Wiederhergestellt. Die frühere Fassung gilt ab sofort als neue Version." },
  unchanged: { text: "Es gab nichts zu ändern: Die Regeln gleichen der Version in Kraft." },
  invalid: { text: "Nicht gespeichert: Bitte korrigieren Sie die markierten Angaben.", problem: true },
  conflict: {
    text: "Nicht gespeichert: Inzwischen wurde eine andere Version gespeichert. Prüfen Sie die Vorschau erneut und speichern Sie dann.",
    problem: true,
  },
  "restore-invalid": {
    text: "Nicht wiederhergestellt: Diese Version verstößt gegen die heutigen Regeln (zum Beispiel fehlt „Vor Ort“ oder die Notlage ist ausgeschaltet).",
    problem: true,
  },
  "not-found": { text: "Diese Version gibt es nicht.", problem: true },
};

export default async function RoutingRulesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await staffPage("routing-rules.manage", { returnTo: "/staff/admin/routing" });
  const fields = fieldsOf(await searchParams);
  const [current, types, versions] = await Promise.all([
    currentRuleSet(),
    requestTypesForRules(),
    listRuleSetVersions(),
  ]);
  const form = readRoutingForm(fields, current.content, types);
  const problems = form.hasDraft ? [...form.problems, ...validateRuleSet(form.draft, types)] : [];
  const errors = summaryErrors(problems, current.content.situationSteps);
  const changed = form.hasDraft && describeRuleChanges(current.content, form.draft).length > 0;
  const notice = fields.result ? NOTICES[fields.result] : undefined;
  const title = (key: string) => types.find((type) => type.key === key)?.title ?? key;

  const versionColumns: StaffColumn<RuleSetVersion>[] = [
    {
      heading: "Version",
      cell: (row) => (row.version === current.version ? `${row.version} (in Kraft)` : String(row.version)),
    },
    {
      heading: "Gespeichert",
      cell: (row) => <time dateTime={row.createdAt.toISOString()}>{time.format(row.createdAt)}</time>,
    },
    { heading: "Von", cell: (row) => row.createdBy ?? "Grundeinstellung" },
    {
      heading: "Was sich geändert hat",
      cell: (row) => (
        <>
          {row.restoredFrom ? <p>Version {row.restoredFrom} wiederhergestellt.</p> : null}
          {row.changes.length ? (
            <ul className="list-disc ps-5">
              {row.changes.map((change, index) => (
                <li key={index}>{changeText(change, title)}</li>
              ))}
            </ul>
          ) : row.version === 1 ? (
            "Erste Version"
          ) : null}
        </>
      ),
    },
    {
      heading: "Aktion",
      headingHidden: true,
      cell: (row) =>
        row.version === current.version ? null : (
          <form method="post" action="/staff/admin/routing/restore">
            <input type="hidden" name="version" value={row.version} />
            <input type="hidden" name="basedOn" value={current.version} />
            <Button variant="secondary" size="compact">
              Version {row.version} wiederherstellen
            </Button>
          </form>
        ),
    },
  ];

  return (
    <>
      <h1 className="text-2xl font-bold">Regeln der Empfehlung</h1>
      <p className="mt-1">
        In Kraft: Version {current.version}. Welche Wege die Empfehlung in welcher Reihenfolge zeigt. „Vor Ort“ bleibt
        immer erlaubt: Digitale Wege schließen den persönlichen Kontakt nie aus.
      </p>
      {notice ? <StaffNotice tone={notice.problem ? "problem" : "done"}>{notice.text}</StaffNotice> : null}

      <form method="get" action="/staff/admin/routing" className="mt-6 flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="type" className="block font-semibold">
            Anliegen bearbeiten
          </label>
          <select
            id="type"
            name="type"
            defaultValue={form.requestType}
            className="mt-1 block min-h-11 rounded border-2 border-ink bg-white px-3 py-2 text-base"
          >
            {types.map((type) => (
              <option key={type.key} value={type.key}>
                {type.title}
              </option>
            ))}
          </select>
        </div>
        <Button variant="secondary">Anliegen wählen</Button>
      </form>

      <div className="mt-6">
        <ErrorSummary title="Diese Regeln können nicht gespeichert werden" errors={errors} />
      </div>
      {form.hasDraft && errors.length === 0 ? <RoutingPreview {...previewProps(form, types, current)} /> : null}
      <RoutingEditor
        {...editorProps(
          form,
          fields,
          types,
          current.version,
          new Set(errors.map((error) => error.fieldId)),
          changed && errors.length === 0,
        )}
      />

      <h2 className="mt-10 text-xl font-bold">Grundreihenfolge aller Anliegen (Version {current.version})</h2>
      <StaffTable
        caption="Grundreihenfolge der Wege je Anliegen und Haltung"
        columns={[
          {
            heading: "Anliegen",
            cell: (type) => <a href={`/staff/admin/routing?type=${encodeURIComponent(type.key)}`}>{type.title}</a>,
          },
          ...preferences.map((preference) => ({
            heading: { personal: "überwiegend persönlich", mixed: "persönlich und digital", digital: "eher digital" }[
              preference
            ],
            cell: (type: (typeof types)[number]) =>
              (current.content.baseOrders[type.key]?.[preference] ?? [])
                .map((channel) => CHANNEL_LABELS[channel])
                .join(" → "),
          })),
        ]}
        rows={types}
        rowKey={(type) => type.key}
        empty="Es gibt keine aktiven Anliegen."
      />

      <h2 className="mt-10 text-xl font-bold">Versionen</h2>
      <StaffTable
        caption="Gespeicherte Versionen der Regeln, neueste zuerst"
        columns={versionColumns}
        rows={versions}
        rowKey={(row) => row.id}
        empty="Noch keine Version gespeichert."
      />
    </>
  );
}
