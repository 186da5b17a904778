// One dashboard table as a CSV file at a stable address, /staff/analytics/export/{table}.csv, with
// the page's filters in the query and the same small-cell rule; recorded as analytics.exported.
import { analyticsFilterSchema, loadTable, tableCsv, toFilters } from "@/lib/analytics";
import { csvResponse } from "@/lib/csv";
import { staffRoute } from "@/lib/staff";

const notFound = (text: string) =>
  new Response(text, {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });

export const GET = staffRoute<typeof analyticsFilterSchema, { table: string }>(
  {
    action: "analytics.export",
    input: analyticsFilterSchema,
    returnTo: "/staff/analytics",
    invalidInput: "Die Filter sind ungültig (Datum im Format JJJJ-MM-TT, „Von“ vor „Bis“, ein bekannter Standort).",
  },
  async ({ input, params, tx, audit }) => {
    const key = /^([a-z0-9-]+)\.csv$/.exec(params.table)?.[1];
    const filters = toFilters(input);
    const table = key ? await loadTable(key, filters, tx) : null;
    if (!key || !table)
      return notFound(`Keine Tabelle „${params.table}“. Die Adressen stehen unter den Tabellen auf /staff/analytics.`);
    await audit({
      action: "analytics.exported",
      citizenId: null,
      object: { type: "analytics", id: key },
      details: { table: key, filters: { from: filters.from, to: filters.to, location: filters.locationId } },
    });
    return csvResponse(tableCsv(table), `${key}.csv`);
  },
);
