// npm run backup [-- <file>]: the database of DATABASE_URL in pg_dump's custom format, to <file> or
// to a dated file in BACKUP_DIR (./backups). The portal's roles, which belong to the whole server,
// go beside it into <name>.roles.sql (see scripts/pg-backup.ts). Both files hold personal data and
// password hashes: they are written readable by their owner only.
import { chmodSync, mkdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describeDatabase } from "@/lib/db/prepare";
import {
  BackupError,
  filterRoleStatements,
  pgTools,
  portalRoles,
  runTool,
  serverFacts,
  splitPassword,
  userTables,
} from "./pg-backup";

const stamp = () => new Date().toISOString().slice(0, 19).replaceAll(":", "-");

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new BackupError("set DATABASE_URL to the database to back up");
  const database = new URL(url).pathname.slice(1);
  const file = path.resolve(
    process.argv[2] ?? path.join(process.env.BACKUP_DIR ?? "backups", `zugang-${database}-${stamp()}.dump`),
  );
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const facts = await serverFacts(url);
  const tools = pgTools(facts.major);
  const { url: bare, password } = splitPassword(url);
  runTool(tools, "pg_dump", ["--format=custom", `--file=${file}`, `--dbname=${bare}`], password);
  chmodSync(file, 0o600);

  // The roles step: the portal's own roles (none while the superuser owns everything).
  const roles = await portalRoles(url);
  let rolesNote = "no roles of its own (the superuser owns everything): no roles file";
  if (roles.length > 0) {
    const args = ["--roles-only", `--dbname=${bare}`, ...(facts.superuser ? [] : ["--no-role-passwords"])];
    const statements = filterRoleStatements(runTool(tools, "pg_dumpall", args, password), roles);
    const rolesFile = file.replace(/\.dump$/, "") + ".roles.sql";
    writeFileSync(
      rolesFile,
      `-- The roles of ${describeDatabase(url)} (npm run backup, ${new Date().toISOString()}); npm run restore creates the missing ones.\n${statements.join("\n")}\n`,
      { mode: 0o600 },
    );
    rolesNote = `roles ${roles.join(", ")} in ${path.basename(rolesFile)}`;
  }
  const tables = (await userTables(url)).length;
  const megabytes = (statSync(file).size / 1024 / 1024).toFixed(1);
  console.log(
    `zugang backup: ${describeDatabase(url)} → ${file} (${megabytes} MB, ${tables} tables, PostgreSQL ${facts.major} tools from ${tools}); ${rolesNote}`,
  );
}

main().catch((error: Error) => {
  console.error(`zugang backup: ${error.message}`);
  process.exit(1);
});
