// Starts another `next start` of the e2e build, as a second app process behind a load balancer
// would be: on a free port, with the environment given, answered once its health address answers.
// The routing and queue specs (e2e/staff/second-portal.ts) and the edge spec's portal with a
// database of its own (e2e/edge/own-portal.ts) start theirs through it.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createServer } from "node:net";
import path from "node:path";

export interface StartedServer {
  baseUrl: string;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

async function waitUntilAnswering(
  url: string,
  server: ChildProcess,
  log: () => string,
  ready: (response: Response) => boolean,
): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`next start ended: ${log()}`);
    if (await fetch(url).then(ready, () => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`next start did not answer within a minute: ${log()}`);
}

/**
 * `next start` on the database given. `ready` says which answer of /api/health counts (any answer
 * by default: a spec may mean to take the database away).
 */
export async function startNextServer(options: {
  databaseUrl: string;
  env?: Record<string, string>;
  unset?: string[];
  ready?: (response: Response) => boolean;
}): Promise<StartedServer> {
  const root = process.cwd();
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: options.databaseUrl,
    NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
    NEXTAUTH_URL: baseUrl,
    PUBLIC_BASE_URL: baseUrl,
    ZUGANG_TEST_MODE: "1",
    NEXT_TELEMETRY_DISABLED: "1",
    ...options.env,
  };
  for (const name of options.unset ?? []) delete env[name];
  const server = spawn(
    process.execPath,
    [path.join(root, "node_modules", "next", "dist", "bin", "next"), "start", "-p", String(port)],
    { cwd: root, env, stdio: ["ignore", "ignore", "pipe"] },
  );
  let errors = "";
  server.stderr?.on("data", (chunk: Buffer) => (errors = (errors + chunk.toString()).slice(-2000)));
  await waitUntilAnswering(`${baseUrl}/api/health`, server, () => errors, options.ready ?? (() => true));
  return {
    baseUrl,
    stop: async () => {
      if (server.exitCode !== null) return;
      const exited = new Promise((resolve) => server.once("exit", resolve));
      server.kill("SIGTERM");
      await exited;
    },
  };
}
