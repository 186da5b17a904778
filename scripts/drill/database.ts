// The drills' databases: fresh ones of their own on the machine's PostgreSQL (the kind production
// runs; DRILL_ADMIN_URL names another local server), dropped at the end whatever happened.
import { randomBytes } from "node:crypto";
import { recreateDatabase } from "@/lib/db/embedded";
import { assertLocalDatabase } from "@/tests/assert-local-database";
import pg from "pg";

export function drillAdminUrl(): string {
  const url = process.env.DRILL_ADMIN_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
  assertLocalDatabase(url);
  return url;
}

export interface DrillDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

export async function adminQuery(adminUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** An empty database named zugang_drill_<label>_<random>. */
export async function createDrillDatabase(adminUrl: string, label: string): Promise<DrillDatabase> {
  const name = `zugang_drill_${label}_${randomBytes(3).toString("hex")}`;
  const url = await recreateDatabase(adminUrl, name);
  return { name, url, drop: () => adminQuery(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}
