// What the database benchmarks share: a throwaway database (on DATABASE_URL's server, else an
// embedded one) migrated and holding the reference data, dropped afterwards whatever happened;
// a plain client for bulk seeding; percentiles; and the printed table of measures.
import { randomBytes } from "node:crypto";
import path from "node:path";
import pg from "pg";
import { createPrismaClient } from "@/lib/db";
import { startEmbeddedPostgres, type EmbeddedServer } from "@/lib/db/embedded";
import { migrate } from "@/lib/db/migrations";
import { seedReferenceData } from "@/prisma/seed/reference";
import { assertLocalDatabase } from "@/tests/assert-local-database";
import { smallRun } from "./bench-size";

type Prisma = ReturnType<typeof createPrismaClient>;

export interface BenchDatabase {
  url: string;
  /** the app's own client factory (as `db` is made), with a pool of `poolSize` connections */
  prisma: Prisma;
}

/** Runs `fn` on a fresh database named zugang_bench_<label>_<random>; drops it afterwards. */
export async function withBenchDatabase(
  label: string,
  options: { poolSize?: number },
  fn: (bench: BenchDatabase) => Promise<void>,
): Promise<void> {
  let embedded: EmbeddedServer | undefined;
  let admin = process.env.DATABASE_URL;
  if (!admin) {
    const port = Number(process.env.BENCH_PG_PORT ?? 54349);
    console.log(`bench: no DATABASE_URL, starting an embedded PostgreSQL on port ${port}`);
    embedded = await startEmbeddedPostgres({
      dataDir: path.join(process.cwd(), ".data", "pg-bench"),
      port,
      throwaway: true,
    });
    admin = embedded.urlFor("postgres");
  }
  assertLocalDatabase(admin);
  const name = `zugang_bench_${label}_${randomBytes(3).toString("hex")}`;
  await withClient(admin, (client) => client.query(`CREATE DATABASE "${name}"`));
  const url = Object.assign(new URL(admin), { pathname: `/${name}` }).toString();
  const prisma = createPrismaClient(url, options.poolSize ? { max: options.poolSize } : undefined);
  try {
    await migrate(url);
    await seedReferenceData(prisma);
    await fn({ url, prisma });
  } finally {
    await prisma.$disconnect();
    await withClient(admin, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    await embedded?.stop();
  }
}

export async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** One row of the printed table: what was measured, the value, the target ("" for none), the result or a remark. */
export type Measure = [string, string, string, string];

export function printMeasures(rows: Measure[]): void {
  if (smallRun)
    console.log("\nA small run (--small): it shows that the benchmark runs; its figures and targets mean nothing.");
  console.log("\n| measure | value | target | result |\n|---|---|---|---|");
  for (const row of rows) console.log(`| ${row.join(" | ")} |`);
}

/** Ends the process with a one-line message when a benchmark fails. */
export function runBench(main: () => Promise<void>): void {
  main().catch((error: Error) => {
    console.error(`bench failed: ${error.message}`);
    process.exit(1);
  });
}
