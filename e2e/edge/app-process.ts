// One more production app process (scripts/serve.ts, as `npm run serve` runs it) on the e2e
// server's database, with its stdout kept line by line: for the specs of its log lines, /metrics
// and its shutdown. Answered once /api/health answers 200.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { e2eDatabaseUrl } from "@/tests/e2e-database";
import { freePort } from "../next-start";

export interface AppProcess {
  baseUrl: string;
  port: number;
  child: ChildProcess;
  /** Every line it wrote to stdout so far. */
  lines(): string[];
  /** Resolves with its exit code once it has ended. */
  exited: Promise<number | null>;
  /** SIGTERM, then waits for it to end. */
  stop(): Promise<number | null>;
}

export async function startAppProcess(env: Record<string, string> = {}): Promise<AppProcess> {
  const root = process.cwd();
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ["--import", "tsx", path.join(root, "scripts", "serve.ts")], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: e2eDatabaseUrl(),
      PORT: String(port),
      HOSTNAME: "127.0.0.1",
      NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
      NEXTAUTH_URL: baseUrl,
      PUBLIC_BASE_URL: baseUrl,
      ZUGANG_TEST_MODE: "1",
      LOG_LEVEL: "info",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const lines: string[] = [];
  let partial = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    const parts = (partial + chunk.toString()).split("\n");
    partial = parts.pop() ?? "";
    lines.push(...parts.filter((line) => line.length > 0));
  });
  let errors = "";
  child.stderr?.on("data", (chunk: Buffer) => (errors = (errors + chunk.toString()).slice(-2000)));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));

  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the app process ended: ${errors}`);
    if (
      await fetch(`${baseUrl}/api/health`).then(
        (answer) => answer.ok,
        () => false,
      )
    )
      break;
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`the app process did not answer within 90 s: ${errors}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    baseUrl,
    port,
    child,
    lines: () => [...lines, ...(partial ? [partial] : [])],
    exited,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
      return exited;
    },
  };
}
