// npm run bench:analytics — the analytics dashboard on a Jobcenter's volume: a throwaway database
// (on DATABASE_URL's server, else an embedded one) with 1,000,000 journeys over a year (counted per
// day by the migration's trigger as they are written), 100,000 appointments at 5 locations, 50,000
// ratings and 100,000 questionnaire answers; then every table of the dashboard (loadDashboard: the
// queries and the small-cell rule) 50 times for each of three filters. Prints p50/p95/max in ms as a
// table (target p95 ≤ 500 ms).
import { randomUUID } from "node:crypto";
import { loadDashboard, type AnalyticsFilters } from "@/lib/analytics";
import { sized } from "./bench-size";
import { percentile, printMeasures, runBench, withBenchDatabase, withClient, type Measure } from "./bench-database";

const JOURNEYS = sized(1_000_000, 3_000);
const APPOINTMENTS = sized(100_000, 1_000);
const RATINGS = sized(50_000, 500);
const ANSWERS = sized(100_000, 1_000);
const LOCATIONS = 5;
const RUNS = sized(50, 3);
const WARM_UP = sized(5, 1);
const TARGET_P95_MS = 500;

async function main() {
  await withBenchDatabase("analytics", {}, async ({ url, prisma }) => {
    const seedStart = performance.now();
    const locations = Array.from({ length: LOCATIONS }, () => randomUUID());
    await withClient(url, async (client) => {
      await client.query(
        `INSERT INTO location (id, slug, name, updated_at) SELECT l, 'ort-' || left(l::text, 8), 'Standort ' || left(l::text, 4), now() FROM unnest($1::uuid[]) AS l`,
        [locations],
      );
      const keys = (await client.query<{ key: string }>("SELECT key FROM request_type")).rows.map((row) => row.key);
      // Journeys in chunks, each a plausible pass: a recommendation, mostly followed, sometimes left or abandoned.
      const chunk = Math.min(100_000, JOURNEYS);
      for (let offset = 0; offset < JOURNEYS; offset += chunk) {
        await client.query(
          `INSERT INTO journey (id, request_type_key, preference, recommended_channel, chosen_channel, for_someone_else, outcome, assistance, created_at, updated_at)
           SELECT gen_random_uuid(), ($1::text[])[1 + g % array_length($1::text[], 1)],
                  (ARRAY['personal', 'mixed', 'digital', NULL])[1 + (g / 7) % 4]::"Preference",
                  (ARRAY['online', 'video', 'in_person', 'phone'])[1 + (g / 3) % 4]::"Channel",
                  CASE WHEN g % 10 < 6 THEN (ARRAY['online', 'video', 'in_person', 'phone'])[1 + (g / 3) % 4]
                       WHEN g % 10 < 9 THEN (ARRAY['online', 'video', 'in_person', 'phone'])[1 + (g / 11) % 4] END::"Channel",
                  g % 13 = 0, CASE WHEN g % 10 < 9 THEN 'chosen' ELSE 'abandoned' END,
                  (CASE WHEN g % 17 = 0 THEN 'counter' WHEN g % 29 = 0 THEN 'phone' ELSE 'self_service' END)::"Assistance",
                  now() - (g % 365) * interval '1 day' - (g % 600) * interval '1 minute', now()
           FROM generate_series($2::int, $3::int) AS g`,
          [keys, offset, offset + chunk - 1],
        );
      }
      const citizens = Array.from({ length: APPOINTMENTS }, () => randomUUID());
      await client.query(
        `INSERT INTO citizen (id, name, updated_at) SELECT c, 'Person', now() FROM unnest($1::uuid[]) AS c`,
        [citizens],
      );
      await client.query(
        `INSERT INTO appointment (id, reference, request_type_key, channel, location_id, starts_at, ends_at, citizen_id, manage_token_hash, status, assistance, updated_at)
         SELECT gen_random_uuid(), 'B' || n, $2, (ARRAY['in_person', 'video'])[1 + n % 2]::"Channel", ($3::uuid[])[1 + n % $4::int],
                now() - (n % 365) * interval '1 day', now() - (n % 365) * interval '1 day' + interval '30 minutes', c, md5(n::text),
                (ARRAY['completed', 'checked_in', 'no_show', 'cancelled', 'booked'])[1 + n % 5]::"AppointmentStatus", 'self_service', now()
         FROM unnest($1::uuid[]) WITH ORDINALITY AS a(c, n)`,
        [citizens, keys[0], locations, LOCATIONS],
      );
      await client.query(
        `INSERT INTO feedback (id, kind, message, rating, journey_id, created_at)
         SELECT gen_random_uuid(), 'rating', '', 1 + (row_number() OVER ()) % 5, id, created_at FROM (SELECT id, created_at FROM journey LIMIT $1) j`,
        [RATINGS],
      );
      await client.query(
        `INSERT INTO survey_response (id, source, answered_month, type, age, school, training, german, devices, distance, help, item_11_3, item_11_6, item_11_7, item_11_8, item_18)
         SELECT gen_random_uuid(), 'portal', date_trunc('month', now() - (g % 12) * interval '1 month')::date,
                (ARRAY['personal', 'mixed', 'digital'])[1 + g % 3]::"Preference",
                (ARRAY['under-25', '25-44', 'over-44', NULL])[1 + (g / 3) % 4], (ARRAY['none-german', 'hauptschule', 'realschule', 'abitur', 'other'])[1 + (g / 5) % 5],
                (ARRAY['none', 'apprenticeship', 'degree'])[1 + (g / 7) % 3], (ARRAY['very-good', 'good', 'limited'])[1 + (g / 11) % 3],
                (ARRAY['smartphone-only', 'smartphone-plus', 'none'])[1 + (g / 13) % 3], (ARRAY['near', 'medium', 'far'])[1 + (g / 17) % 3],
                (ARRAY['never', 'sometimes', 'often', 'always'])[1 + (g / 19) % 4],
                1 + g % 5, 1 + (g / 2) % 5, 1 + (g / 3) % 5, 1 + (g / 4) % 5, 1 + (g / 6) % 5
         FROM generate_series(1, $1::int) AS g`,
        [ANSWERS],
      );
      await client.query("ANALYZE");
      const counts = (
        await client.query<{ journeys: number; days: number }>(
          "SELECT (SELECT COUNT(*)::int FROM journey) AS journeys, (SELECT COUNT(*)::int FROM journey_daily) AS days",
        )
      ).rows[0];
      console.log(
        `bench: ${counts.journeys} journeys (${counts.days} rows of daily counts), ${APPOINTMENTS} appointments, ${RATINGS} ratings, ${ANSWERS} answers written in ${Math.round((performance.now() - seedStart) / 1000)} s`,
      );
    });

    const berlinDay = (daysAgo: number) => new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10);
    const cases: [string, AnalyticsFilters][] = [
      ["no filter (a year)", { from: null, to: null, locationId: null }],
      ["last 90 days", { from: berlinDay(90), to: berlinDay(0), locationId: null }],
      ["last 90 days, one location", { from: berlinDay(90), to: berlinDay(0), locationId: locations[0] }],
    ];
    const rows: Measure[] = [];
    for (const [label, filters] of cases) {
      for (let i = 0; i < WARM_UP; i++) await loadDashboard(filters, prisma);
      const times: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const start = performance.now();
        await loadDashboard(filters, prisma);
        times.push(performance.now() - start);
      }
      const p95 = percentile(times, 95);
      rows.push([
        `dashboard, ${label}: p50 / p95 / max (ms, ${RUNS} runs)`,
        `${percentile(times, 50).toFixed(0)} / ${p95.toFixed(0)} / ${Math.max(...times).toFixed(0)}`,
        `p95 ≤ ${TARGET_P95_MS}`,
        p95 <= TARGET_P95_MS ? "met" : "not met",
      ]);
    }
    printMeasures(rows);
  });
}

runBench(main);
