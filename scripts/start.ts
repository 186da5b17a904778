// `npm start` / `npm run dev`: database (embedded when DATABASE_URL is unset), migrations, seed,
// build when none is there, then the app process (scripts/serve.ts; `next dev` with --dev) and the
// worker. Bad conditions end in one clear line.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { isPortFree, startEmbeddedPostgres, StartupError, type EmbeddedServer } from "@/lib/db/embedded";
import { describeDatabase, prepareDatabase } from "@/lib/db/prepare";
import { roleOfUrl } from "@/lib/db/roles";
import { seed } from "@/prisma/seed";
import { buildIsStale } from "./build-state";
import { nextArgs, nextBin, serveArgs } from "./next-server";

const root = process.cwd();
/** Where the embedded database and the generated local secret live (git-ignored). */
const dataDir = path.resolve(process.env.ZUGANG_DATA_DIR ?? path.join(root, ".data"));
const dev = process.argv.includes("--dev");

function fail(message: string): never {
  console.error(`zugang: ${message}`);
  process.exit(1);
}

function parsePort(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === "") return fallback;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65535) fail(`${name} must be a port number, got "${value}"`);
  return port;
}

/** The embedded setup keeps a generated secret in the data folder, so sessions survive restarts. */
function localAuthSecret(): string {
  const file = path.join(dataDir, "auth-secret");
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return readFileSync(file, "utf8").trim();
}

/** Asks a child process to stop and waits for it, killing it when it takes longer than `graceMs`. */
function stopChild(child: ChildProcess, graceMs: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill("SIGTERM");
  });
}

async function main() {
  const port = parsePort(process.env.PORT, 3000, "PORT");
  if (!(await isPortFree(port, "0.0.0.0")))
    fail(`port ${port} is in use; stop the other program or start with PORT=<another port>`);

  let embedded: EmbeddedServer | undefined;
  let databaseUrl = process.env.DATABASE_URL;
  let authSecret = process.env.NEXTAUTH_SECRET;
  if (databaseUrl) {
    if (!authSecret) fail("NEXTAUTH_SECRET must be set when DATABASE_URL is set (at least 16 random characters)");
  } else {
    const pgPort = parsePort(process.env.EMBEDDED_PG_PORT, 54329, "EMBEDDED_PG_PORT");
    console.log(
      `zugang: starting the embedded PostgreSQL (data in ${path.relative(root, path.join(dataDir, "pg")) || "."}, port ${pgPort})`,
    );
    embedded = await startEmbeddedPostgres({ dataDir: path.join(dataDir, "pg"), port: pgPort });
    await embedded.ensureDatabase("zugang");
    databaseUrl = embedded.urlFor("zugang");
    authSecret ??= localAuthSecret();
  }

  const stopDatabase = async () => {
    await embedded?.stop().catch(() => undefined);
  };
  // Migrations run as the owner; the app and the worker connect as a role that owns nothing
  // (docs/security.md). With MIGRATION_DATABASE_URL, DATABASE_URL names the app's role; without
  // it, DATABASE_URL is the owner and the app gets a role of its own, "<database>_app".
  const ownerUrl = process.env.MIGRATION_DATABASE_URL ?? databaseUrl;
  const appRole = process.env.MIGRATION_DATABASE_URL ? roleOfUrl(databaseUrl) : undefined;
  try {
    const result = await prepareDatabase(ownerUrl, {
      seed: (prisma) => seed(prisma, { demo: embedded !== undefined }),
      appRole,
    });
    if (!appRole) databaseUrl = result.appUrl;
    console.log(
      `zugang: database ${describeDatabase(databaseUrl)} ready (${result.applied.length} migrations applied, ${result.alreadyApplied} already there${result.demoSeeded ? ", demo data seeded" : ""})`,
    );
    if (result.modified.length > 0)
      console.warn(`zugang: warning: applied migrations changed since: ${result.modified.join(", ")}`);
  } catch (error) {
    await stopDatabase();
    throw error;
  }

  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    NEXTAUTH_SECRET: authSecret,
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
    PORT: String(port),
    // A public body's server does not report usage to the framework's vendor.
    NEXT_TELEMETRY_DISABLED: "1",
  };
  if (!dev && buildIsStale(root)) {
    console.log("zugang: no up-to-date production build, building (one to three minutes)…");
    const build = spawnSync(process.execPath, [nextBin(root), "build"], {
      cwd: root,
      env: { ...env, NODE_ENV: "production" },
      stdio: "inherit",
    });
    if (build.status !== 0) {
      await stopDatabase();
      fail("the build failed (see above)");
    }
  }

  const children: ChildProcess[] = [];
  // Production: the app process of scripts/serve.ts (logs, /metrics, graceful shutdown), on every address.
  const server = spawn(process.execPath, dev ? nextArgs(root, "dev", "-p", String(port)) : serveArgs(root), {
    cwd: root,
    env: dev ? env : { ...env, HOSTNAME: "0.0.0.0" },
    stdio: "inherit",
  });
  children.push(server);
  const worker = spawn(process.execPath, ["--import", "tsx", path.join(root, "scripts", "worker.ts")], {
    cwd: root,
    env,
    stdio: "inherit",
  });
  children.push(worker);
  console.log(`zugang: the portal is at http://localhost:${port}`);

  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    // The server and the worker finish with the database still there (their last queries and the
    // worker's listener end cleanly); only then the embedded server stops.
    // 12 s: the app process gives its requests in flight 10 s itself (scripts/serve.ts).
    await Promise.all(children.map((child) => stopChild(child, 12_000)));
    await stopDatabase();
    process.exit(code);
  };
  process.on("SIGINT", () => void shutdown(0));
  process.on("SIGTERM", () => void shutdown(0));
  server.on("exit", (code) => void shutdown(code ?? 1));
  worker.on("exit", (code) => {
    if (!stopping)
      console.error(
        `zugang: the notification worker stopped (exit code ${code}); messages wait in the outbox until the next start`,
      );
  });
}

main().catch((error: unknown) => {
  if (error instanceof StartupError) fail(error.message);
  fail(`unexpected start-up failure: ${error instanceof Error ? error.message : String(error)}`);
});
