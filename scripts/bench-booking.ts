// npm run bench:booking — seeds 100,000 appointments over 20 locations and a year into a fresh
// database (on DATABASE_URL's server, else an embedded one), then measures slot search, booking at 50 concurrent clients
// and, on the same database in the same run, bare single-row insert transactions. Prints a table.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { bookSlot, searchSlots } from "@/lib/booking";
import { ConflictError } from "@/lib/errors";
import { addDays, berlinDate, berlinToUtc, isoWeekday } from "@/lib/time";
import { sized } from "./bench-size";
import { percentile, printMeasures, runBench, withBenchDatabase, withClient, type Measure } from "./bench-database";

const LOCATIONS = sized(20, 2);
const APPOINTMENTS = sized(100_000, 2_000);
const CLIENTS = sized(50, 5);
const SEARCHES = sized(400, 20);
const BOOKINGS = sized(2_000, 50);
const BARE_INSERTS = sized(5_000, 100);

/** Runs `total` tasks on `concurrency` workers; returns each task's duration in ms and the wall time. */
async function runConcurrent(total: number, concurrency: number, task: (i: number) => Promise<void>) {
  const durations: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) {
        const i = next++;
        const t0 = performance.now();
        await task(i);
        durations.push(performance.now() - t0);
      }
    }),
  );
  return { durations, seconds: (performance.now() - started) / 1000 };
}

async function main() {
  // The pool as wide as the number of clients.
  await withBenchDatabase("booking", { poolSize: CLIENTS }, async ({ url, prisma }) => {
    const seedStarted = performance.now();
    const today = berlinDate(new Date());
    const workdays: string[] = [];
    for (let day = addDays(today, 1); workdays.length < 252; day = addDays(day, 1))
      if (isoWeekday(day) <= 5) workdays.push(day);
    const locationIds: string[] = [];
    for (let i = 0; i < LOCATIONS; i++) {
      const location = await prisma.location.create({
        data: {
          slug: `bench-${i}`,
          name: `Standort ${i}`,
          street: `Benchstraße ${i}`,
          city: "Mannheim",
          minNoticeMinutes: 0,
          // The longest horizon the database allows (location_booking_window_check): 252 workdays
          // from tomorrow end within it.
          horizonDays: 365,
          openingHours: {
            create: [1, 2, 3, 4, 5].map((weekday) => ({
              weekday,
              opensAt: "08:00",
              closesAt: "16:00",
              capacity: 6,
              frontDeskReserve: 1,
            })),
          },
        },
      });
      locationIds.push(location.id);
    }
    await seedAppointments(url, locationIds, workdays);
    const seedSeconds = (performance.now() - seedStarted) / 1000;

    // Slot search: one location, one week, through the same function the API and pages use.
    const searchTimes: number[] = [];
    for (let i = 0; i < SEARCHES; i++) {
      const from = workdays[Math.floor(Math.random() * (workdays.length - 10))];
      const t0 = performance.now();
      await searchSlots(
        {
          requestType: "change-report",
          channel: "in_person",
          locationId: locationIds[i % LOCATIONS],
          from,
          to: addDays(from, 6),
        },
        { client: prisma },
      );
      searchTimes.push(performance.now() - t0);
    }

    // Booking at 50 concurrent clients: random slots over the year (some are full → "taken").
    let booked = 0;
    let taken = 0;
    const booking = await runConcurrent(BOOKINGS, CLIENTS, async (i) => {
      const day = workdays[Math.floor(Math.random() * workdays.length)];
      const slot = Math.floor(Math.random() * 16);
      const start = berlinToUtc(day, `${String(8 + Math.floor(slot / 2)).padStart(2, "0")}:${slot % 2 ? "30" : "00"}`);
      try {
        await bookSlot(
          {
            requestType: "change-report",
            channel: "in_person",
            locationId: locationIds[i % LOCATIONS],
            start,
            person: { name: `Bench ${i}`, email: `bench-${i}@example.org` },
            language: "de",
          },
          { client: prisma, idempotencyKey: randomUUID() },
        );
        booked++;
      } catch (error) {
        if (error instanceof ConflictError && error.code === "slot-taken") taken++;
        else throw error;
      }
    });

    // Bare single-row insert transactions on the same database, same pool size. The booking pool is
    // closed first: both at once need 100 connections, PostgreSQL's default limit, and on a server
    // shared with other work the bench then failed for want of connections.
    await prisma.$disconnect();
    const pool = new pg.Pool({ connectionString: url, max: CLIENTS });
    // pool.end() resolves before its connections have closed; the database is dropped right after,
    // and a connection it ends is reported as an error that must not end the process.
    pool.on("error", () => undefined);
    await pool.query(
      "CREATE TABLE bench_bare (id uuid PRIMARY KEY, payload text NOT NULL, created_at timestamptz NOT NULL DEFAULT now())",
    );
    const bare = await runConcurrent(BARE_INSERTS, CLIENTS, async () => {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        await client.query("INSERT INTO bench_bare (id, payload) VALUES ($1, $2)", [randomUUID(), "x"]);
        await client.query("COMMIT");
      } finally {
        client.release();
      }
    });
    await pool.end();

    const bookingRate = BOOKINGS / booking.seconds;
    const bareRate = BARE_INSERTS / bare.seconds;
    const rows: Measure[] = [
      [
        "seed: appointments / locations / days",
        `${APPOINTMENTS} / ${LOCATIONS} / ${workdays.length} workdays`,
        "",
        `${seedSeconds.toFixed(1)} s`,
      ],
      ["slot search p50 (1 location, 7 days)", `${percentile(searchTimes, 50).toFixed(1)} ms`, "", ""],
      [
        "slot search p95",
        `${percentile(searchTimes, 95).toFixed(1)} ms`,
        "≤ 50 ms",
        percentile(searchTimes, 95) <= 50 ? "met" : "MISSED",
      ],
      [
        `booking p95 at ${CLIENTS} clients (${booked} booked, ${taken} taken)`,
        `${percentile(booking.durations, 95).toFixed(1)} ms`,
        "≤ 100 ms",
        percentile(booking.durations, 95) <= 100 ? "met" : "MISSED",
      ],
      ["booking throughput", `${bookingRate.toFixed(0)} /s`, "", ""],
      [
        `bare single-row insert transactions (${CLIENTS} clients)`,
        `${bareRate.toFixed(0)} /s`,
        "",
        `p95 ${percentile(bare.durations, 95).toFixed(1)} ms`,
      ],
      [
        "ratio booking / bare",
        (bookingRate / bareRate).toFixed(2),
        "≥ 0.3",
        bookingRate / bareRate >= 0.3 ? "met" : "MISSED",
      ],
    ];
    printMeasures(rows);
  });
}

/** 100,000 citizens and appointments in a few bulk statements, and the matching capacity counters. */
async function seedAppointments(url: string, locationIds: string[], workdays: string[]) {
  await withClient(url, async (client) => {
    const chunk = 10_000;
    for (let offset = 0; offset < APPOINTMENTS; offset += chunk) {
      const ids: string[] = [];
      const citizens: string[] = [];
      const locations: string[] = [];
      const starts: string[] = [];
      for (let i = offset; i < Math.min(offset + chunk, APPOINTMENTS); i++) {
        const location = i % LOCATIONS;
        const n = Math.floor(i / LOCATIONS); // 5,000 per location
        const day = workdays[n % workdays.length];
        const slot = Math.floor(n / workdays.length) % 16;
        starts.push(
          berlinToUtc(
            day,
            `${String(8 + Math.floor(slot / 2)).padStart(2, "0")}:${slot % 2 ? "30" : "00"}`,
          ).toISOString(),
        );
        ids.push(randomUUID());
        citizens.push(randomUUID());
        locations.push(locationIds[location]);
      }
      await client.query(
        `INSERT INTO citizen (id, name, email, updated_at) SELECT c, 'Seed ' || c, 'seed-' || c || '@example.org', now() FROM unnest($1::uuid[]) AS c`,
        [citizens],
      );
      await client.query(
        `INSERT INTO appointment (id, reference, request_type_key, channel, location_id, starts_at, ends_at, citizen_id, manage_token_hash, updated_at)
         SELECT a.id, 'S' || substr(md5(a.id::text), 1, 11), 'change-report', 'in_person', a.loc, a.st, a.st + interval '30 minutes', a.cit, md5(a.id::text || 'token'), now()
         FROM unnest($1::uuid[], $2::uuid[], $3::timestamptz[], $4::uuid[]) AS a(id, loc, st, cit)`,
        [ids, locations, starts, citizens],
      );
    }
    await client.query(`
      INSERT INTO slot_capacity (location_id, starts_at, capacity, booked)
      SELECT location_id, unit, 5, count(*) FROM (
        SELECT location_id, generate_series(starts_at, ends_at - interval '15 minutes', interval '15 minutes') AS unit FROM appointment
      ) units GROUP BY location_id, unit`);
    await client.query("ANALYZE");
  });
}

runBench(main);
