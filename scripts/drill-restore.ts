// npm run drill:restore — backups that restore, proved: on the machine's PostgreSQL a fresh
// database is seeded and an appointment booked (its manage token kept); `npm run backup` writes
// it with the portal's roles, `npm run restore` puts it into a new database (recreating the roles,
// and refusing a database that is not empty); every
// table's row count must match; then one app process on the restored database must show the
// appointment by its manage link and let a demo staff member sign in. Exits 1 on any difference.
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { bookSlot } from "@/lib/booking";
import { createPrismaClient } from "@/lib/db";
import { prepareDatabase } from "@/lib/db/prepare";
import { seed } from "@/prisma/seed";
import { bookingRequest, createTestLocation, slotStart } from "@/tests/booking";
import { buildWhenStale } from "./drill/build";
import { adminQuery, createDrillDatabase, drillAdminUrl, type DrillDatabase } from "./drill/database";
import { appProcessCommand, startNode, stopProcess, waitForHealth, type Started } from "./drill/processes";
import { rowCounts, withDatabase } from "./pg-backup";

const root = process.cwd();
/** A demo account of prisma/seed/demo.ts. */
const STAFF = { email: "empfang@zugang.example", password: "demo-empfang" };
const log = (line: string) => console.log(`drill: ${line}`);

/** `npm run backup|restore` as the IT runs them: their exit status and output. */
function runScript(script: string, databaseUrl: string, file: string) {
  const result = spawnSync(process.execPath, ["--import", "tsx", path.join(root, "scripts", script), file], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: "utf8",
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}`.trim() };
}

async function bookOne(databaseUrl: string) {
  const prisma = createPrismaClient(databaseUrl);
  try {
    const location = await createTestLocation(prisma, { capacity: 5 });
    const booked = await bookSlot(bookingRequest(location.id, slotStart(3), 1), { client: prisma });
    if (!booked.manageToken) throw new Error("the booking returned no manage token");
    return { reference: booked.reference, manageToken: booked.manageToken };
  } finally {
    await prisma.$disconnect();
  }
}

/** next-auth's credentials sign-in as the sign-in form sends it; the session's e-mail address. */
async function staffSignIn(base: string): Promise<string | undefined> {
  const cookies = new Map<string, string>();
  const keep = (response: Response) => {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      cookies.set(pair.slice(0, pair.indexOf("=")), pair.slice(pair.indexOf("=") + 1));
    }
  };
  const cookie = () => [...cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  const csrf = await fetch(`${base}/api/auth/csrf`);
  keep(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  keep(
    await fetch(`${base}/api/auth/callback/credentials`, {
      method: "POST",
      redirect: "manual",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookie(), Origin: base },
      body: new URLSearchParams({ csrfToken, ...STAFF, callbackUrl: `${base}/staff` }),
    }),
  );
  const session = (await (await fetch(`${base}/api/auth/session`, { headers: { Cookie: cookie() } })).json()) as {
    user?: { email?: string };
  };
  return session.user?.email;
}

async function main() {
  buildWhenStale(root, log);
  const adminUrl = drillAdminUrl();
  const port = Number(process.env.DRILL_RESTORE_PORT ?? 39290);
  const databases: DrillDatabase[] = [];
  const workDir = mkdtempSync(path.join(tmpdir(), "zugang-restore-"));
  let app: Started | undefined;
  const problems: string[] = [];
  const role = `zugang_drill_reader_${randomBytes(3).toString("hex")}`;
  try {
    const source = await createDrillDatabase(adminUrl, "source");
    databases.push(source);
    await prepareDatabase(source.url, { seed: (prisma) => seed(prisma, { demo: true }) });
    const appointment = await bookOne(source.url);
    log(`${source.name}: seeded, appointment ${appointment.reference} booked`);

    // The roles step: a role of the portal's own (as a read-only role for reports would be), which
    // must come back with its privilege although it is gone from the server when the restore runs.
    await adminQuery(source.url, `CREATE ROLE ${role} NOLOGIN; GRANT SELECT ON appointment TO ${role}`);

    const before = await rowCounts(source.url);
    const file = path.join(workDir, "zugang.dump");
    const backup = runScript("backup.ts", source.url, file);
    log(backup.output);
    if (backup.status !== 0) throw new Error("npm run backup failed");

    await source.drop();
    await adminQuery(adminUrl, `DROP ROLE ${role}`);

    const restored = await createDrillDatabase(adminUrl, "restored");
    databases.push(restored);
    const restore = runScript("restore.ts", restored.url, file);
    log(restore.output);
    if (restore.status !== 0) throw new Error("npm run restore failed");
    const again = runScript("restore.ts", restored.url, file);
    if (again.status === 0 || !again.output.includes("is not empty"))
      problems.push(`a second restore into the same database was not refused: ${again.output}`);
    else log(`a second restore is refused: ${again.output}`);

    const granted = await withDatabase(restored.url, (client) =>
      client.query<{ granted: boolean }>("SELECT has_table_privilege($1, 'appointment', 'SELECT') AS granted", [role]),
    ).catch((error: Error) => ({ rows: [{ granted: false, error: error.message }] }));
    if (!granted.rows[0].granted) problems.push(`the role ${role} did not come back with its privilege`);
    else log(`the role ${role} was created again, with its privilege on appointment`);

    const after = await rowCounts(restored.url);
    const tables = [...new Set([...before.keys(), ...after.keys()])].sort();
    const differing = tables.filter((table) => before.get(table) !== after.get(table));
    for (const table of differing)
      problems.push(
        `${table}: ${before.get(table) ?? "missing"} rows before, ${after.get(table) ?? "missing"} restored`,
      );
    const rows = [...before.values()].reduce((sum, count) => sum + count, 0);
    log(`row counts: ${tables.length - differing.length} of ${tables.length} tables equal (${rows} rows before)`);

    const base = `http://127.0.0.1:${port}`;
    const appEnv = {
      ...process.env,
      NODE_ENV: "production" as const,
      DATABASE_URL: restored.url,
      NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
      NEXTAUTH_URL: base,
      PUBLIC_BASE_URL: base,
      NEXT_TELEMETRY_DISABLED: "1",
      PORT: String(port),
      HOSTNAME: "127.0.0.1",
    };
    app = startNode("app", appProcessCommand(root, port, appEnv), { root, logDir: workDir, env: appEnv });
    await waitForHealth(`${base}/api/health`, app);
    const manage = await fetch(`${base}/appointments/manage/${appointment.manageToken}`, {
      headers: { "Accept-Language": "de" },
    });
    const html = await manage.text();
    if (manage.status !== 200 || !html.includes(appointment.reference))
      problems.push(
        `the manage link answered ${manage.status}${html.includes(appointment.reference) ? "" : " without the reference"}`,
      );
    else log(`the manage link shows ${appointment.reference} on the restored database`);
    const signedIn = await staffSignIn(base);
    if (signedIn !== STAFF.email) problems.push(`the staff sign-in failed (session: ${signedIn ?? "none"})`);
    else log(`${STAFF.email} signed in on the restored database`);
  } finally {
    if (app) await stopProcess(app, 10_000);
    for (const database of databases) await database.drop().catch(() => undefined);
    await adminQuery(adminUrl, `DROP ROLE IF EXISTS ${role}`).catch(() => undefined);
    rmSync(workDir, { recursive: true, force: true });
  }
  if (problems.length > 0) {
    console.log(`drill: FAILED\n- ${problems.join("\n- ")}`);
    process.exit(1);
  }
  console.log("drill: passed (counts equal, manage link and staff sign-in work on the restored database)");
}

main().catch((error: Error) => {
  console.error(`drill: ${error.message}${error.cause instanceof Error ? ` (${error.cause.message})` : ""}`);
  process.exit(1);
});
