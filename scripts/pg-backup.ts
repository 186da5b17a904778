// What `npm run backup` and `npm run restore` share: PostgreSQL's own tools of a version that can
// read the server, the portal's roles (cluster-wide, so not in pg_dump's file), the check that a
// database is empty, and the row count of every table (the restore drill compares them).
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import pg from "pg";

export class BackupError extends Error {}

/** A connection string without its password, and the password for PGPASSWORD (kept out of `ps`). */
export function splitPassword(url: string): { url: string; password: string | undefined } {
  const parsed = new URL(url);
  const password = parsed.password ? decodeURIComponent(parsed.password) : undefined;
  parsed.password = "";
  return { url: parsed.toString(), password };
}

export async function withDatabase<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export interface ServerFacts {
  major: number;
  superuser: boolean;
}

export function serverFacts(url: string): Promise<ServerFacts> {
  return withDatabase(url, async (client) => {
    const { rows } = await client.query<{ version: string; superuser: boolean }>(
      "SELECT current_setting('server_version_num') AS version, (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) AS superuser",
    );
    return { major: Math.floor(Number(rows[0].version) / 10000), superuser: rows[0].superuser };
  });
}

/** Folders that may hold pg_dump, pg_restore and pg_dumpall: PG_BIN_DIR, Debian's, then PATH's. */
function candidateFolders(): string[] {
  const debian = "/usr/lib/postgresql";
  const versions = existsSync(debian) ? readdirSync(debian).map((version) => path.join(debian, version, "bin")) : [];
  const fromPath = (process.env.PATH ?? "").split(path.delimiter).filter(Boolean);
  return [process.env.PG_BIN_DIR, ...versions, ...fromPath].filter((folder): folder is string => Boolean(folder));
}

/** The major version of a folder's pg_dump, or null when it has none that runs. */
function toolsMajor(folder: string): number | null {
  for (const tool of ["pg_dump", "pg_restore", "pg_dumpall"]) if (!existsSync(path.join(folder, tool))) return null;
  const result = spawnSync(path.join(folder, "pg_dump"), ["--version"], { encoding: "utf8" });
  const match = /\(PostgreSQL\) (\d+)/.exec(result.stdout ?? "");
  return match ? Number(match[1]) : null;
}

/**
 * The folder of the tools for a server: the lowest major version at least the server's (pg_dump
 * refuses a newer server; an older pg_restore cannot read a newer dump).
 */
export function chooseTools(serverMajor: number, folders: { folder: string; major: number }[]): string | null {
  const fitting = folders.filter((candidate) => candidate.major >= serverMajor).sort((a, b) => a.major - b.major);
  return fitting[0]?.folder ?? null;
}

export function pgTools(serverMajor: number): string {
  const found = candidateFolders().flatMap((folder) => {
    const major = toolsMajor(folder);
    return major === null ? [] : [{ folder, major }];
  });
  const folder = chooseTools(serverMajor, found);
  if (!folder)
    throw new BackupError(
      `no pg_dump, pg_restore and pg_dumpall of PostgreSQL ${serverMajor} or newer found (found: ${found.map((tool) => tool.major).join(", ") || "none"}); install postgresql-client-${serverMajor} or set PG_BIN_DIR to their folder`,
    );
  return folder;
}

/** Runs one of the tools; throws its error output when it fails. */
export function runTool(folder: string, tool: string, args: string[], password: string | undefined): string {
  const result = spawnSync(path.join(folder, tool), args, {
    encoding: "utf8",
    env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) },
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0)
    throw new BackupError(`${tool} failed: ${(result.stderr || result.error?.message || "").trim()}`);
  return result.stdout;
}

// ---- The portal's roles: a small step of its own. ----
// Roles belong to the whole server, so pg_dump leaves them out. The portal's roles are those that
// own the database or anything in it, hold a privilege in it, or are members of such a role (the
// login role of the app behind a group role), never a superuser or a built-in pg_* role.

export function portalRoles(url: string): Promise<string[]> {
  return withDatabase(url, async (client) => {
    const { rows } = await client.query<{ rolname: string }>(`
      WITH RECURSIVE direct AS (
        SELECT datdba AS oid FROM pg_database WHERE datname = current_database()
        UNION SELECT relowner FROM pg_class
        UNION SELECT nspowner FROM pg_namespace
        UNION SELECT proowner FROM pg_proc
        UNION SELECT (aclexplode(relacl)).grantee FROM pg_class WHERE relacl IS NOT NULL
        UNION SELECT (aclexplode(nspacl)).grantee FROM pg_namespace WHERE nspacl IS NOT NULL
        UNION SELECT (aclexplode(datacl)).grantee FROM pg_database WHERE datname = current_database() AND datacl IS NOT NULL
        UNION SELECT defaclrole FROM pg_default_acl
        UNION SELECT (aclexplode(defaclacl)).grantee FROM pg_default_acl
      ), related(oid) AS (
        SELECT oid FROM direct
        UNION SELECT CASE WHEN m.roleid = r.oid THEN m.member ELSE m.roleid END
                FROM pg_auth_members m JOIN related r ON r.oid IN (m.roleid, m.member)
      )
      SELECT rolname FROM pg_roles WHERE oid IN (SELECT oid FROM related)
        AND NOT rolsuper AND rolname NOT LIKE 'pg\\_%' ORDER BY rolname`);
    return rows.map((row) => row.rolname);
  });
}

const unquote = (name: string) => (name.startsWith('"') ? name.slice(1, -1).replaceAll('""', '"') : name);
const roleName = String.raw`("(?:[^"]|"")+"|[^\s;"]+)`;

/** The statements of `pg_dumpall --roles-only` that concern `roles`, and only them. */
export function filterRoleStatements(dumpall: string, roles: string[]): string[] {
  const wanted = new Set(roles);
  const about = new RegExp(String.raw`^(?:CREATE|ALTER) ROLE ${roleName}`);
  const grant = new RegExp(String.raw`^GRANT ${roleName} TO ${roleName}`);
  return dumpall.split("\n").filter((line) => {
    const role = about.exec(line);
    if (role) return wanted.has(unquote(role[1]));
    const membership = grant.exec(line);
    return membership !== null && wanted.has(unquote(membership[1])) && wanted.has(unquote(membership[2]));
  });
}

/**
 * Applies the roles file on the target server: creates the roles that are missing (with their
 * attributes and password as they were) and their memberships; roles already there are left as
 * they are. Returns the roles created.
 */
export async function applyRoleStatements(url: string, statements: string[]): Promise<string[]> {
  const create = new RegExp(String.raw`^CREATE ROLE ${roleName}`);
  const alter = new RegExp(String.raw`^ALTER ROLE ${roleName}`);
  return withDatabase(url, async (client) => {
    const existing = new Set(
      (await client.query<{ rolname: string }>("SELECT rolname FROM pg_roles")).rows.map((row) => row.rolname),
    );
    const created: string[] = [];
    for (const statement of statements) {
      const made = create.exec(statement);
      const changed = alter.exec(statement);
      const role = unquote((made ?? changed)?.[1] ?? "");
      if ((made || changed) && existing.has(role)) continue;
      await client.query(statement);
      if (made) created.push(role);
    }
    return created;
  });
}

// ---- The database itself. ----

/** The tables of a database beyond PostgreSQL's own, so that a restore goes only into an empty one. */
export function userTables(url: string): Promise<string[]> {
  return withDatabase(url, async (client) => {
    const { rows } = await client.query<{ name: string }>(`
      SELECT table_schema || '.' || table_name AS name FROM information_schema.tables
       WHERE table_schema NOT IN ('pg_catalog', 'information_schema') ORDER BY 1`);
    return rows.map((row) => row.name);
  });
}

/** Every table's row count, by schema-qualified name. */
export function rowCounts(url: string): Promise<Map<string, number>> {
  return withDatabase(url, async (client) => {
    const { rows } = await client.query<{ table_schema: string; table_name: string }>(`
      SELECT table_schema, table_name FROM information_schema.tables
       WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema') ORDER BY 1, 2`);
    const counts = new Map<string, number>();
    for (const { table_schema, table_name } of rows) {
      const quoted = `"${table_schema.replaceAll('"', '""')}"."${table_name.replaceAll('"', '""')}"`;
      const { rows: counted } = await client.query<{ count: string }>(`SELECT count(*) FROM ${quoted}`);
      counts.set(`${table_schema}.${table_name}`, Number(counted[0].count));
    }
    return counts;
  });
}
