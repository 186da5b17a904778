// npm run bench:staff-day — a large Jobcenter's staff day (issue 23): a throwaway database on
// DATABASE_URL's server (never an embedded one) with 8 locations, 600 appointments per location on
// the measured day (today), 200 waiting walk-ins at the measured location, 20,000 received
// submissions, 3,000 open callbacks, 1,000,000 people and 2,000,000 audit rows; then the production
// build (built first when missing or older than the sources; BENCH_SKIP_BUILD=1 never builds)
// started twice with `next start` on it, as two app processes behind one proxy. Through the first,
// signed in as a caseworker (the audit log as an admin), GET 100 times each, as the browser asks for
// them: the inbox's first page and its 100th, the callbacks' first page, the audit log filtered by
// one person, the day view and the queue desk. Then the live latency over 100 changes: a kiosk
// ticket drawn through the first process's API, its "change" event on the second process's staff
// live stream (/staff/live, read here as a browser's EventSource does), and the desk page read anew
// from the second process showing the new number, as the browser does on that event. Prints
// p50/p95/max per row with its target (list pages p95 ≤ 150 ms, live p95 ≤ 1 s) as a table.
// BENCH_PAGE_PORT (3292) and BENCH_LIVE_PORT (the next port) are the two processes' ports.
import { spawnSync } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import path from "node:path";
import bcrypt from "bcryptjs";
import type pg from "pg";
import { berlinDate, berlinToUtc } from "@/lib/time";
import { percentile, runBench, withBenchDatabase, withClient } from "./bench-database";
import { seedPeople } from "./bench-people-data";
import { sized, smallRun } from "./bench-size";
import { getPage, signIn, startAppProcess, type AppProcess } from "./bench-staff-page";
import { buildIsStale } from "./build-state";
import { nextBin } from "./next-server";

const LOCATIONS = sized(8, 2);
const DAY_APPOINTMENTS = sized(600, 40);
const WALK_INS = sized(200, 20);
const SUBMISSIONS = sized(20_000, 1_000);
const CALLBACKS = sized(3_000, 120);
const PEOPLE = sized(1_000_000, 5_000);
const AUDIT_ROWS = sized(2_000_000, 20_000);
/** the audit rows of the person the log is filtered by (a person whose page was opened often) */
const PERSON_AUDIT_ROWS = sized(300, 60);
/** the inbox page measured besides the first (a small run has fewer pages) */
const INBOX_PAGE = sized(100, 10);
const RUNS = sized(100, 10);
const WARM_UP = sized(5, 2);
const CHANGES = sized(100, 10);
const LIST_TARGET_MS = 150;
const LIVE_TARGET_MS = 1_000;
/** how long one change may take to reach the second process before the bench fails */
const LIVE_TIMEOUT_MS = 10_000;
const PAGE_SIZE = 50;
const PAGE_PORT = Number(process.env.BENCH_PAGE_PORT ?? 3292);
const LIVE_PORT = Number(process.env.BENCH_LIVE_PORT ?? PAGE_PORT + 1);
const PASSWORD = randomBytes(12).toString("base64url");
const API_KEY = randomBytes(18).toString("base64url");
const CASEWORKER = "sachbearbeitung@bench.example";
const ADMIN = "admin@bench.example";
const DESK = "Platz 1";
const FORM_KEYS = ["change-report", "continued-benefits", "sick-note", "absence"];
const AUDIT_ACTIONS = [
  "person.viewed",
  "appointment.viewed",
  "appointment.checked-in",
  "appointment.cancelled",
  "appointment.rebooked",
];

interface Seeded {
  measuredLocation: string;
  day: string;
  personId: string;
  personAuditRows: number;
  inboxFirst: string;
  inboxPageReference: string;
  inboxPageCursor: string;
  callbacksFirst: string;
  seconds: number;
}

/** Runs one statement and says how long it took (the seed's steps are long at full size). */
async function step(client: pg.Client, label: string, sql: string, values: unknown[] = []): Promise<void> {
  const t0 = performance.now();
  const result = await client.query(sql, values);
  console.log(`bench: ${label}: ${result.rowCount ?? 0} rows in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

/** The customer number of the g-th seeded person (bench-people-data.ts), as SQL of an integer expression. */
const personNumber = (expression: string) => `'K' || lpad((${expression})::text, 9, '0')`;

async function seed(client: pg.Client): Promise<Seeded> {
  const started = performance.now();
  const day = berlinDate(new Date());
  const dayStart = berlinToUtc(day, "07:00").toISOString();
  const staffHash = await bcrypt.hash(PASSWORD, 10);
  await client.query(
    `INSERT INTO staff_user (id, email, name, password_hash, role, updated_at)
     VALUES (gen_random_uuid(), $1, 'Frau Sachbearbeitung', $3, 'caseworker', now()),
            (gen_random_uuid(), $2, 'Herr Administration', $3, 'admin', now())`,
    [CASEWORKER, ADMIN, staffHash],
  );
  const locations: string[] = [];
  for (let i = 0; i < LOCATIONS; i++) {
    const id = randomUUID();
    locations.push(id);
    await client.query(`INSERT INTO location (id, slug, name, updated_at) VALUES ($1, $2, $3, now())`, [
      id,
      `bench-day-${i}`,
      `Standort ${i + 1}`,
    ]);
    await client.query(
      `INSERT INTO opening_hours (id, location_id, weekday, opens_at, closes_at, capacity, front_desk_reserve)
       SELECT gen_random_uuid(), $1, w, '07:00', '19:00', 14, 2 FROM generate_series(1, 7) AS w`,
      [id],
    );
    // The kiosk draws the live part's tickets: the daily limit leaves room for them.
    await client.query(
      `INSERT INTO queue_location (location_id, display_token, daily_limit) VALUES ($1, $2, 999)
       ON CONFLICT (location_id) DO UPDATE SET daily_limit = 999`,
      [id, randomBytes(24).toString("base64url")],
    );
  }
  // The caseworker works at every location (the front desk's and the queue's pages are scoped to them).
  await client.query(
    `INSERT INTO staff_location (staff_user_id, location_id)
     SELECT s.id, l::uuid FROM staff_user s, unnest($2::text[]) AS l WHERE s.email = $1`,
    [CASEWORKER, locations],
  );
  const [measuredLocation] = locations;

  let t0 = performance.now();
  await seedPeople(client, PEOPLE);
  console.log(`bench: ${PEOPLE} people in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

  // The measured day: DAY_APPOINTMENTS in-person appointments per location from 07:00 on the
  // quarter hour, each with a person of their own; a mix of statuses as in the afternoon.
  await step(
    client,
    "appointments of the measured day",
    `INSERT INTO appointment (id, reference, request_type_key, channel, location_id, starts_at, ends_at, citizen_id, manage_token_hash, status,
                              interpreter_language, accessibility_needs, updated_at)
     SELECT gen_random_uuid(), 'D' || lpad(g::text, 9, '0'), 'change-report', 'in_person', ($1::uuid[])[1 + g % $2::int],
            $3::timestamptz + ((g / $2::int) % 48) * interval '15 minutes', $3::timestamptz + ((g / $2::int) % 48) * interval '15 minutes' + interval '15 minutes',
            c.id, md5('day' || g),
            (ARRAY['booked', 'booked', 'booked', 'checked_in', 'completed', 'no_show', 'cancelled'])[1 + g % 7]::"AppointmentStatus",
            CASE WHEN g % 9 = 0 THEN 'ar' END, CASE WHEN g % 13 = 0 THEN 'Rollstuhl' END, now()
       FROM generate_series(0, $2::int * $4::int - 1) AS g
       JOIN citizen c ON c.customer_number = ${personNumber("1 + g")}`,
    [locations, LOCATIONS, dayStart, DAY_APPOINTMENTS],
  );
  // Appointments on other days for a twentieth of the people, over the last 300 days.
  await step(
    client,
    "appointments on other days",
    `INSERT INTO appointment (id, reference, request_type_key, channel, location_id, starts_at, ends_at, citizen_id, manage_token_hash, status, updated_at)
     SELECT gen_random_uuid(), 'H' || lpad(g::text, 9, '0'), 'change-report', 'in_person', ($1::uuid[])[1 + g % array_length($1::uuid[], 1)],
            $2::timestamptz - (1 + g % 300) * interval '1 day', $2::timestamptz - (1 + g % 300) * interval '1 day' + interval '30 minutes',
            c.id, md5('other' || g), (ARRAY['completed', 'no_show', 'cancelled', 'completed'])[1 + g % 4]::"AppointmentStatus", now()
       FROM generate_series(20, $3::int, 20) AS g
       JOIN citizen c ON c.customer_number = ${personNumber("g")}`,
    [locations, dayStart, PEOPLE],
  );
  // The waiting room of the measured location: WALK_INS walk-ins waiting since the morning.
  await step(
    client,
    "waiting walk-ins",
    `INSERT INTO queue_ticket (id, location_id, day, number, kind, request_type_key, language, status, ready_at)
     SELECT gen_random_uuid(), $1, $2::date, 'A' || lpad(g::text, 3, '0'), 'walk_in', 'change-report', 'de', 'waiting',
            date_trunc('milliseconds', now() - ($3::int + 1 - g) * interval '40 seconds')
       FROM generate_series(1, $3::int) AS g`,
    [measuredLocation, day, WALK_INS],
  );
  await client.query(
    `INSERT INTO queue_number (location_id, day, prefix, last_number) VALUES ($1, $2::date, 'A', $3)`,
    [measuredLocation, day, WALK_INS],
  );
  // Submissions received over the last four weeks, a fifth of them assigned to the caseworker.
  await step(
    client,
    "submissions",
    `INSERT INTO form_submission (id, reference, form_key, answers, status, status_token_hash, idempotency_key, citizen_id, assignee_id, created_at, updated_at)
     SELECT gen_random_uuid(), 'F-' || substr(r, 1, 4) || '-' || substr(r, 5, 4), ($1::text[])[1 + g % array_length($1::text[], 1)], '{}'::jsonb,
            (ARRAY['received', 'received', 'received', 'in_review', 'needs_info', 'done'])[1 + g % 6]::"SubmissionStatus",
            md5('status' || g), md5('key' || g), c.id,
            CASE WHEN g % 5 = 0 THEN (SELECT id FROM staff_user WHERE email = $4) END,
            date_trunc('milliseconds', now() - g * interval '2 minutes 1 second'), now()
       FROM generate_series(1, $2::int) AS g
       JOIN citizen c ON c.customer_number = ${personNumber("1 + (g * 37) % $3::int")}
      CROSS JOIN LATERAL (SELECT upper(translate(substr(md5('submission' || g), 1, 8), '01', 'XY')) AS r) AS ref`,
    [FORM_KEYS, SUBMISSIONS, PEOPLE, CASEWORKER],
  );
  // Open callback requests of the last three days, each for today's windows.
  await step(
    client,
    "open callbacks",
    `INSERT INTO form_submission (id, reference, form_key, answers, status, status_token_hash, idempotency_key, citizen_id, created_at, updated_at)
     SELECT gen_random_uuid(), 'F-' || substr(r, 1, 4) || '-' || substr(r, 5, 4), 'callback',
            jsonb_build_object('fullName', c.name, 'callbackPhone', coalesce(c.phone, '+4915100000000'),
                               'callbackLanguage', (ARRAY['de', 'de', 'tr', 'ar', 'uk', 'other'])[1 + g % 6],
                               'requestType', 'change-report', 'callbackDate', $3::text,
                               'callbackWindow', (ARRAY['08-10', '10-12', '12-14', '14-16'])[1 + g % 4]),
            'received', md5('callback-status' || g), md5('callback-key' || g), c.id,
            date_trunc('milliseconds', now() - g * interval '1 minute 20 seconds'), now()
       FROM generate_series(1, $1::int) AS g
       JOIN citizen c ON c.customer_number = ${personNumber("1 + (g * 53) % $2::int")}
      CROSS JOIN LATERAL (SELECT upper(translate(substr(md5('callback' || g), 1, 8), '01', 'XY')) AS r) AS ref`,
    [CALLBACKS, PEOPLE, day],
  );
  // The audit log of a year: AUDIT_ROWS rows, each about a person; PERSON_AUDIT_ROWS of them about
  // the person the log is filtered by (the first), the rest spread over everyone.
  const {
    rows: [person],
  } = await client.query<{ id: string }>(`SELECT id::text FROM citizen WHERE customer_number = ${personNumber("1")}`);
  const chunk = 250_000;
  t0 = performance.now();
  for (let offset = 1; offset <= AUDIT_ROWS; offset += chunk) {
    await client.query(
      `INSERT INTO audit_log (id, staff_user_id, action, entity_type, entity_id, citizen_id, created_at)
       SELECT gen_random_uuid(), s.id, ($1::text[])[1 + g % array_length($1::text[], 1)], 'citizen', c.id::text, c.id,
              date_trunc('milliseconds', now() - (g::bigint * 31536000000 / $4::int) * interval '1 millisecond')
         FROM generate_series($2::int, $3::int) AS g
         JOIN citizen c ON c.customer_number = ${personNumber("CASE WHEN g % $5::int = 0 THEN 1 ELSE 1 + (g::bigint * 7919) % $6::int END")}
         JOIN staff_user s ON s.email = (CASE WHEN g % 2 = 0 THEN $7 ELSE $8 END)`,
      [
        AUDIT_ACTIONS,
        offset,
        Math.min(AUDIT_ROWS, offset + chunk - 1),
        AUDIT_ROWS,
        Math.floor(AUDIT_ROWS / PERSON_AUDIT_ROWS),
        PEOPLE,
        CASEWORKER,
        ADMIN,
      ],
    );
  }
  console.log(`bench: ${AUDIT_ROWS} audit rows in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  // As a database in service would be after autovacuum: statistics gathered and the new rows'
  // visibility settled (else the first page to read a row writes its block, and that is timed).
  t0 = performance.now();
  await client.query("VACUUM ANALYZE");
  console.log(`bench: VACUUM ANALYZE in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

  const {
    rows: [counts],
  } = await client.query<{ audit: number; person: number; inbox: number }>(
    `SELECT (SELECT count(*)::int FROM audit_log) AS audit,
            (SELECT count(*)::int FROM audit_log WHERE citizen_id = $1::uuid OR entity_id = $1::text) AS person,
            (SELECT count(*)::int FROM form_submission WHERE form_key <> 'callback') AS inbox`,
    [person.id],
  );
  if (counts.audit < AUDIT_ROWS || counts.inbox !== SUBMISSIONS)
    throw new Error(`seeded ${counts.audit} audit rows and ${counts.inbox} submissions`);
  // The inbox's order (oldest first): its first row, and the cursor of the row before the measured page.
  const inbox = await client.query<{ reference: string; at: Date; id: string }>(
    `SELECT reference, created_at AS at, id::text FROM form_submission WHERE form_key <> 'callback'
      ORDER BY created_at, id LIMIT $1`,
    [(INBOX_PAGE - 1) * PAGE_SIZE + 1],
  );
  const beforePage = inbox.rows[(INBOX_PAGE - 1) * PAGE_SIZE - 1];
  const {
    rows: [callback],
  } = await client.query<{ reference: string }>(
    `SELECT reference FROM form_submission WHERE form_key = 'callback' ORDER BY created_at, id LIMIT 1`,
  );
  return {
    measuredLocation,
    day,
    personId: person.id,
    personAuditRows: counts.person,
    inboxFirst: inbox.rows[0].reference,
    inboxPageReference: inbox.rows[(INBOX_PAGE - 1) * PAGE_SIZE].reference,
    inboxPageCursor: `${beforePage.at.getTime()}_${beforePage.id}`,
    callbacksFirst: callback.reference,
    seconds: (performance.now() - started) / 1000,
  };
}

/** The staff live stream as a browser's EventSource reads it: the events' names, one after another. */
async function openLiveStream(base: string, cookie: string) {
  const abort = new AbortController();
  const response = await fetch(`${base}/staff/live`, {
    headers: { Cookie: cookie, Accept: "text/event-stream" },
    signal: abort.signal,
  });
  if (response.status !== 200 || !response.body) throw new Error(`/staff/live answered ${response.status}`);
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  const arrived: { name: string; at: number }[] = [];
  const waiting: { wake?: () => void } = {};
  void (async () => {
    let buffer = "";
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        buffer += value;
        for (let end = buffer.indexOf("\n\n"); end >= 0; end = buffer.indexOf("\n\n")) {
          const name = /^event: (.*)$/m.exec(buffer.slice(0, end))?.[1];
          buffer = buffer.slice(end + 2);
          if (name) arrived.push({ name, at: performance.now() });
          waiting.wake?.();
        }
      }
    } catch {
      // closed by the bench
    }
  })();
  /** The next event of that name (those of other names are passed over), or an error after `timeoutMs`. */
  const next = async (name: string, timeoutMs: number): Promise<number> => {
    const until = performance.now() + timeoutMs;
    for (;;) {
      const event = arrived.shift();
      if (event?.name === name) return event.at;
      if (event) continue;
      const left = until - performance.now();
      if (left <= 0) throw new Error(`no "${name}" event on the live stream within ${timeoutMs} ms`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        waiting.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      waiting.wake = undefined;
    }
  };
  return { next, drop: () => arrived.splice(0), close: () => abort.abort() };
}

/** GETs the page `RUNS` times after `WARM_UP`; the times in ms and the page's size. */
async function timePage(base: string, cookie: string, pagePath: string, expected: string) {
  let bytes = 0;
  for (let i = 0; i < WARM_UP; i++) await getPage(base, cookie, pagePath, expected);
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    const html = await getPage(base, cookie, pagePath, expected);
    times.push(performance.now() - t0);
    bytes = Buffer.byteLength(html);
  }
  return { times, bytes };
}

function buildWhenNeeded() {
  const root = process.cwd();
  const missing = !existsSync(path.join(root, ".next", "BUILD_ID"));
  if (!missing && (process.env.BENCH_SKIP_BUILD === "1" || !buildIsStale(root))) return;
  console.log("bench: building the production app (next build)…");
  const build = spawnSync(process.execPath, [nextBin(root), "build"], {
    cwd: root,
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
    stdio: "inherit",
  });
  if (build.status !== 0) throw new Error("next build failed");
}

interface Row {
  measure: string;
  times: number[];
  target: number;
  note?: string;
}

function printTable(rows: Row[], seeded: Seeded) {
  if (smallRun)
    console.log("\nA small run (--small): it shows that the benchmark runs; its figures and targets mean nothing.");
  console.log(
    `\nSeeded in ${seeded.seconds.toFixed(0)} s: ${LOCATIONS} locations, ${DAY_APPOINTMENTS} appointments per location on ${seeded.day}, ` +
      `${WALK_INS} waiting walk-ins, ${SUBMISSIONS.toLocaleString("en")} submissions, ${CALLBACKS.toLocaleString("en")} open callbacks, ` +
      `${PEOPLE.toLocaleString("en")} people, ${AUDIT_ROWS.toLocaleString("en")} audit rows (${seeded.personAuditRows} about the person filtered by).`,
  );
  console.log("\n| measure | p50 ms | p95 ms | max ms | target | result |\n|---|---:|---:|---:|---|---|");
  for (const row of rows) {
    const p95 = percentile(row.times, 95);
    const target = row.target >= 1000 ? `p95 ≤ ${row.target / 1000} s` : `p95 ≤ ${row.target} ms`;
    console.log(
      `| ${row.measure} | ${percentile(row.times, 50).toFixed(1)} | ${p95.toFixed(1)} | ${Math.max(...row.times).toFixed(1)} | ${target} | ${p95 <= row.target ? "met" : "MISSED"}${row.note ? ` (${row.note})` : ""} |`,
    );
  }
}

async function main() {
  if (!process.env.DATABASE_URL)
    throw new Error(
      "bench:staff-day needs DATABASE_URL: a PostgreSQL server where it may create a database of its own",
    );
  buildWhenNeeded();
  await withBenchDatabase("staffday", {}, async ({ url }) => {
    const seeded = await withClient(url, seed);
    const secret = randomBytes(32).toString("base64url");
    const processes: AppProcess[] = [];
    try {
      const env = { API_KEYS: API_KEY };
      processes.push(await startAppProcess({ databaseUrl: url, port: PAGE_PORT, secret, env }));
      processes.push(await startAppProcess({ databaseUrl: url, port: LIVE_PORT, secret, env }));
      const [a, b] = processes;
      const caseworker = await signIn(a.base, CASEWORKER, PASSWORD);
      const admin = await signIn(a.base, ADMIN, PASSWORD);
      const deskCookie = `zugang_queue_desk=${encodeURIComponent(JSON.stringify({ locationId: seeded.measuredLocation, desk: DESK }))}`;
      const rows: Row[] = [];
      const measure = async (label: string, cookie: string, pagePath: string, expected: string) => {
        const { times, bytes } = await timePage(a.base, cookie, pagePath, expected);
        rows.push({ measure: label, times, target: LIST_TARGET_MS, note: `${(bytes / 1024).toFixed(0)} KiB` });
        console.log(`bench: ${label} measured`);
      };
      await measure("inbox, first page (GET /staff/inbox)", caseworker, "/staff/inbox", seeded.inboxFirst);
      await measure(
        `inbox, page ${INBOX_PAGE} (after= its cursor)`,
        caseworker,
        `/staff/inbox?after=${seeded.inboxPageCursor}`,
        seeded.inboxPageReference,
      );
      await measure(
        "callbacks, first page (GET /staff/callbacks)",
        caseworker,
        "/staff/callbacks",
        seeded.callbacksFirst,
      );
      await measure(
        `audit log filtered by one person (${seeded.personAuditRows} rows of ${AUDIT_ROWS.toLocaleString("en")})`,
        admin,
        `/staff/audit?person=${seeded.personId}`,
        `${seeded.personAuditRows.toLocaleString("de-DE")} Einträge`,
      );
      await measure(
        `day view, ${DAY_APPOINTMENTS} appointments (GET /staff/front-desk)`,
        caseworker,
        `/staff/front-desk?location=${seeded.measuredLocation}&day=${seeded.day}`,
        `${DAY_APPOINTMENTS} Termine`,
      );
      await measure(
        `desk view, ${WALK_INS} waiting (GET /staff/queue)`,
        `${caseworker}; ${deskCookie}`,
        "/staff/queue",
        `A${String(WALK_INS).padStart(3, "0")}`,
      );

      // Live: a kiosk ticket through process A, seen on process B.
      const watcher = `${await signIn(b.base, CASEWORKER, PASSWORD)}; ${deskCookie}`;
      const stream = await openLiveStream(b.base, watcher);
      const toEvent: number[] = [];
      const toPage: number[] = [];
      try {
        await stream.next("ready", LIVE_TIMEOUT_MS);
        for (let i = 0; i < CHANGES; i++) {
          stream.drop();
          const t0 = performance.now();
          const drawn = await fetch(`${a.base}/api/v1/queue/tickets`, {
            method: "POST",
            headers: { "Content-Type": "application/json", "X-Api-Key": API_KEY },
            body: JSON.stringify({ locationId: seeded.measuredLocation, requestType: "change-report" }),
          });
          if (drawn.status !== 201) throw new Error(`the kiosk's ticket answered ${drawn.status}`);
          const { number } = (await drawn.json()) as { number: string };
          const seenAt = await stream.next("change", LIVE_TIMEOUT_MS);
          await getPage(b.base, watcher, "/staff/queue", number);
          const shownAt = performance.now();
          toEvent.push(seenAt - t0);
          toPage.push(shownAt - t0);
          // The browser reads the page at most once per 400 ms: changes a little apart, as at a kiosk.
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      } finally {
        stream.close();
      }
      rows.push({
        measure: `live: kiosk ticket through process A until the desk page from process B shows it (${CHANGES} changes)`,
        times: toPage,
        target: LIVE_TARGET_MS,
      });
      rows.push({
        measure: "live: … until the change event arrives on process B's stream",
        times: toEvent,
        target: LIVE_TARGET_MS,
      });
      printTable(rows, seeded);
    } finally {
      for (const started of processes) started.stop();
    }
  });
}

runBench(main);
