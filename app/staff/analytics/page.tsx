// Admins: the research's tables live from the portal (types, cross-tables, items by type) beside
// the research's own figures, and the portal's own ways (advice taken or left, channel mix,
// assistance, no-shows, ratings); each chart drawn as SVG with its table, each table as a CSV file.
// Small numbers are protected by the rule explained on the page.
import type { Metadata } from "next";
import { TableFigure } from "@/components/analytics/table-figure";
import { DayRangeFields, FilterForm, FilterProblems } from "@/components/staff/filters";
import { SelectField } from "@/components/ui/fields";
import { loadDashboard, readAnalyticsFilters, SMALL_LIMIT, type AnalyticsFilters } from "@/lib/analytics";
import { listLocationChoices, staffPage } from "@/lib/staff";

export const metadata: Metadata = { title: "Auswertung" };
export const dynamic = "force-dynamic";

function exportHref(key: string, filters: AnalyticsFilters): string {
  const query = new URLSearchParams();
  if (filters.from) query.set("from", filters.from);
  if (filters.to) query.set("to", filters.to);
  if (filters.locationId) query.set("location", filters.locationId);
  const text = query.toString();
  return `/staff/analytics/export/${key}.csv${text ? `?${text}` : ""}`;
}

export default async function AnalyticsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const {
    data: { filters, problems, dashboard, locations },
  } = await staffPage("analytics.read", {
    returnTo: "/staff/analytics",
    view: {
      load: async () => {
        const { filters, problems } = readAnalyticsFilters(await searchParams);
        const [dashboard, locations] = await Promise.all([loadDashboard(filters), listLocationChoices()]);
        return { filters, problems, dashboard, locations };
      },
      event: ({ filters }) => ({
        action: "analytics.viewed",
        citizenId: null,
        object: { type: "analytics", id: null },
        details: { filters: { from: filters.from, to: filters.to, location: filters.locationId } },
      }),
    },
  });
  const answers = dashboard.survey.find((table) => table.key === "types")?.total ?? 0;
  return (
    <>
      <h1 className="text-2xl font-bold">Auswertung</h1>
      <p className="mt-2">
        Die Tabellen der Mannheimer Befragung („Digitalisierung aus Kund:innenperspektive“, n = 240) mit den Antworten
        aus dem Portal und von Papierfragebögen, daneben die Zahlen der Studie; darunter die Wege, die Menschen im
        Portal wählen. <a href="/staff/analytics/import">Papierfragebögen importieren</a>
      </p>
      <section aria-labelledby="rule" className="mt-4 border-s-4 border-brand bg-surface p-3">
        <h2 id="rule" className="font-bold">
          Kleine Zahlen
        </h2>
        <p>
          Eine Zelle mit 1 bis {SMALL_LIMIT - 1} Personen steht als „&lt; {SMALL_LIMIT}“. Damit sie sich nicht aus den
          Summen (n je Zeile, Gesamt je Spalte) errechnen lässt, werden weitere Zellen mit {SMALL_LIMIT} oder mehr
          Personen als „x“ verborgen, bis jede verborgene Zelle mehr als einen möglichen Wert hat (geprüft mit einem
          linearen Programm je Zelle). Lässt sich eine Tabelle so nicht schützen, wird sie ganz verborgen. Die
          CSV-Dateien folgen derselben Regel. Im Diagramm sind die verborgenen Zellen einer Zeile zusammen grau.
        </p>
      </section>
      <FilterProblems heading="Filter nicht angewendet:" problems={problems} />
      <FilterForm action="/staff/analytics" label="Auswertung filtern" columns={4}>
        <DayRangeFields from={filters.from} to={filters.to} />
        <SelectField
          name="location"
          label="Standort (Termine und Wartenummern)"
          placeholder="Alle"
          options={locations.map((location) => ({ value: location.id, label: location.name }))}
          defaultValue={filters.locationId ?? ""}
        />
      </FilterForm>
      <p className="text-sm text-muted">
        Fragebögen werden nach Monat gefiltert (sie tragen nur den Monat); der Standort gilt für Termine und
        Wartenummern, denn Fragebögen und Wege im Portal haben keinen.
      </p>

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
        <p className="mt-2">
          Noch keine Zahlen: das Portal erfasst bisher nur den Zeitpunkt des Eincheckens, nicht den des Aufrufs, und
          noch keine Vorsprachen ohne Termin.
        </p>
      </section>
    </>
  );
}
