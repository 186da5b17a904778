// The app's database role (lib/db/roles.ts): what an attacker holding the app's connection can and
// cannot do to the audit log, that it is no superuser and owns nothing, that a table a later
// migration adds is usable at once, and that creating the role races harmlessly.
import { cp, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defaultMigrationsDir, migrate } from "@/lib/db/migrations";
import { appRoleFor, ensureAppRole } from "@/lib/db/roles";
import { purgeExpiredData, RETENTION_DAYS } from "@/lib/retention";
import { connectAsAppRole, createEmptyDatabase, createTestDatabase, type TestDatabase } from "@/tests/database";

const DAY = 86_400_000;

async function asRole<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** The statement's error message, or "" when it went through. */
const refusal = (client: pg.Client, sql: string) =>
  client.query(sql).then(
    () => "",
    (error: Error) => error.message,
  );

describe("the app's database role", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase("roles", { reference: false });
  });
  afterAll(() => database.drop());

  it("is no superuser, may not create roles or databases, and owns nothing", async () => {
    const row = await asRole(database.url, async (client) => {
      const { rows } = await client.query(
        `SELECT rolsuper, rolcreaterole, rolcreatedb, rolbypassrls,
                (SELECT count(*)::int FROM pg_class WHERE relowner = r.oid) AS owned_relations,
                (SELECT count(*)::int FROM pg_proc WHERE proowner = r.oid) AS owned_functions,
                (SELECT count(*)::int FROM pg_namespace WHERE nspowner = r.oid) AS owned_schemas
           FROM pg_roles r WHERE rolname = current_user`,
      );
      return rows[0];
    });
    expect(row).toEqual({
      rolsuper: false,
      rolcreaterole: false,
      rolcreatedb: false,
      rolbypassrls: false,
      owned_relations: 0,
      owned_functions: 0,
      owned_schemas: 0,
    });
  });

  it("can neither change nor delete audit rows, by any of the known paths", async () => {
    const entry = await database.prisma.auditLog.create({
      data: { action: "person.viewed", entityType: "citizen", createdAt: new Date(Date.now() - 800 * DAY) },
    });
    const refused = await asRole(database.url, async (client) => ({
      update: await refusal(client, `UPDATE audit_log SET action = 'x' WHERE id = '${entry.id}'`),
      delete: await refusal(client, `DELETE FROM audit_log WHERE id = '${entry.id}'`),
      truncate: await refusal(client, "TRUNCATE audit_log"),
      disableTrigger: await refusal(client, "ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update_or_delete"),
      replicationRole: await refusal(client, "SET session_replication_role = replica"),
      retentionFlag: await refusal(
        client,
        `BEGIN; SET LOCAL zugang.audit_retention = 'on'; DELETE FROM audit_log WHERE id = '${entry.id}'; COMMIT`,
      ).finally(() => client.query("ROLLBACK")),
      // Its own trigger function replaced by one that lets everything through.
      replaceTrigger: await refusal(
        client,
        "CREATE OR REPLACE FUNCTION audit_log_written_once() RETURNS TRIGGER LANGUAGE plpgsql AS $$ BEGIN RETURN OLD; END $$",
      ),
    }));
    expect(refused.update).toMatch(/permission denied for table audit_log/);
    expect(refused.delete).toMatch(/permission denied for table audit_log/);
    expect(refused.truncate).toMatch(/permission denied for table audit_log/);
    expect(refused.disableTrigger).toMatch(/must be owner of table audit_log/);
    expect(refused.replicationRole).toMatch(/permission denied to set parameter "session_replication_role"/);
    expect(refused.retentionFlag).toMatch(/permission denied for table audit_log/);
    expect(refused.replaceTrigger).toMatch(/permission denied for schema public|must be owner of function/);
    expect(await database.prisma.auditLog.count({ where: { id: entry.id } })).toBe(1);
  });

  it("reaches the purge only for rows past their limit, whatever cut-off it names", async () => {
    const old = await database.prisma.auditLog.create({
      data: { action: "person.viewed", entityType: "citizen", createdAt: new Date(Date.now() - 731 * DAY) },
    });
    const young = await database.prisma.auditLog.create({
      data: { action: "person.viewed", entityType: "citizen", createdAt: new Date(Date.now() - 700 * DAY) },
    });
    // A cut-off in the future deletes nothing younger than 730 days.
    await asRole(database.url, (client) => client.query("SELECT purge_audit_log(now() + interval '1 day')"));
    expect(await database.prisma.auditLog.count({ where: { id: young.id } })).toBe(1);
    expect(await database.prisma.auditLog.count({ where: { id: old.id } })).toBe(0);

    const older = await database.prisma.auditLog.create({
      data: {
        action: "person.viewed",
        entityType: "citizen",
        createdAt: new Date(Date.now() - (RETENTION_DAYS.auditLog + 2) * DAY),
      },
    });
    const counts = await purgeExpiredData(database.prisma);
    expect(counts.auditLog).toBe(1);
    expect(await database.prisma.auditLog.count({ where: { id: older.id } })).toBe(0);
    expect(await database.prisma.auditLog.count({ where: { id: young.id } })).toBe(1);
  });

  it("may not read the migrations' bookkeeping nor create tables", async () => {
    const refused = await asRole(database.url, async (client) => ({
      migrations: await refusal(client, `SELECT * FROM "_prisma_migrations"`),
      create: await refusal(client, "CREATE TABLE intruder (id int)"),
    }));
    expect(refused.migrations).toMatch(/permission denied/);
    expect(refused.create).toMatch(/permission denied for schema public/);
  });
});

describe("a later migration's table", () => {
  let folder: string;
  let database: { url: string; drop(): Promise<void> };
  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), "zugang-migrations-"));
    await cp(defaultMigrationsDir, folder, { recursive: true });
    database = await createEmptyDatabase("later_table");
  });
  afterAll(async () => {
    await database.drop();
    await rm(folder, { recursive: true, force: true });
  });

  it("is usable by the app's role once the migrations ran again", async () => {
    await migrate(database.url, folder);
    const appUrl = await connectAsAppRole(database.url);
    await mkdir(path.join(folder, "29991231000000_later_table"));
    await writeFile(
      path.join(folder, "29991231000000_later_table", "migration.sql"),
      `CREATE TABLE "later_table" ("id" SERIAL PRIMARY KEY, "note" TEXT NOT NULL);`,
    );
    // Default privileges: usable right after the migration, before any grant runs again.
    await migrate(database.url, folder);
    const inserted = await asRole(appUrl, async (client) => {
      await client.query(`INSERT INTO "later_table" ("note") VALUES ('hello')`);
      return (await client.query(`SELECT note FROM "later_table"`)).rows;
    });
    expect(inserted).toEqual([{ note: "hello" }]);
    await connectAsAppRole(database.url);
    expect(await asRole(appUrl, async (client) => (await client.query(`DELETE FROM "later_table"`)).rowCount)).toBe(1);
  });

  it("survives the role being created by several starts at once", async () => {
    const other = new URL(database.url);
    other.pathname = `${other.pathname}_race`;
    const role = appRoleFor(other.toString());
    try {
      await expect(Promise.all([1, 2, 3, 4].map(() => ensureAppRole(database.url, role)))).resolves.toHaveLength(4);
      const found = await asRole(database.url, (client) =>
        client.query("SELECT rolsuper, rolcanlogin FROM pg_roles WHERE rolname = $1", [role.name]),
      );
      expect(found.rows).toEqual([{ rolsuper: false, rolcanlogin: true }]);
    } finally {
      await asRole(database.url, (client) => client.query(`DROP ROLE IF EXISTS "${role.name}"`));
    }
  });
});
