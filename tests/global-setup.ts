// Integration tests run against DATABASE_URL's server when it is set (CI: the machine's
// PostgreSQL), else against an embedded server of their own. Each test file creates its own database.
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres, type EmbeddedServer } from "@/lib/db/embedded";
import { assertLocalDatabase } from "./assert-local-database";
import { testDatabasePrefix } from "./prefix";

let embedded: EmbeddedServer | undefined;

declare module "vitest" {
  export interface ProvidedContext {
    adminUrl: string;
  }
}

export default async function setup(project: TestProject) {
  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    embedded = await startEmbeddedPostgres({
      dataDir: path.join(process.cwd(), ".data", "pg-test"),
      port: Number(process.env.TEST_PG_PORT ?? 54339),
      throwaway: true,
    });
    adminUrl = embedded.urlFor("postgres");
  }
  assertLocalDatabase(adminUrl);
  await dropLeftoverTestDatabases(adminUrl);
  project.provide("adminUrl", adminUrl);
  return async () => {
    await dropLeftoverTestDatabases(adminUrl);
    await embedded?.stop();
  };
}

async function dropLeftoverTestDatabases(adminUrl: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname LIKE $1", [
      `${testDatabasePrefix()}\\_%`,
    ]);
    for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    // Their app roles (tests/database.ts: "<database>_app"), which hold nothing once the databases are gone.
    const roles = await client.query<{ rolname: string }>(
      "SELECT rolname FROM pg_roles WHERE rolname LIKE $1 AND rolname LIKE '%\\_app' AND NOT rolsuper",
      [`${testDatabasePrefix()}\\_%`],
    );
    for (const { rolname } of roles.rows) await client.query(`DROP ROLE IF EXISTS "${rolname}"`);
  } finally {
    await client.end();
  }
}
