// A second production server of the e2e build, on an embedded PostgreSQL of its own, for what the
// shared e2e server cannot show: the real rate limits (test mode off) and its database going away.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createServer } from "node:net";
import path from "node:path";
import { recreateDatabase, startEmbeddedPostgres, type EmbeddedServer } from "@/lib/db/embedded";

export interface OwnPortal {
  baseUrl: string;
  stopDatabase(): Promise<void>;
  startDatabase(): Promise<void>;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

async function waitUntilAnswering(url: string, server: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`next start ended: ${log()}`);
    if (await fetch(url).then(() => true, () => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`next start did not answer within a minute: ${log()}`);
}

/** Starts `next start` of the existing build with the settings a plain installation has (no TRUSTED_PROXY_HOPS). */
export async function startOwnPortal(name: string): Promise<OwnPortal> {
  const root = process.cwd();
  const databaseOptions = { dataDir: path.join(root, ".data", `pg-e2e-${name}-${process.env.E2E_PORT ?? 3100}`), port: await freePort() };
  let database: EmbeddedServer | undefined = await startEmbeddedPostgres(databaseOptions);
  const url = await recreateDatabase(database.urlFor("postgres"), "zugang");
  const prepared = spawnSync(path.join(root, "node_modules", ".bin", "tsx"), [path.join(root, "e2e", "edge", "prepare-database.ts")], { cwd: root, env: { ...process.env, DATABASE_URL: url }, encoding: "utf8" });
  if (prepared.status !== 0) throw new Error(`preparing the database failed: ${prepared.stderr}`);

  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: url, NEXTAUTH_SECRET: randomBytes(32).toString("base64url"), NEXTAUTH_URL: baseUrl, PUBLIC_BASE_URL: baseUrl, ZUGANG_TEST_MODE: "0", NEXT_TELEMETRY_DISABLED: "1" };
  delete env.TRUSTED_PROXY_HOPS;
  const server = spawn(process.execPath, [path.join(root, "node_modules", "next", "dist", "bin", "next"), "start", "-p", String(port)], { cwd: root, env, stdio: ["ignore", "ignore", "pipe"] });
  let errors = "";
  server.stderr?.on("data", (chunk: Buffer) => (errors = (errors + chunk.toString()).slice(-2000)));
  await waitUntilAnswering(`${baseUrl}/api/health`, server, () => errors);

  return {
    baseUrl,
    stopDatabase: async () => {
      await database?.stop();
      database = undefined;
    },
    startDatabase: async () => {
      database ??= await startEmbeddedPostgres(databaseOptions);
    },
    stop: async () => {
      if (server.exitCode === null) {
        const exited = new Promise((resolve) => server.once("exit", resolve));
        server.kill("SIGTERM");
        await exited;
      }
      await database?.stop();
    },
  };
}
