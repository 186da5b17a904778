// The two database roles (docs/security.md): the owner runs the migrations and owns every table;
// the app and the worker connect as a role of their own that owns nothing, is no superuser and
// holds only the grants below. Roles are cluster-wide while databases are not, so creating one is
// tolerant of a role that exists already or is being created by a concurrent start at this moment.
import { createHash } from "node:crypto";
import pg from "pg";

export interface AppRole {
  name: string;
  password: string;
}

/** A role name PostgreSQL stores unchanged without quotes: the only kind accepted here. */
const ROLE_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

export class RoleError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "RoleError";
  }
}

/** The role and password a connection string names. */
export function roleOfUrl(url: string): AppRole {
  const parsed = new URL(url);
  return { name: decodeURIComponent(parsed.username), password: decodeURIComponent(parsed.password) };
}

/** The same database as `url`, reached as `role`. */
export function urlAsRole(url: string, role: AppRole): string {
  const parsed = new URL(url);
  parsed.username = encodeURIComponent(role.name);
  parsed.password = encodeURIComponent(role.password);
  return parsed.toString();
}

/**
 * The app's role for a database the caller owns, when no DATABASE_URL names one (the embedded
 * default, tests, the e2e and benchmark servers): "<database>_app", its password derived from the
 * owner's connection string, so that every process that knows the owner's URL finds the same one and
 * parallel databases get roles of their own.
 */
export function appRoleFor(ownerUrl: string): AppRole {
  const database = decodeURIComponent(new URL(ownerUrl).pathname.slice(1));
  const hash = createHash("sha256").update(`zugang-app-role:${ownerUrl}`).digest("hex");
  const base = database.toLowerCase().replace(/[^a-z0-9_]/g, "_");
  const name = base.length <= 50 ? `${base}_app` : `${base.slice(0, 40)}_${hash.slice(0, 8)}_app`;
  return { name: /^[a-z_]/.test(name) ? name : `_${name}`, password: hash.slice(8, 40) };
}

function assertRoleName(name: string): void {
  if (!ROLE_NAME.test(name))
    throw new RoleError(`the app's database role "${name}" must be lower-case letters, digits and "_"`);
}

/**
 * Creates the app's role when it is missing (LOGIN, nothing else), or sets its password when it
 * exists. Refuses a role that is a superuser or may create roles or databases: such a role could
 * undo every grant below.
 */
export async function ensureAppRole(ownerUrl: string, role: AppRole): Promise<void> {
  assertRoleName(role.name);
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    // Starts on this database wait for each other (two ALTER ROLEs at once fail with "tuple
    // concurrently updated"); a start on another database is caught by the error codes below.
    await client.query("BEGIN");
    await client.query("SELECT pg_advisory_xact_lock(hashtext($1))", [`zugang-role:${role.name}`]);
    const { rows: owner } = await client.query<{ rolname: string }>("SELECT current_user AS rolname");
    if (owner[0].rolname === role.name)
      throw new RoleError(`the app's database role must not be the owner's role "${role.name}"`);
    const existing = await client.query<{ rolsuper: boolean; rolcreaterole: boolean; rolcreatedb: boolean }>(
      "SELECT rolsuper, rolcreaterole, rolcreatedb FROM pg_roles WHERE rolname = $1",
      [role.name],
    );
    const found = existing.rows[0];
    if (found && (found.rolsuper || found.rolcreaterole || found.rolcreatedb))
      throw new RoleError(
        `the app's database role "${role.name}" is a superuser or may create roles or databases; give the app a role of its own (docs/security.md)`,
      );
    const attributes = "LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS";
    if (!found) {
      await client.query("SAVEPOINT create_role");
      try {
        await client.query(await formatSql(client, `CREATE ROLE %I ${attributes} PASSWORD %L`, role));
      } catch (error) {
        // Another start created it between the look-up and here (42710, or 23505 when both inserted at once).
        const code = (error as { code?: string }).code;
        if (code !== "42710" && code !== "23505") throw error;
        await client.query("ROLLBACK TO SAVEPOINT create_role");
      }
    } else if (role.password) await client.query(await formatSql(client, "ALTER ROLE %I PASSWORD %L", role));
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

async function formatSql(client: pg.Client, template: string, role: AppRole): Promise<string> {
  const { rows } = await client.query<{ sql: string }>("SELECT format($1, $2::text, $3::text) AS sql", [
    template,
    role.name,
    role.password,
  ]);
  return rows[0].sql;
}

/**
 * What the app's role may do in the database `client` is connected to (as the owner). Run after
 * every migration run, so that a table a later migration adds is usable at once; default
 * privileges cover tables created by other means (a `prisma migrate deploy`) too.
 */
export async function grantAppRole(client: pg.Client, roleName: string): Promise<void> {
  assertRoleName(roleName);
  const role = `"${roleName}"`;
  const statements = [
    `GRANT CONNECT, TEMPORARY ON DATABASE "${(await client.query<{ db: string }>("SELECT current_database() AS db")).rows[0].db}" TO ${role}`,
    `REVOKE CREATE ON SCHEMA public FROM PUBLIC`,
    `GRANT USAGE ON SCHEMA public TO ${role}`,
    `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${role}`,
    `GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO ${role}`,
    `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${role}`,
    `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO ${role}`,
    // The migrations' own bookkeeping is the owner's alone.
    `REVOKE ALL ON "_prisma_migrations" FROM ${role}`,
    // Written once, read by the audit page; deleted only through purge_audit_log().
    `REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON "audit_log" FROM ${role}`,
  ];
  const hasPurge = await client.query("SELECT 1 FROM pg_proc WHERE proname = 'purge_audit_log'");
  if (hasPurge.rowCount) statements.push(`GRANT EXECUTE ON FUNCTION purge_audit_log(TIMESTAMPTZ) TO ${role}`);
  // pg-boss's schema (notifications' job queue), installed by the owner: the worker queues, takes
  // and finishes jobs and keeps its schedules, which is rows in its tables and its functions.
  const hasQueue = await client.query("SELECT 1 FROM pg_namespace WHERE nspname = 'pgboss'");
  if (hasQueue.rowCount)
    statements.push(
      `GRANT USAGE ON SCHEMA pgboss TO ${role}`,
      `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA pgboss TO ${role}`,
      `GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA pgboss TO ${role}`,
      `GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA pgboss TO ${role}`,
      `ALTER DEFAULT PRIVILEGES IN SCHEMA pgboss GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${role}`,
    );
  await client.query("BEGIN");
  try {
    for (const statement of statements) await client.query(statement);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  }
}

/** Connects to the owner's database and grants; for callers that hold no connection. */
export async function grantAppRoleAt(ownerUrl: string, roleName: string): Promise<void> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock(72707369)");
    await grantAppRole(client, roleName);
  } finally {
    await client.query("SELECT pg_advisory_unlock(72707369)").catch(() => undefined);
    await client.end();
  }
}
