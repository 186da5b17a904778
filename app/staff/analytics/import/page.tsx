// Admins: paper questionnaires typed into a CSV file, uploaded; the columns and their values are
// documented here; the outcome of the last upload (imported, refused by line and column, or the
// same file as before) comes back in the address (post/redirect/get).
import type { Metadata } from "next";
import { StaffNotice } from "@/components/staff/notice";
import { Button } from "@/components/ui/buttons";
import { CSV_COLUMNS, FACTORS, ITEMS, MAX_IMPORT_ROWS, SCALES, TYPES, TYPE_LABELS } from "@/lib/analytics";
import { staffPage } from "@/lib/staff";

export const metadata: Metadata = { title: "Papierfragebögen importieren" };
export const dynamic = "force-dynamic";

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";
const dateTime = new Intl.DateTimeFormat("de-DE", {
  dateStyle: "medium",
  timeStyle: "short",
  timeZone: "Europe/Berlin",
});

function describeColumn(column: (typeof CSV_COLUMNS)[number]): string {
  if (column === "type") return `Pflicht: ${TYPES.map((type) => `${type} (${TYPE_LABELS[type]})`).join(", ")}`;
  if (column in FACTORS)
    return Object.entries(FACTORS[column as keyof typeof FACTORS].values)
      .map(([value, label]) => `${value} (${label})`)
      .join(", ");
  const scale = SCALES[ITEMS[column as keyof typeof ITEMS].scale];
  return `„${ITEMS[column as keyof typeof ITEMS].text}“ 1 bis 5: ${scale.map((label, index) => `${index + 1} = ${label}`).join(", ")}`;
}

function Outcome({ query }: { query: Record<string, string | string[] | undefined> }) {
  const result = first(query.result);
  if (result === "imported") return <StaffNotice tone="done">{first(query.count)} Fragebögen importiert.</StaffNotice>;
  if (result === "no-file") return <StaffNotice tone="problem">Bitte eine CSV-Datei wählen.</StaffNotice>;
  if (result === "too-large") return <StaffNotice tone="problem">Die Datei ist größer als 5 MB.</StaffNotice>;
  if (result === "duplicate") {
    const at = new Date(first(query.importedAt));
    return (
      <StaffNotice tone="problem">
        Diese Datei wurde schon importiert ({first(query.earlierName)},{" "}
        {Number.isNaN(at.getTime()) ? "früher" : dateTime.format(at)}); nichts wurde erneut gespeichert.
      </StaffNotice>
    );
  }
  if (result !== "refused") return null;
  const problems = (Array.isArray(query.problem) ? query.problem : query.problem ? [query.problem] : []).map((text) =>
    text.split("|"),
  );
  const count = Number(first(query.count)) || problems.length;
  return (
    <div role="alert" className="mt-4 border-s-4 border-accent bg-surface p-3">
      <p className="font-semibold">
        Die Datei wurde nicht importiert, nichts davon ist gespeichert: {count === 1 ? "1 Fehler" : `${count} Fehler`}.
        Bitte korrigieren und die ganze Datei erneut hochladen.
      </p>
      <ul className="list-disc ps-5">
        {problems.map(([line, column, message], index) => (
          <li key={index}>
            {line ? `Zeile ${line}` : "Datei"}
            {column ? `, Spalte ${column}` : ""}: {message}
          </li>
        ))}
      </ul>
      {count > problems.length ? <p>… und {count - problems.length} weitere.</p> : null}
    </div>
  );
}

export default async function ImportPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await staffPage("analytics.import", { returnTo: "/staff/analytics/import" });
  const query = await searchParams;
  return (
    <>
      <h1 className="text-2xl font-bold">Papierfragebögen importieren</h1>
      <p className="mt-2">
        Fragebögen, die auf Papier ausgefüllt wurden, in eine CSV-Datei abtippen (eine Zeile je Fragebogen) und hier
        hochladen. Sie werden ohne Bezug zu einer Person gespeichert, nur mit dem Monat der Befragung, und erscheinen in
        der <a href="/staff/analytics">Auswertung</a>.
      </p>
      <Outcome query={query} />
      <form method="post" action="/staff/analytics/import/upload" encType="multipart/form-data" className="mt-6">
        <div className="mb-5">
          <label htmlFor="file" className="block font-semibold">
            CSV-Datei (UTF-8)
          </label>
          <input id="file" name="file" type="file" accept=".csv,text/csv" required className="mt-1 block" />
        </div>
        <div className="mb-5">
          <label htmlFor="month" className="block font-semibold">
            Monat der Befragung
          </label>
          <p id="month-hint" className="text-sm text-muted">
            Format JJJJ-MM; leer: der laufende Monat
          </p>
          <input
            id="month"
            name="month"
            type="month"
            aria-describedby="month-hint"
            className="mt-1 block rounded border-2 border-ink px-3 py-2 min-h-11"
          />
        </div>
        <Button>Importieren</Button>
      </form>
      <h2 className="mt-10 text-xl font-bold">Aufbau der Datei</h2>
      <p className="mt-2">
        Erste Zeile: die Spaltennamen (Reihenfolge beliebig), getrennt durch Komma oder Semikolon; danach eine Zeile je
        Fragebogen, höchstens {MAX_IMPORT_ROWS.toLocaleString("de-DE")}. Jede Zelle außer <code>type</code> darf leer
        sein. Enthält eine Zeile einen ungültigen Wert, wird nichts aus der Datei gespeichert, und jeder Fehler wird mit
        Zeile und Spalte genannt. Dieselbe Datei ein zweites Mal wird erkannt und abgelehnt.
      </p>
      {/* data-file-values: the literal values a file holds, shown on purpose (e2e/staff/plain-words.spec.ts). */}
      <table className="mt-4 w-full border-collapse text-sm" data-file-values>
        <caption className="sr-only">Spalten der CSV-Datei</caption>
        <thead>
          <tr>
            <th scope="col" className="border-b-2 border-ink p-1 text-start">
              Spalte
            </th>
            <th scope="col" className="border-b-2 border-ink p-1 text-start">
              erlaubte Werte
            </th>
          </tr>
        </thead>
        <tbody>
          {CSV_COLUMNS.map((column) => (
            <tr key={column} className="border-b border-line">
              <th scope="row" className="p-1 text-start font-mono font-normal">
                {column}
              </th>
              <td className="p-1">{describeColumn(column)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="mt-4">Beispiel:</p>
      <pre
        className="mt-1 overflow-x-auto bg-surface p-2 text-sm"
        data-file-values
      >{`${CSV_COLUMNS.join(",")}\npersonal,over-44,hauptschule,apprenticeship,good,smartphone-only,near,often,1,4,1,5,1\ndigital,25-44,abitur,degree,very-good,smartphone-plus,far,never,4,1,3,2,3`}</pre>
    </>
  );
}
