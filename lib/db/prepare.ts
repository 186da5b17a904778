// Brings a database up to date before the app serves from it: reachability check, migrations, the
// job queue, the app's role and its grants (lib/db/roles.ts), then the seed its caller passes in (prisma/seed: reference data and, where allowed,
// demo data; lib/ does not import the seed). Used by `npm start`, the e2e server and the scripts.
import pg from "pg";
import { createPrismaClient } from "@/lib/db";
import { migrate, MigrationError } from "@/lib/db/migrations";
import { StartupError } from "@/lib/db/embedded";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { installJobQueue } from "@/lib/notifications";
import { appRoleFor, ensureAppRole, grantAppRoleAt, RoleError, urlAsRole, type AppRole } from "@/lib/db/roles";

/** Fills a migrated database; says whether it added demo data. */
export type Seeder = (prisma: PrismaClient) => Promise<{ demoSeeded: boolean }>;

/** host:port/database of a connection string, without credentials (safe to print). */
export function describeDatabase(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || 5432}${parsed.pathname}`;
  } catch {
    return "(unparsable DATABASE_URL)";
  }
}

/** PostgreSQL's answers when the server is there but says no, in words instead of codes. */
const SERVER_REFUSALS: Record<string, string> = {
  "3D000": "the database does not exist on that server: create it first",
  "28P01": "the password was refused",
  "28000": "this user may not connect",
  "57P03": "the server is starting up or shutting down",
};

export async function assertReachable(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
  } catch (error) {
    const { code, message } = error as { code?: string; message?: string };
    const reason = code ? (SERVER_REFUSALS[code] ?? code) : message;
    throw new StartupError(`cannot reach the database at ${describeDatabase(url)} (${reason}); check DATABASE_URL`);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * Migrates, installs the job queue and seeds as the owner (`url`), then makes sure the app's role
 * exists and holds its grants (by default the database's own, appRoleFor); answers with the URL the
 * app and the worker connect with.
 */
export async function prepareDatabase(url: string, options: { seed: Seeder; appRole?: AppRole }) {
  const appRole = options.appRole ?? appRoleFor(url);
  await assertReachable(url);
  let migrations;
  try {
    migrations = await migrate(url);
  } catch (error) {
    if (error instanceof MigrationError) throw new StartupError(error.message);
    throw error;
  }
  await installJobQueue(url);
  try {
    await ensureAppRole(url, appRole);
    await grantAppRoleAt(url, appRole.name);
  } catch (error) {
    if (error instanceof RoleError) throw new StartupError(error.message);
    throw error;
  }
  const prisma = createPrismaClient(url);
  try {
    const seeded = await options.seed(prisma);
    return { ...migrations, ...seeded, appUrl: urlAsRole(url, appRole) };
  } finally {
    await prisma.$disconnect();
  }
}
