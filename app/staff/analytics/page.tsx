// Admins: the research's tables live from the portal (types, cross-tables, items by type) beside
// the research's own figures, and the portal's own ways (advice taken or left, channel mix,
// assistance, no-shows, ratings); each chart drawn as SVG with its table, each table as a CSV file.
// Small numbers are protected by the rule explained on the page.
import type { Metadata } from "next";
import { TableFigure } from "@/components/analytics/table-figure";
import { Button } from "@/components/ui/buttons";
import { TextField } from "@/components/ui/fields";
import { loadDashboard, readAnalyticsFilters, SMALL_LIMIT, type AnalyticsFilters } from "@/lib/analytics";
import { auditView, listLocationChoices, staffPage } from "@/lib/staff";

export const metadata: Metadata = { title: "Auswertung" };
export const dynamic = "force-dynamic";

const selectClass = "mt-1 block w-full rounded border-2 border-ink bg-white px-3 py-2 text-base min-h-11";

function exportHref(key: string, filters: AnalyticsFilters): string {
  const query = new URLSearchParams();
  if (filters.from) query.set("from", filters.from);
  if (filters.to) query.set("to", filters.to);
  if (filters.locationId) query.set("location", filters.locationId);
  const text = query.toString();
  return `/staff/analytics/export/${key}.csv${text ? `?${text}` : ""}`;
}

export default async function AnalyticsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const session = await staffPage("analytics.read", { returnTo: "/staff/analytics" });
  const { filters, problems } = readAnalyticsFilters(await searchParams);
  const [dashboard, locations] = await Promise.all([loadDashboard(filters), listLocationChoices()]);
  await auditView(session, { action: "analytics.viewed", citizenId: null, object: { type: "analytics", id: null }, details: { filters: { from: filters.from, to: filters.to, location: filters.locationId } } });
  const answers = dashboard.survey.find((table) => table.key === "types")?.total ?? 0;
  return (
    <>
      <h1 className="text-2xl font-bold">Auswertung</h1>
      <p className="mt-2">
        Die Tabellen der Mannheimer Befragung („Digitalisierung aus Kund:innenperspektive“, n = 240) mit den Antworten aus dem Portal und von Papierfragebögen, daneben die Zahlen der Studie; darunter die
        Wege, die Menschen im Portal wählen. <a href="/staff/analytics/import">Papierfragebögen importieren</a>
      </p>
      <section aria-labelledby="rule" className="mt-4 border-s-4 border-brand bg-surface p-3">
        <h2 id="rule" className="font-bold">
          Kleine Zahlen
        </h2>
        <p>
          Eine Zelle mit 1 bis {SMALL_LIMIT - 1} Personen steht als „&lt; {SMALL_LIMIT}“. Damit sie sich nicht aus den Summen (n je Zeile, Gesamt je Spalte) errechnen lässt, werden weitere Zellen mit{" "}
          {SMALL_LIMIT} oder mehr Personen als „x“ verborgen, bis jede verborgene Zelle mehr als einen möglichen Wert hat (geprüft mit einem linearen Programm je Zelle). Lässt sich eine Tabelle so nicht
          schützen, wird sie ganz verborgen. Die CSV-Dateien folgen derselben Regel. Im Diagramm sind die verborgenen Zellen einer Zeile zusammen grau.
        </p>
      </section>
      {problems.length > 0 ? (
        <div role="alert" className="mt-4 border-s-4 border-accent p-3">
          <p className="font-semibold">Filter nicht angewendet:</p>
          <ul className="list-disc ps-5">
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <form method="get" action="/staff/analytics" className="mt-6 grid gap-x-4 sm:grid-cols-2 lg:grid-cols-4" aria-label="Auswertung filtern">
        <TextField name="from" label="Von (Tag)" type="date" defaultValue={filters.from ?? ""} />
        <TextField name="to" label="Bis (Tag)" type="date" defaultValue={filters.to ?? ""} />
        <div className="mb-5">
          <label htmlFor="location" className="block font-semibold">
            Standort (Termine)
          </label>
          <select id="location" name="location" defaultValue={filters.locationId ?? ""} className={selectClass}>
            <option value="">Alle</option>
            {locations.map((location) => (
              <option key={location.id} value={location.id}>
                {location.name}
              </option>
            ))}
          </select>
        </div>
        <div className="mb-5 flex items-end gap-3">
          <Button>Filtern</Button>
          <a href="/staff/analytics" className="py-2">
            Filter löschen
          </a>
        </div>
      </form>
      <p className="text-sm text-muted">Fragebögen werden nach Monat gefiltert (sie tragen nur den Monat); der Standort gilt für Termine, denn Fragebögen und Wege im Portal haben keinen.</p>

      <h2 className="mt-8 text-xl font-bold">Befragung: {answers} Antworten</h2>
      {dashboard.survey.map((table) => (
        <TableFigure key={table.key} table={table} exportHref={exportHref(table.key, filters)} />
      ))}

      <h2 className="mt-12 text-xl font-bold">Wege im Portal</h2>
      {dashboard.portal.map((table) => (
        <TableFigure key={table.key} table={table} exportHref={exportHref(table.key, filters)} />
      ))}
      <section aria-labelledby="waiting" className="mt-10">
        <h3 id="waiting" className="text-lg font-bold">
          Wartezeiten in der Eingangszone
        </h3>
        <p className="mt-2">Noch keine Zahlen: das Portal erfasst bisher nur den Zeitpunkt des Eincheckens, nicht den des Aufrufs, und noch keine Vorsprachen ohne Termin.</p>
      </section>
    </>
  );
}
