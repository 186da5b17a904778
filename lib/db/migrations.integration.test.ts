// The migration runner: Prisma-compatible bookkeeping, once-only under concurrency, all-or-nothing.
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtemp, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { defaultMigrationsDir, migrate, MigrationError, readMigrations } from "@/lib/db/migrations";
import { createEmptyDatabase } from "@/tests/database";

const run = promisify(execFile);
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

async function emptyDatabase(label: string) {
  const database = await createEmptyDatabase(label);
  cleanups.push(database.drop);
  return database;
}

async function rows(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

describe("migrate", () => {
  it("records each migration like Prisma Migrate, with the SHA-256 of the file, and applies nothing twice", async () => {
    const { url } = await emptyDatabase("mig_once");
    const first = await migrate(url);
    const files = await readMigrations(defaultMigrationsDir);
    expect(first.applied).toEqual(files.map((file) => file.name));
    const second = await migrate(url);
    expect(second.applied).toEqual([]);
    expect(second.alreadyApplied).toBe(files.length);

    const recorded = await rows(
      url,
      `SELECT migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    expect(recorded.map((row) => row.migration_name)).toEqual(files.map((file) => file.name));
    for (const [index, row] of recorded.entries()) {
      const sql = await readFile(path.join(defaultMigrationsDir, files[index].name, "migration.sql"));
      expect(row.checksum).toBe(createHash("sha256").update(sql).digest("hex"));
      expect(row.finished_at).not.toBeNull();
      expect(row.applied_steps_count).toBe(1);
    }
  });

  it("applies each migration exactly once when two processes start at once on an empty database", async () => {
    const { url } = await emptyDatabase("mig_race");
    const tsx = path.join(process.cwd(), "node_modules", ".bin", "tsx");
    const start = () => run(tsx, ["scripts/migrate.ts"], { env: { ...process.env, DATABASE_URL: url } });
    const results = await Promise.all([start(), start(), start()]);
    const summaries = results.map((result) => result.stdout.trim());
    const files = await readMigrations(defaultMigrationsDir);
    // Exactly one process applied everything; the others found it done.
    expect(summaries.filter((line) => line.includes(`${files.length} migrations applied`))).toHaveLength(1);
    expect(
      summaries.filter((line) => line.includes(`0 migrations applied, ${files.length} already there`)),
    ).toHaveLength(2);
    const counts = await rows(
      url,
      `SELECT migration_name, count(*)::int AS n FROM "_prisma_migrations" GROUP BY migration_name`,
    );
    expect(counts).toHaveLength(files.length);
    expect(counts.every((row) => row.n === 1)).toBe(true);
  });

  it("leaves nothing half-applied when a migration fails, and retries it once fixed", async () => {
    const { url } = await emptyDatabase("mig_fail");
    const dir = await mkdtemp(path.join(os.tmpdir(), "zugang-migrations-"));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    const write = async (name: string, sql: string) => {
      await mkdir(path.join(dir, name), { recursive: true });
      await writeFile(path.join(dir, name, "migration.sql"), sql);
    };
    await write("20260101000000_first", `CREATE TABLE "one" ("id" INTEGER PRIMARY KEY);`);
    await write(
      "20260102000000_broken",
      `CREATE TABLE "two" ("id" INTEGER PRIMARY KEY);\nALTER TABLE "missing" ADD COLUMN "x" INTEGER;`,
    );

    await expect(migrate(url, dir)).rejects.toBeInstanceOf(MigrationError);
    const tables = await rows(
      url,
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1`,
    );
    expect(tables.map((row) => row.table_name)).toEqual(["_prisma_migrations", "one"]);
    const [failed] = await rows(
      url,
      `SELECT logs, rolled_back_at, finished_at FROM "_prisma_migrations" WHERE migration_name = '20260102000000_broken'`,
    );
    expect(failed.finished_at).toBeNull();
    expect(failed.rolled_back_at).not.toBeNull();
    expect(failed.logs).toContain('relation "missing" does not exist');

    await write("20260102000000_broken", `CREATE TABLE "two" ("id" INTEGER PRIMARY KEY);`);
    const retried = await migrate(url, dir);
    expect(retried.applied).toEqual(["20260102000000_broken"]);
  });
});
