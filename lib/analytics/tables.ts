// Every table of the dashboard, from the questionnaire's answers as counted per month (survey_count)
// and from the portal's own records as counted per month and day (journey_monthly, journey_daily,
// appointment_daily; all kept by triggers), so that a view reads a few thousand pre-counted rows,
// never every journey or every sheet.
import { db } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { publish, type CountTable, type PublishedTable } from "./published-table";
import {
  FACTORS,
  ITEMS,
  ITEM_NAMES,
  RESEARCH_ROW_PERCENTAGES,
  RESEARCH_TYPE_PERCENTAGES,
  SCALES,
  TYPES,
  TYPE_LABELS,
  factorValues,
  type Factor,
  type Item,
} from "./vocabulary";

export interface AnalyticsFilters {
  /** first and last day, "YYYY-MM-DD", Berlin time; questionnaire answers are filtered by their month */
  from: string | null;
  to: string | null;
  locationId: string | null;
}

type Reader = Pick<PrismaClient, "$queryRawUnsafe">;

const CHANNEL_LABELS: Record<string, string> = {
  online: "Online-Formular",
  video: "Video",
  in_person: "Vor Ort",
  phone: "Rückruf",
  none: "keine Wahl",
};
const CHANNELS = ["online", "video", "in_person", "phone"];
const PREFERENCE_LABELS: Record<string, string> = {
  ...Object.fromEntries(TYPES.map((type) => [type, TYPE_LABELS[type]])),
  none: "keine Angabe",
};

/** The cross-tables the research printed (Tab. 6–11), in the order the dashboard shows them. */
export const CROSS_TABLE_FACTORS = [
  "devices",
  "school",
  "training",
  "age",
  "german",
  "distance",
] as const satisfies readonly Factor[];

const typeColumns = TYPES.map((type) => ({ key: type, label: TYPE_LABELS[type] }));

/** The WHERE clause of the filters given (a "?" becomes $1, $2…) and of the plain conditions, with the values. */
function where(conditions: ([string, unknown] | string)[]): { clause: string; values: unknown[] } {
  const values: unknown[] = [];
  const parts: string[] = [];
  for (const condition of conditions) {
    if (typeof condition === "string") parts.push(condition);
    else if (condition[1] !== null) {
      values.push(condition[1]);
      parts.push(condition[0].replace("?", `$${values.length}`));
    }
  }
  return { clause: parts.length ? `WHERE ${parts.join(" AND ")}` : "", values };
}

const monthOf = (day: string | null) => (day ? `${day.slice(0, 7)}-01` : null);

export async function surveyTables(filters: AnalyticsFilters, reader: Reader): Promise<CountTable[]> {
  const { clause, values } = where([
    [`answered_month >= ?::date`, monthOf(filters.from)],
    [`answered_month <= ?::date`, monthOf(filters.to)],
  ]);
  // The sheets as counted per month, type, question and answer (survey_count, kept by triggers):
  // a few thousand rows for any period, whatever the number of sheets.
  const rows = await reader.$queryRawUnsafe<{ type: string; grouping: string; value: string; count: number }[]>(
    `SELECT type, grouping, value, SUM(count)::int AS count FROM survey_count ${clause} GROUP BY 1, 2, 3`,
    ...values,
  );
  const counts = new Map(rows.map((row) => [`${row.grouping}|${row.value}|${row.type}`, row.count]));
  const count = (grouping: string, value: string, type: string) => counts.get(`${grouping}|${value}|${type}`) ?? 0;
  const typeCounts = TYPES.map((type) => count("all", "", type));
  const tables: CountTable[] = [
    {
      key: "types",
      title: "Verteilung der drei Typen",
      rowHeading: "Typ",
      rows: [{ key: "all", label: "alle Antworten" }],
      columns: typeColumns,
      counts: [typeCounts],
      research: [TYPES.map((type) => RESEARCH_TYPE_PERCENTAGES[type])],
    },
  ];
  for (const factor of [...CROSS_TABLE_FACTORS, "help"] as Factor[]) {
    const research = RESEARCH_ROW_PERCENTAGES[factor];
    const valuesOf = factorValues(factor);
    tables.push({
      key: `type-by-${factor}`,
      title: `Typ nach ${FACTORS[factor].label}`,
      rowHeading: FACTORS[factor].label,
      rows: valuesOf.map((value) => ({ key: value, label: (FACTORS[factor].values as Record<string, string>)[value] })),
      columns: typeColumns,
      counts: valuesOf.map((value) => TYPES.map((type) => count(factor, value, type))),
      research: research ? valuesOf.map((value) => research[value] ?? null) : undefined,
      note: "Ohne Antworten, in denen diese Angabe fehlt.",
    });
  }
  for (const item of ITEM_NAMES) tables.push(itemTable(item, count));
  return tables;
}

function itemTable(item: Item, count: (grouping: string, value: string, type: string) => number): CountTable {
  const scale = SCALES[ITEMS[item].scale];
  return {
    key: `${item.replace(/_/g, "-")}-by-type`,
    title: `Frage ${item.slice(5).replace("_", ".")}: „${ITEMS[item].text}“ nach Typ`,
    rowHeading: "Typ",
    rows: typeColumns,
    columns: scale.map((label, index) => ({ key: String(index + 1), label })),
    counts: TYPES.map((type) => scale.map((_, index) => count(item, String(index + 1), type))),
  };
}

/** The first day of the month after the one a day ("YYYY-MM-DD") is in. */
function nextMonth(day: string): string {
  const [year, month] = day.split("-").map(Number);
  return new Date(Date.UTC(year, month, 1)).toISOString().slice(0, 10);
}

/**
 * Where a period's journeys are counted: its whole months in journey_monthly, the days of a month it
 * starts or ends inside of in journey_daily. Days are "YYYY-MM-DD"; a null bound is open.
 */
export function journeyRanges(from: string | null, to: string | null) {
  // Whole months: from the first month that starts on or after `from`, up to (not including) the first that ends after `to`.
  const monthsFrom = from === null ? null : from.endsWith("-01") ? from : nextMonth(from);
  const monthsBefore = to === null ? null : nextMonth(to) === addOneDay(to) ? nextMonth(to) : `${to.slice(0, 7)}-01`;
  if (monthsFrom !== null && monthsBefore !== null && monthsFrom >= monthsBefore) {
    // No whole month inside: every day from journey_daily.
    return { months: null, days: [[from, addOneDay(to!)]] as [string, string][] };
  }
  const days: [string, string][] = [];
  if (from !== null && monthsFrom !== from) days.push([from, monthsFrom!]);
  if (to !== null && monthsBefore !== null && monthsBefore <= to) days.push([monthsBefore, addOneDay(to)]);
  return { months: { from: monthsFrom, before: monthsBefore }, days };
}

function addOneDay(day: string): string {
  const [year, month, date] = day.split("-").map(Number);
  return new Date(Date.UTC(year, month - 1, date + 1)).toISOString().slice(0, 10);
}

export async function journeyTables(filters: AnalyticsFilters, reader: Reader): Promise<CountTable[]> {
  // Whole months from journey_monthly, the days of a partial month at either end from journey_daily.
  const ranges = journeyRanges(filters.from, filters.to);
  const values: unknown[] = [];
  const parameter = (value: unknown) => {
    values.push(value);
    return `$${values.length}::date`;
  };
  const columns = `request_type_key, preference, recommended_channel, chosen_channel, assistance, for_someone_else`;
  const parts: string[] = [];
  if (ranges.months) {
    const bounds = [
      ranges.months.from !== null ? `month >= ${parameter(ranges.months.from)}` : null,
      ranges.months.before !== null ? `month < ${parameter(ranges.months.before)}` : null,
    ];
    const clause = bounds.filter(Boolean).join(" AND ");
    parts.push(
      `SELECT ${columns}, to_char(month, 'YYYY-MM') AS month, count FROM journey_monthly${clause ? ` WHERE ${clause}` : ""}`,
    );
  }
  for (const [first, before] of ranges.days)
    parts.push(
      `SELECT ${columns}, to_char(day, 'YYYY-MM') AS month, count FROM journey_daily WHERE day >= ${parameter(first)} AND day < ${parameter(before)}`,
    );
  // Three groupings in one pass, each as small as its tables need.
  type Row = {
    grouping: "type" | "preference" | "month";
    request_type_key: string;
    preference: string;
    recommended_channel: string;
    chosen_channel: string;
    assistance: string;
    for_someone_else: boolean;
    month: string;
    count: number;
  };
  const rows = await reader.$queryRawUnsafe<Row[]>(
    `SELECT CASE WHEN GROUPING(request_type_key) = 0 THEN 'type' WHEN GROUPING(preference) = 0 THEN 'preference' ELSE 'month' END AS grouping,
            request_type_key, preference, recommended_channel, chosen_channel, assistance, for_someone_else, month, SUM(count)::int AS count
     FROM (${parts.join(" UNION ALL ")}) AS counted
     GROUP BY GROUPING SETS ((request_type_key, recommended_channel, chosen_channel), (preference, recommended_channel, chosen_channel),
                             (month, chosen_channel, assistance, for_someone_else))`,
    ...values,
  );
  const titles = await reader.$queryRawUnsafe<{ key: string; title: string }[]>(
    `SELECT key, COALESCE(title->>'de', key) AS title FROM request_type ORDER BY sort_order, key`,
  );
  const byType = rows.filter((row) => row.grouping === "type");
  const byPreference = rows.filter((row) => row.grouping === "preference");
  const byMonth = rows.filter((row) => row.grouping === "month");
  const taken = (row: Row) =>
    row.chosen_channel === "none" ? 2 : row.chosen_channel === row.recommended_channel ? 0 : 1;
  const adviceColumns = [
    { key: "followed", label: "Empfehlung gewählt" },
    { key: "other", label: "anderer Weg gewählt" },
    { key: "none", label: "nichts gewählt" },
  ];
  const adviceCounts = (set: Row[], match: (row: Row) => boolean) =>
    [0, 1, 2].map((column) =>
      set
        .filter((row) => row.recommended_channel !== "none" && match(row) && taken(row) === column)
        .reduce((sum, row) => sum + row.count, 0),
    );
  const months = [...new Set(byMonth.map((row) => row.month))].sort();
  const sum = (set: Row[], match: (row: Row) => boolean) =>
    set.filter(match).reduce((total, row) => total + row.count, 0);
  const assistanceColumns = [
    { key: "alone", label: "selbst" },
    { key: "helper", label: "mit Hilfe (für jemand anderen)" },
    { key: "counter", label: "am Schalter" },
    { key: "phone", label: "am Telefon" },
  ];
  const assistanceOf = (row: Row) =>
    row.assistance === "self_service" ? (row.for_someone_else ? "helper" : "alone") : row.assistance;
  return [
    {
      key: "recommended-vs-chosen",
      title: "Empfohlener und gewählter Weg je Anliegen",
      rowHeading: "Anliegen",
      rows: titles.map((type) => ({ key: type.key, label: type.title })),
      columns: adviceColumns,
      counts: titles.map((type) => adviceCounts(byType, (row) => row.request_type_key === type.key)),
    },
    {
      key: "recommended-vs-chosen-by-preference",
      title: "Empfohlener und gewählter Weg je angegebener Vorliebe",
      rowHeading: "Vorliebe",
      rows: [...TYPES, "none"].map((key) => ({ key, label: PREFERENCE_LABELS[key] })),
      columns: adviceColumns,
      counts: [...TYPES, "none"].map((key) => adviceCounts(byPreference, (row) => row.preference === key)),
    },
    {
      key: "recommended-by-chosen",
      title: "Wohin die Empfehlung verlassen wird: empfohlener Weg (Zeile) und gewählter Weg (Spalte)",
      rowHeading: "empfohlen",
      rows: CHANNELS.map((key) => ({ key, label: CHANNEL_LABELS[key] })),
      columns: [...CHANNELS, "none"].map((key) => ({ key, label: CHANNEL_LABELS[key] })),
      counts: CHANNELS.map((recommended) =>
        [...CHANNELS, "none"].map((chosen) =>
          sum(byType, (row) => row.recommended_channel === recommended && row.chosen_channel === chosen),
        ),
      ),
    },
    {
      key: "channel-mix",
      title: "Gewählte Wege je Monat",
      rowHeading: "Monat",
      rows: months.map((month) => ({ key: month, label: month })),
      columns: CHANNELS.map((key) => ({ key, label: CHANNEL_LABELS[key] })),
      counts: months.map((month) =>
        CHANNELS.map((channel) => sum(byMonth, (row) => row.month === month && row.chosen_channel === channel)),
      ),
    },
    {
      key: "assistance",
      title: "Selbst, mit Hilfe oder am Schalter: gewählte Wege je Monat",
      rowHeading: "Monat",
      rows: months.map((month) => ({ key: month, label: month })),
      columns: assistanceColumns,
      counts: months.map((month) =>
        assistanceColumns.map((column) =>
          sum(
            byMonth,
            (row) => row.month === month && row.chosen_channel !== "none" && assistanceOf(row) === column.key,
          ),
        ),
      ),
    },
  ];
}

async function appointmentTables(filters: AnalyticsFilters, reader: Reader): Promise<CountTable[]> {
  const { clause, values } = where([
    [`day >= ?::date`, filters.from],
    [`day <= ?::date`, filters.to],
    [`location_id = ?::uuid`, filters.locationId],
    // Only days that are over: today's appointments are still to come.
    `day < (now() AT TIME ZONE 'Europe/Berlin')::date`,
  ]);
  const rows = await reader.$queryRawUnsafe<{ channel: string; status: string; count: number }[]>(
    `SELECT channel, status, SUM(count)::int AS count FROM appointment_daily ${clause} GROUP BY 1, 2`,
    ...values,
  );
  const statusColumns = [
    { key: "attended", label: "wahrgenommen", statuses: ["checked_in", "completed"] },
    { key: "no_show", label: "nicht erschienen", statuses: ["no_show"] },
    { key: "cancelled", label: "abgesagt", statuses: ["cancelled"] },
    { key: "booked", label: "ohne Vermerk", statuses: ["booked"] },
  ];
  return [
    {
      key: "no-shows",
      title: "Termine bis gestern je Weg: wahrgenommen, nicht erschienen, abgesagt",
      rowHeading: "Weg",
      rows: ["video", "in_person"].map((key) => ({ key, label: CHANNEL_LABELS[key] })),
      columns: statusColumns.map(({ key, label }) => ({ key, label })),
      counts: ["video", "in_person"].map((channel) =>
        statusColumns.map((column) =>
          rows
            .filter((row) => row.channel === channel && column.statuses.includes(row.status))
            .reduce((sum, row) => sum + row.count, 0),
        ),
      ),
      note: "Ein Video-Termin wird bisher nicht als wahrgenommen vermerkt; er bleibt „ohne Vermerk“.",
    },
  ];
}

export async function feedbackTables(filters: AnalyticsFilters, reader: Reader): Promise<CountTable[]> {
  const { clause, values } = where([
    [`f.created_at >= (?::date)::timestamp AT TIME ZONE 'Europe/Berlin'`, filters.from],
    [`f.created_at < ((?::date) + 1)::timestamp AT TIME ZONE 'Europe/Berlin'`, filters.to],
    "f.rating BETWEEN 1 AND 5",
  ]);
  const rows = await reader.$queryRawUnsafe<{ channel: string; rating: number; count: number }[]>(
    // The channel each rating's journey had chosen, stored with the rating (migration 20261204510000).
    `SELECT COALESCE(f.chosen_channel, 'none') AS channel, f.rating, COUNT(*)::int AS count
     FROM feedback f
     ${clause} GROUP BY 1, 2`,
    ...values,
  );
  const channels = [...CHANNELS, "none"];
  return [
    {
      key: "feedback-by-channel",
      title: "Bewertungen (1 = schlecht … 5 = sehr gut) je gewähltem Weg",
      rowHeading: "Weg",
      rows: channels.map((key) => ({ key, label: key === "none" ? "ohne gewählten Weg" : CHANNEL_LABELS[key] })),
      columns: [1, 2, 3, 4, 5].map((rating) => ({ key: String(rating), label: String(rating) })),
      counts: channels.map((channel) =>
        [1, 2, 3, 4, 5].map(
          (rating) => rows.find((row) => row.channel === channel && row.rating === rating)?.count ?? 0,
        ),
      ),
    },
  ];
}

export async function waitingTables(filters: AnalyticsFilters, reader: Reader): Promise<CountTable[]> {
  const { clause, values } = where([
    [`day >= ?::date`, filters.from],
    [`day <= ?::date`, filters.to],
    [`location_id = ?::uuid`, filters.locationId],
  ]);
  // The wait of a number: from joining the queue (drawn, or the appointment's time) to its first call.
  const rows = await reader.$queryRawUnsafe<{ kind: string; bucket: string; count: number }[]>(
    `SELECT kind::text AS kind,
            CASE WHEN first_called_at IS NULL THEN 'none'
                 WHEN first_called_at - ready_at < interval '10 minutes' THEN 'short'
                 WHEN first_called_at - ready_at < interval '30 minutes' THEN 'medium'
                 WHEN first_called_at - ready_at < interval '60 minutes' THEN 'long'
                 ELSE 'longer' END AS bucket,
            COUNT(*)::int AS count
     FROM queue_ticket ${clause} GROUP BY 1, 2`,
    ...values,
  );
  const columns = [
    { key: "short", label: "unter 10 Min." },
    { key: "medium", label: "10 bis 30 Min." },
    { key: "long", label: "30 bis 60 Min." },
    { key: "longer", label: "über 60 Min." },
    { key: "none", label: "nicht aufgerufen" },
  ];
  const kinds = [
    { key: "walk_in", label: "ohne Termin (Wartenummer)" },
    { key: "appointment", label: "mit Termin vor Ort" },
  ];
  return [
    {
      key: "waiting-times",
      title: "Wartezeit am Empfang bis zum ersten Aufruf: ohne und mit Termin",
      rowHeading: "Besuch",
      rows: kinds,
      columns,
      counts: kinds.map((kind) =>
        columns.map((column) => rows.find((row) => row.kind === kind.key && row.bucket === column.key)?.count ?? 0),
      ),
      note: "Mit Termin: ab der Terminzeit (oder dem späteren Einchecken). Wartenummern werden nach 183 Tagen gelöscht.",
    },
  ];
}

export interface Dashboard {
  survey: PublishedTable[];
  portal: PublishedTable[];
}

/** Every table, published (small cells protected). */
export async function loadDashboard(filters: AnalyticsFilters, reader: Reader = db): Promise<Dashboard> {
  const [survey, journeys, appointments, waiting, feedback] = await Promise.all([
    surveyTables(filters, reader),
    journeyTables(filters, reader),
    appointmentTables(filters, reader),
    waitingTables(filters, reader),
    feedbackTables(filters, reader),
  ]);
  return { survey: survey.map(publish), portal: [...journeys, ...appointments, ...waiting, ...feedback].map(publish) };
}

const JOURNEY_TABLES = [
  "recommended-vs-chosen",
  "recommended-vs-chosen-by-preference",
  "recommended-by-chosen",
  "channel-mix",
  "assistance",
];

/** One table by its export name, reading only what it needs; null for an unknown name. */
export async function loadTable(
  key: string,
  filters: AnalyticsFilters,
  reader: Reader = db,
): Promise<PublishedTable | null> {
  const load =
    key === "types" || key.startsWith("type-by-") || /^item-[0-9-]+-by-type$/.test(key)
      ? surveyTables
      : JOURNEY_TABLES.includes(key)
        ? journeyTables
        : key === "no-shows"
          ? appointmentTables
          : key === "waiting-times"
            ? waitingTables
            : key === "feedback-by-channel"
              ? feedbackTables
              : null;
  const table = load ? (await load(filters, reader)).find((candidate) => candidate.key === key) : undefined;
  return table ? publish(table) : null;
}
