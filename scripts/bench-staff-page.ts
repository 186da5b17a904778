// A staff page measured as the browser asks for it: `next start` on the bench database (where a
// production build exists), a sign-in through next-auth's form post, then GET the page `runs` times
// (the whole server time: session, staff door, audit event, queries and HTML), with the server's
// processor time per request (/proc on Linux) and the page's size. The time is taken in this process,
// which reads every answer whole (hundreds of KiB): the npm scripts that measure pages run it with a
// larger young generation (--max-semi-space-size=32), so that its own garbage collections are not
// counted as the server's time (bench:front-desk on 2026-12-02, the same code: p95 between 70.8 and
// 108.5 ms over seven runs without it, 71.3 to 73.5 ms over three with it).
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { nextArgs } from "./next-server";

/** USER_HZ of Linux's /proc/<pid>/stat: 100 on every common build. */
const CLOCK_TICKS_PER_SECOND = 100;

export interface StaffPageMeasure {
  databaseUrl: string;
  email: string;
  password: string;
  /** the page, e.g. /staff/people/<id> */
  path: string;
  /** a text the page must contain, so that a refusal is never timed as the page */
  expected: string;
  runs: number;
  port?: number;
  /** where to keep one answer, to see what the page is made of */
  htmlFile?: string;
}

/** A production app process (`next start`) on the bench database. */
export interface AppProcess {
  base: string;
  pid: number | undefined;
  stop: () => void;
}

/** Starts `next start` of the build in .next on `databaseUrl` and waits until it answers. */
export async function startAppProcess(options: {
  databaseUrl: string;
  port: number;
  /** shared by the processes of one portal (sessions signed in one are valid in the other) */
  secret?: string;
  env?: Record<string, string>;
}): Promise<AppProcess> {
  const root = process.cwd();
  const base = `http://127.0.0.1:${options.port}`;
  const env = {
    ...process.env,
    DATABASE_URL: options.databaseUrl,
    NEXTAUTH_SECRET: options.secret ?? randomBytes(32).toString("base64url"),
    NEXTAUTH_URL: base,
    PUBLIC_BASE_URL: base,
    NODE_ENV: "production" as const,
    ...options.env,
  };
  const server = spawn(process.execPath, nextArgs(root, "start", "-p", String(options.port)), {
    cwd: root,
    env,
    stdio: "ignore",
  });
  const stop = () => {
    server.kill("SIGTERM");
  };
  try {
    await waitFor(`${base}/api/health`);
  } catch (error) {
    stop();
    throw error;
  }
  return { base, pid: server.pid, stop };
}

/** Signs in through next-auth's form post, as the sign-in page does; answers the Cookie header of the session. */
export async function signIn(base: string, email: string, password: string): Promise<string> {
  const cookies = new Map<string, string>();
  const keep = (response: Response) => {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const at = pair.indexOf("=");
      cookies.set(pair.slice(0, at), pair.slice(at + 1));
    }
  };
  const cookieHeader = () => [...cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  const csrf = await fetch(`${base}/api/auth/csrf`);
  keep(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookieHeader(), Origin: base },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${base}/staff` }),
  });
  keep(response);
  if (![...cookies.keys()].some((name) => name.includes("session-token")))
    throw new Error(`the bench's sign-in failed (${response.status})`);
  return cookieHeader();
}

/** GET `path` with the session's cookies; fails unless it answers 200 with `expected` in its text. */
export async function getPage(base: string, cookie: string, path: string, expected: string): Promise<string> {
  const response = await fetch(`${base}${path}`, { headers: { Cookie: cookie }, redirect: "manual" });
  const html = await response.text();
  if (response.status !== 200 || !html.includes(expected))
    throw new Error(`${path} answered ${response.status} without „${expected}“`);
  return html;
}

/** The page's times, or null without a production build. */
export async function measureStaffPage(
  options: StaffPageMeasure,
): Promise<{ times: number[]; bytes: number; cpuMs: number } | null> {
  const root = process.cwd();
  if (!existsSync(path.join(root, ".next", "BUILD_ID"))) return null;
  const port = options.port ?? Number(process.env.BENCH_PAGE_PORT ?? 3291);
  const server = await startAppProcess({ databaseUrl: options.databaseUrl, port });
  try {
    const cookie = await signIn(server.base, options.email, options.password);
    let bytes = 0;
    let lastHtml = "";
    const get = async () => {
      const html = await getPage(server.base, cookie, options.path, options.expected);
      bytes = Buffer.byteLength(html);
      lastHtml = html;
    };
    for (let i = 0; i < 5; i++) await get();
    if (options.htmlFile) writeFileSync(options.htmlFile, lastHtml);
    const times: number[] = [];
    const cpuBefore = cpuMsOf(server.pid);
    for (let i = 0; i < options.runs; i++) {
      const t0 = performance.now();
      await get();
      times.push(performance.now() - t0);
    }
    return { times, bytes, cpuMs: (cpuMsOf(server.pid) - cpuBefore) / options.runs };
  } finally {
    server.stop();
  }
}

/** The process's processor time so far (user and system), in ms. */
export function cpuMsOf(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_SECOND;
  } catch {
    return Number.NaN;
  }
}

async function waitFor(url: string): Promise<void> {
  for (let i = 0; i < 120; i++) {
    if (
      await fetch(url).then(
        (response) => response.ok,
        () => false,
      )
    )
      return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${url} did not answer`);
}
