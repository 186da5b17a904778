// npm run bench:queue — the waiting room under measure, on a throwaway database (DATABASE_URL's
// server, else an embedded one):
// 1. Call to display across two processes: this process calls 100 numbers one after another
//    (callNext, as the desk's post does); a second Node process holds the call display's listener
//    (subscribeToDisplay, as /display/{token}/events does: one LISTEN connection, the display's
//    state read after each NOTIFY) and reports when the number is in the state it would send.
//    The latency is from just before the call's transaction to that moment (one clock: one machine).
// 2. The desk view with 200 people waiting (and a morning of 300 finished tickets): deskView, the
//    page's queries, 100 times after 10 to warm up.
// Prints p50/p95/max in ms as a table (targets: call to display p95 ≤ 1000 ms, desk view p95 ≤ 100 ms).
import { spawn } from "node:child_process";
import path from "node:path";
import { createInterface } from "node:readline";
import { randomUUID } from "node:crypto";
import { callNext, deskView, drawTicket, subscribeToDisplay } from "@/lib/queue";
import { berlinDate } from "@/lib/time";
import { percentile, printMeasures, runBench, withBenchDatabase, withClient, type Measure } from "./bench-database";

const CALLS = 100;
const WAITING = 200;
const FINISHED = 300;
const VIEW_RUNS = 100;
const WARM_UP = 10;

/** The second process: listens for one location and prints each newest call with the time it arrived. */
async function listener(locationId: string) {
  await subscribeToDisplay(locationId, (state) => {
    const newest = state.calls[0];
    if (newest) process.stdout.write(`${JSON.stringify({ number: newest.number, at: Date.now() })}\n`);
  });
  process.stdout.write("ready\n");
}

async function main() {
  if (process.argv[2] === "--listen") return listener(process.argv[3]);
  const rows: Measure[] = [];
  await withBenchDatabase("queue", { poolSize: 10 }, async ({ url, prisma }) => {
    (globalThis as { zugangPrisma?: unknown }).zugangPrisma = prisma;
    const location = await prisma.location.create({ data: { slug: `bench-${randomUUID().slice(0, 8)}`, name: "Bench", kind: "physical" } });
    await prisma.queueLocation.update({ where: { locationId: location.id }, data: { dailyLimit: 999 } });

    // 1. Call to display across two processes.
    for (let index = 0; index < CALLS; index++) await drawTicket(prisma, { locationId: location.id });
    const child = spawn(path.join(process.cwd(), "node_modules", ".bin", "tsx"), [path.join(process.cwd(), "scripts", "bench-queue.ts"), "--listen", location.id], {
      env: { ...process.env, DATABASE_URL: url },
      stdio: ["ignore", "pipe", "inherit"],
    });
    const arrivals = new Map<string, number>();
    const waiters = new Map<string, (at: number) => void>();
    let ready!: () => void;
    const isReady = new Promise<void>((resolve) => (ready = resolve));
    createInterface({ input: child.stdout! }).on("line", (line) => {
      if (line === "ready") return ready();
      const { number, at } = JSON.parse(line) as { number: string; at: number };
      if (!arrivals.has(number)) arrivals.set(number, at);
      waiters.get(number)?.(at);
    });
    try {
      await isReady;
      await new Promise((resolve) => setTimeout(resolve, 500));
      const latencies: number[] = [];
      let missed = 0;
      for (let index = 0; index < CALLS; index++) {
        const before = Date.now();
        const called = await callNext(prisma, { locationId: location.id, desk: `Platz ${(index % 6) + 1}` });
        if (!called) throw new Error("nobody waiting: the tickets ran out");
        const at = arrivals.get(called.number) ?? (await Promise.race([new Promise<number>((resolve) => waiters.set(called.number, resolve)), new Promise<number>((resolve) => setTimeout(() => resolve(Number.NaN), 5000))]));
        if (Number.isNaN(at)) missed++;
        else latencies.push(at - before);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      const p95 = percentile(latencies, 95);
      rows.push([`call to display across two processes: p50 / p95 / max (ms, ${latencies.length} of ${CALLS} calls seen${missed ? `, ${missed} not within 5 s` : ""})`, `${percentile(latencies, 50)} / ${p95} / ${Math.max(...latencies)}`, "p95 ≤ 1000", p95 <= 1000 && missed === 0 ? "met" : "MISSED"]);
    } finally {
      child.kill("SIGTERM");
    }

    // 2. The desk view with 200 waiting.
    const day = berlinDate(new Date());
    await withClient(url, async (client) => {
      await client.query(
        `INSERT INTO queue_ticket (location_id, day, number, kind, request_type_key, status, ready_at, desk, call_count, called_at, first_called_at, finished_at, outcome)
         SELECT $1::uuid, $2::date, 'B' || lpad(n::text, 3, '0'), 'walk_in', 'change-report', 'finished', now() - interval '4 hours' + n * interval '30 seconds',
                'Platz ' || (n % 6 + 1), 1, now() - interval '3 hours' + n * interval '30 seconds', now() - interval '3 hours' + n * interval '30 seconds',
                now() - interval '3 hours' + n * interval '30 seconds' + (5 + n % 20) * interval '1 minute', 'done'
           FROM generate_series(1, $3::int) AS n`,
        [location.id, day, FINISHED],
      );
      await client.query(
        `INSERT INTO queue_ticket (location_id, day, number, kind, request_type_key, status, ready_at)
         SELECT $1::uuid, $2::date, 'W' || lpad(n::text, 3, '0'), 'walk_in', 'change-report', 'waiting', now() - interval '2 hours' + n * interval '20 seconds'
           FROM generate_series(1, $3::int) AS n`,
        [location.id, day, WAITING],
      );
    });
    const timings: number[] = [];
    let waiting = 0;
    for (let run = 0; run < WARM_UP + VIEW_RUNS; run++) {
      const started = performance.now();
      const view = await deskView(location.id, "Platz 1", prisma);
      if (run >= WARM_UP) timings.push(performance.now() - started);
      waiting = view.waiting.length;
    }
    const round = (value: number) => value.toFixed(1);
    const viewP95 = percentile(timings, 95);
    rows.push([`desk view with ${waiting} waiting: p50 / p95 / max (ms, ${VIEW_RUNS} runs)`, `${round(percentile(timings, 50))} / ${round(viewP95)} / ${round(Math.max(...timings))}`, "p95 ≤ 100", viewP95 <= 100 ? "met" : "MISSED"]);
  });
  printMeasures(rows);
  process.exit(0);
}

runBench(main);
