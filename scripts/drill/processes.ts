// The processes of the drills, started as production starts them (deploy/systemd): app processes on
// ports of their own, the worker; each one's output kept in a log file, and stopped as systemd
// stops them (SIGTERM, then SIGKILL after the grace time).
import { spawn, type ChildProcess } from "node:child_process";
import { openSync, readFileSync } from "node:fs";
import path from "node:path";
import { serveArgs } from "../next-server";

/**
 * How one app process starts: the one place the drills name it (deploy/systemd/zugang@.service
 * runs the same command): the portal's own server (scripts/serve.ts), which finishes the requests in
 * flight on SIGTERM. It listens on the environment's PORT, which must be `port`.
 */
export function appProcessCommand(root: string, port: number, env: NodeJS.ProcessEnv): string[] {
  if (env.PORT !== String(port)) throw new Error(`the app process for port ${port} needs PORT=${port}`);
  return serveArgs(root);
}

export const workerCommand = (root: string) => ["--import", "tsx", path.join(root, "scripts", "worker.ts")];

export interface Started {
  name: string;
  child: ChildProcess;
  logFile: string;
}

/** Starts `node <args>` with its output appended to `<logDir>/<name>.log`. */
export function startNode(
  name: string,
  args: string[],
  options: { root: string; env: NodeJS.ProcessEnv; logDir: string },
): Started {
  const logFile = path.join(options.logDir, `${name}.log`);
  const out = openSync(logFile, "a");
  const child = spawn(process.execPath, args, { cwd: options.root, env: options.env, stdio: ["ignore", out, out] });
  return { name, child, logFile };
}

export const isRunning = (child: ChildProcess) => child.exitCode === null && child.signalCode === null;

/** The last lines of a process's log, for a failure message. */
export function logTail(started: Started, lines = 20): string {
  try {
    return readFileSync(started.logFile, "utf8").trimEnd().split("\n").slice(-lines).join("\n");
  } catch {
    return "(no log)";
  }
}

/** Waits until `url` answers 200, failing early when the process has ended. */
export async function waitForHealth(url: string, started: Started, timeoutMs = 120_000): Promise<number> {
  const since = Date.now();
  while (Date.now() - since < timeoutMs) {
    if (!isRunning(started.child))
      throw new Error(
        `${started.name} ended before it answered (exit ${started.child.exitCode}):\n${logTail(started)}`,
      );
    const ok = await fetch(url, { signal: AbortSignal.timeout(2000) }).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return Date.now() - since;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${started.name} did not answer ${url} within ${timeoutMs / 1000} s:\n${logTail(started)}`);
}

/** SIGTERM, then SIGKILL after `graceMs` (systemd's TimeoutStopSec); how long it took and whether it had to be killed. */
export function stopProcess(started: Started, graceMs: number): Promise<{ ms: number; killed: boolean }> {
  const since = Date.now();
  if (!isRunning(started.child)) return Promise.resolve({ ms: 0, killed: false });
  return new Promise((resolve) => {
    let killed = false;
    const timer = setTimeout(() => {
      killed = true;
      started.child.kill("SIGKILL");
    }, graceMs);
    started.child.once("exit", () => {
      clearTimeout(timer);
      resolve({ ms: Date.now() - since, killed });
    });
    started.child.kill("SIGTERM");
  });
}
