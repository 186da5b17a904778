// npm run restore -- <file>: a backup of `npm run backup` into the database of DATABASE_URL, which
// must exist and be empty (a restore never mixes with data already there). First the roles step
// (<name>.roles.sql beside the file, when there is one: the missing roles are created), then
// pg_restore in one transaction: a failure leaves the database empty again.
import { existsSync } from "node:fs";
import path from "node:path";
import { describeDatabase } from "@/lib/db/prepare";
import {
  applyRoleStatements,
  BackupError,
  pgTools,
  rowCounts,
  runTool,
  serverFacts,
  splitPassword,
  userTables,
} from "./pg-backup";
import { readFileSync } from "node:fs";

async function main() {
  const url = process.env.DATABASE_URL;
  const file = process.argv[2] ? path.resolve(process.argv[2]) : undefined;
  if (!url || !file) throw new BackupError("usage: DATABASE_URL=<empty database> npm run restore -- <file>.dump");
  if (!existsSync(file)) throw new BackupError(`there is no backup file ${file}`);
  const target = describeDatabase(url);
  const tables = await userTables(url).catch((error: { code?: string; message: string }) => {
    if (error.code === "3D000") throw new BackupError(`the database ${target} does not exist: create it (empty) first`);
    throw new BackupError(`cannot reach ${target}: ${error.message}`);
  });
  if (tables.length > 0)
    throw new BackupError(
      `the database ${target} is not empty (${tables.length} tables, e.g. ${tables.slice(0, 3).join(", ")}); restore only into a new, empty database`,
    );
  const facts = await serverFacts(url);
  const tools = pgTools(facts.major);

  // The roles step.
  const rolesFile = file.replace(/\.dump$/, "") + ".roles.sql";
  let rolesNote = "no roles file";
  if (existsSync(rolesFile)) {
    const statements = readFileSync(rolesFile, "utf8")
      .split("\n")
      .filter((line) => line.trim() !== "" && !line.startsWith("--"));
    const created = await applyRoleStatements(url, statements);
    rolesNote = created.length > 0 ? `roles created: ${created.join(", ")}` : "the roles were there already";
  }

  const { url: bare, password } = splitPassword(url);
  // Objects keep their owners when a superuser restores; any other user becomes their owner.
  const owners = facts.superuser ? [] : ["--no-owner"];
  runTool(
    tools,
    "pg_restore",
    ["--exit-on-error", "--single-transaction", ...owners, `--dbname=${bare}`, file],
    password,
  );
  const counts = await rowCounts(url);
  const rows = [...counts.values()].reduce((sum, count) => sum + count, 0);
  console.log(`zugang restore: ${path.basename(file)} → ${target}: ${counts.size} tables, ${rows} rows; ${rolesNote}`);
}

main().catch((error: Error) => {
  console.error(`zugang restore: ${error.message}`);
  process.exit(1);
});
