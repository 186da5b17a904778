// npm run bench:front-desk — the front desk's day view under load: a throwaway database (on
// DATABASE_URL's server, else an embedded one) with one location holding 600 in-person appointments
// on one day among 60,000 on other days and at other locations; then dayAtLocation 200 times.
// Then, where a production build exists (`npm run build`), the page itself: `next start` on that
// database, a front-desk sign-in, and GET /staff/front-desk for that day 100 times, as the browser
// asks for it (the whole server time: session, staff door, audit event, queries and HTML).
// Prints p50/p95/max in ms as a table (target p95 ≤ 100 ms), the server's processor time per request
// and the page's size. BENCH_PAGE_RUNS (100), BENCH_PAGE_VARIANT (empty, print), BENCH_PAGE_HTML=<file>.
import { randomBytes, randomUUID } from "node:crypto";
import bcrypt from "bcryptjs";
import type pg from "pg";
import { dayAtLocation } from "@/lib/booking";
import { addDays, berlinDate, berlinToUtc } from "@/lib/time";
import { sized } from "./bench-size";
import { percentile, printMeasures, runBench, withBenchDatabase, withClient, type Measure } from "./bench-database";
import { measureStaffPage } from "./bench-staff-page";

const DAY_APPOINTMENTS = sized(600, 60);
const OTHER_LOCATIONS = sized(19, 2);
const OTHER_DAYS = sized(50, 4);
/** per location and day on the other days (and every day at the other locations) */
const BACKGROUND_PER_DAY = sized(60, 10);
const RUNS = sized(200, 20);
const PAGE_RUNS = Number(process.env.BENCH_PAGE_RUNS ?? sized(100, 10));
const PAGE_PORT = Number(process.env.BENCH_PAGE_PORT ?? 3290);
const PASSWORD = randomBytes(12).toString("base64url");
const WARM_UP = sized(10, 2);
const TARGET_P95_MS = 100;

const STATUSES = ["booked", "booked", "booked", "checked_in", "completed", "no_show", "cancelled"] as const;

/** The appointments as bulk rows: each with its own person; a seventh booked at the counter. */
async function seedAppointments(
  client: pg.Client,
  rows: { locationId: string; start: Date; index: number }[],
  staffId: string,
) {
  const chunk = 10_000;
  for (let offset = 0; offset < rows.length; offset += chunk) {
    const part = rows.slice(offset, offset + chunk);
    const ids = part.map(() => randomUUID());
    const citizens = part.map(() => randomUUID());
    await client.query(
      `INSERT INTO citizen (id, name, phone, updated_at) SELECT c, 'Person ' || left(c::text, 8), '0621' || (random() * 1e7)::int, now() FROM unnest($1::uuid[]) AS c`,
      [citizens],
    );
    await client.query(
      `INSERT INTO appointment (id, reference, request_type_key, channel, location_id, starts_at, ends_at, citizen_id, manage_token_hash, status,
                                interpreter_language, accessibility_needs, booked_by_staff_id, assistance, updated_at)
       SELECT a.id, 'B' || substr(md5(a.id::text), 1, 11), 'change-report', 'in_person', a.loc, a.st, a.st + interval '15 minutes', a.cit,
              md5(a.id::text || 'token'), a.status::"AppointmentStatus",
              CASE WHEN a.n % 9 = 0 THEN 'ar' END, CASE WHEN a.n % 13 = 0 THEN 'Rollstuhl' END,
              CASE WHEN a.n % 7 = 0 THEN $6::uuid END, (CASE WHEN a.n % 7 = 0 THEN 'counter' ELSE 'self_service' END)::"Assistance", now()
         FROM unnest($1::uuid[], $2::uuid[], $3::timestamptz[], $4::uuid[], $5::text[], $7::int[]) AS a(id, loc, st, cit, status, n)`,
      [
        ids,
        part.map((row) => row.locationId),
        part.map((row) => row.start.toISOString()),
        citizens,
        part.map((row) => STATUSES[row.index % STATUSES.length]),
        staffId,
        part.map((row) => row.index),
      ],
    );
  }
}

/** A start on the 15-minute grid between 07:00 and 19:00 Berlin time (48 units), by index. */
function startOf(day: string, index: number): Date {
  const unit = index % 48;
  return berlinToUtc(
    day,
    `${String(7 + Math.floor(unit / 4)).padStart(2, "0")}:${String((unit % 4) * 15).padStart(2, "0")}`,
  );
}

async function main() {
  await withBenchDatabase("desk", {}, async ({ url, prisma }) => {
    const seedStarted = performance.now();
    const locations = [];
    for (let i = 0; i <= OTHER_LOCATIONS; i++) {
      locations.push(
        await prisma.location.create({
          data: {
            slug: `bench-desk-${i}`,
            name: `Standort ${i}`,
            openingHours: {
              create: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
                weekday,
                opensAt: "07:00",
                closesAt: "19:00",
                capacity: 14,
                frontDeskReserve: 2,
              })),
            },
          },
        }),
      );
    }
    const [measured] = locations;
    // The front desk sees the days of its own locations only: this account works at the measured one.
    const staff = await prisma.staffUser.create({
      data: {
        email: "bench@jobcenter.example",
        name: "Frau Bench",
        passwordHash: await bcrypt.hash(PASSWORD, 10),
        role: "front_desk",
        locations: { create: [{ locationId: measured.id }] },
      },
    });
    const day = addDays(berlinDate(new Date()), 1);
    const rows: { locationId: string; start: Date; index: number }[] = [];
    for (let index = 0; index < DAY_APPOINTMENTS; index++)
      rows.push({ locationId: measured.id, start: startOf(day, index), index });
    for (let offset = -OTHER_DAYS / 2; offset <= OTHER_DAYS / 2; offset++) {
      const other = addDays(day, offset);
      for (const location of locations) {
        if (other === day && location.id === measured.id) continue;
        for (let index = 0; index < BACKGROUND_PER_DAY; index++)
          rows.push({ locationId: location.id, start: startOf(other, index * 7), index });
      }
    }
    await withClient(url, async (client) => {
      await seedAppointments(client, rows, staff.id);
      await client.query("ANALYZE");
    });
    const seedSeconds = (performance.now() - seedStarted) / 1000;

    let listed = 0;
    for (let i = 0; i < WARM_UP; i++) listed = (await dayAtLocation(measured.id, day, prisma)).appointments.length;
    if (listed !== DAY_APPOINTMENTS) throw new Error(`the day lists ${listed} appointments, not ${DAY_APPOINTMENTS}`);
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const t0 = performance.now();
      await dayAtLocation(measured.id, day, prisma);
      times.push(performance.now() - t0);
    }
    if (process.env.BENCH_EXPLAIN === "1") {
      // The plan of the day's query, to see which index serves it (BENCH_EXPLAIN=1).
      const from = berlinToUtc(day, "00:00").toISOString();
      const to = berlinToUtc(addDays(day, 1), "00:00").toISOString();
      const plan = await prisma.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(
        `EXPLAIN (ANALYZE, BUFFERS) SELECT a.id FROM appointment a JOIN citizen c ON c.id = a.citizen_id JOIN request_type r ON r.key = a.request_type_key
           LEFT JOIN staff_user s ON s.id = a.booked_by_staff_id
          WHERE a.location_id = $1::uuid AND a.starts_at >= $2::timestamptz AND a.starts_at < $3::timestamptz AND a.channel = 'in_person' ORDER BY a.starts_at, c.name, a.reference`,
        measured.id,
        from,
        to,
      );
      console.log(plan.map((line) => line["QUERY PLAN"]).join("\n"));
    }
    const p95 = percentile(times, 95);
    const table: Measure[] = [
      [
        "seed: appointments in all / on the measured day",
        `${rows.length} / ${DAY_APPOINTMENTS}`,
        "",
        `${seedSeconds.toFixed(1)} s`,
      ],
      [`dayAtLocation p50 (${RUNS} runs)`, `${percentile(times, 50).toFixed(1)} ms`, "", ""],
      ["dayAtLocation p95", `${p95.toFixed(1)} ms`, `≤ ${TARGET_P95_MS} ms`, p95 <= TARGET_P95_MS ? "met" : "MISSED"],
      ["dayAtLocation max", `${Math.max(...times).toFixed(1)} ms`, "", ""],
    ];
    const page = await measurePage(url, measured.id, day);
    if (page) {
      const pageP95 = percentile(page.times, 95);
      table.push([
        `GET /staff/front-desk p50 (${PAGE_RUNS} requests, ${DAY_APPOINTMENTS} rows of HTML)`,
        `${percentile(page.times, 50).toFixed(1)} ms`,
        "",
        "",
      ]);
      table.push([
        "GET /staff/front-desk p95",
        `${pageP95.toFixed(1)} ms`,
        `≤ ${TARGET_P95_MS} ms`,
        pageP95 <= TARGET_P95_MS ? "met" : "MISSED",
      ]);
      table.push([
        "GET /staff/front-desk: the server's processor time per request",
        `${page.cpuMs.toFixed(1)} ms`,
        "",
        "",
      ]);
      table.push([
        "GET /staff/front-desk: the page's size (uncompressed)",
        `${(page.bytes / 1024).toFixed(0)} KiB`,
        "",
        "",
      ]);
    } else {
      table.push(["GET /staff/front-desk", "not measured: no production build (npm run build)", "", ""]);
    }
    printMeasures(table);
  });
}

/** The day view's page through `next start` on the bench database; null without a production build. */
function measurePage(databaseUrl: string, locationId: string, day: string) {
  // BENCH_PAGE_VARIANT=empty: a day without appointments (what the page costs without rows);
  // =print: the 600 rows without their actions (?print=1). BENCH_PAGE_HTML=<file>: keep one answer.
  const variant = process.env.BENCH_PAGE_VARIANT;
  return measureStaffPage({
    databaseUrl,
    email: "bench@jobcenter.example",
    password: PASSWORD,
    path: `/staff/front-desk?location=${locationId}&day=${variant === "empty" ? "2020-01-01" : day}${variant === "print" ? "&print=1" : ""}`,
    expected: variant === "empty" ? "keine Termine vor Ort" : `${DAY_APPOINTMENTS} Termine`,
    runs: PAGE_RUNS,
    port: PAGE_PORT,
    htmlFile: process.env.BENCH_PAGE_HTML,
  });
}

runBench(main);
