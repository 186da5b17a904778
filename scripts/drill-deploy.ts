// npm run drill:deploy — the deployment drill (docs/operations.md): on a fresh database of the
// machine's PostgreSQL, Debian's nginx (configured from deploy/nginx/zugang.conf) in front of two
// app processes and the worker; bookings and page requests sent continuously through nginx and
// call displays kept open through it while the app processes are restarted one at a time with
// SIGTERM, as `systemctl restart zugang@<port>` does. Prints requests sent and failed, displays
// reconnected and the longest gap a display saw; exits 1 when a request failed or a display did
// not reconnect. nginx listens on DRILL_PORT (else the first free of 39280, 39290, …), the app
// processes on the two ports after it.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createPrismaClient } from "@/lib/db";
import { isPortFree } from "@/lib/db/embedded";
import { prepareDatabase } from "@/lib/db/prepare";
import { addDays, berlinDate } from "@/lib/time";
import { seed } from "@/prisma/seed";
import { createTestLocation } from "@/tests/booking";
import { buildWhenStale } from "./drill/build";
import { createDrillDatabase, drillAdminUrl } from "./drill/database";
import { DrillDisplay, type DisplayReport } from "./drill/display";
import { checkShippedSite, startNginx } from "./drill/nginx";
import {
  appProcessCommand,
  isRunning,
  logTail,
  startNode,
  stopProcess,
  waitForHealth,
  workerCommand,
  type Started,
} from "./drill/processes";
import { DrillTraffic } from "./drill/traffic";

const root = process.cwd();
const DISPLAYS = 4;
/** systemd's TimeoutStopSec in deploy/systemd/zugang@.service */
const STOP_GRACE_MS = 20_000;
/** traffic before the first restart and after the last */
const SETTLE_MS = 4_000;
const API_KEY = randomBytes(16).toString("hex");

const log = (line: string) => console.log(`drill: ${line}`);

/** A location open every day with room for every booking the drill sends, and its display's token. */
async function drillLocation(databaseUrl: string) {
  const prisma = createPrismaClient(databaseUrl);
  try {
    const location = await createTestLocation(prisma, { capacity: 500, slug: "drill" });
    const { displayToken } = await prisma.queueLocation.findUniqueOrThrow({ where: { locationId: location.id } });
    return { locationId: location.id, displayToken };
  } finally {
    await prisma.$disconnect();
  }
}

async function freeSlots(base: string, locationId: string): Promise<string[]> {
  const from = addDays(berlinDate(new Date()), 1);
  const query = `requestType=change-report&channel=in-person&location=${locationId}&from=${from}&to=${addDays(from, 20)}`;
  const response = await fetch(`${base}/api/v1/slots?${query}`, { headers: { "X-Api-Key": API_KEY } });
  if (!response.ok) throw new Error(`GET /api/v1/slots answered ${response.status}`);
  const { slots } = (await response.json()) as { slots: { start: string }[] };
  if (slots.length === 0) throw new Error("the drill's location has no free slots");
  return slots.map((slot) => slot.start);
}

/** What the shipped rules promise, seen from outside: pages compressed, the event stream not. */
async function checkProxyRules(base: string, displayToken: string): Promise<void> {
  const page = await fetch(`${base}/`, { headers: { "Accept-Encoding": "gzip", "Accept-Language": "de" } });
  await page.arrayBuffer();
  if (page.headers.get("content-encoding") !== "gzip") throw new Error("nginx did not compress the start page");
  const stream = await fetch(`${base}/display/${displayToken}/events`, { headers: { "Accept-Encoding": "gzip" } });
  const encoding = stream.headers.get("content-encoding");
  await stream.body?.cancel();
  if (encoding) throw new Error(`nginx compressed the event stream (${encoding})`);
  log("through nginx: the start page gzip-compressed, the event stream not");
}

/**
 * nginx's port and the two after it for the app processes: DRILL_PORT's, or else the first of
 * 39280, 39290, … whose three ports are free (these lie in the system's range of outgoing ports, so
 * a connection of another program may hold one of them for a moment).
 */
async function drillPorts(): Promise<number> {
  const allFree = async (base: number) =>
    (await Promise.all([base, base + 1, base + 2].map((port) => isPortFree(port)))).every(Boolean);
  if (process.env.DRILL_PORT) {
    const base = Number(process.env.DRILL_PORT);
    if (!(await allFree(base)))
      throw new Error(`port ${base}, ${base + 1} or ${base + 2} is in use; set DRILL_PORT to another port`);
    return base;
  }
  for (let base = 39280; base < 39680; base += 10) if (await allFree(base)) return base;
  throw new Error("no three free ports from 39280 to 39679; set DRILL_PORT to a free one");
}

async function main() {
  const nginxPort = await drillPorts();
  const appPorts = [nginxPort + 1, nginxPort + 2];
  buildWhenStale(root, log);

  const adminUrl = drillAdminUrl();
  const database = await createDrillDatabase(adminUrl, "deploy");
  const workDir = mkdtempSync(path.join(tmpdir(), "zugang-drill-"));
  const started: Started[] = [];
  const displays: DrillDisplay[] = [];
  try {
    await prepareDatabase(database.url, { seed: (prisma) => seed(prisma, { demo: true }) });
    const { locationId, displayToken } = await drillLocation(database.url);
    log(`database ${database.name} migrated and seeded`);

    const base = `http://127.0.0.1:${nginxPort}`;
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: database.url,
      NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
      NEXTAUTH_URL: base,
      PUBLIC_BASE_URL: base,
      TRUSTED_PROXY_HOPS: "1",
      API_KEYS: API_KEY,
      NEXT_TELEMETRY_DISABLED: "1",
      ZUGANG_TEST_MODE: "0",
    };
    const startApp = (index: number) => {
      const appEnv = { ...env, PORT: String(appPorts[index]), HOSTNAME: "127.0.0.1" };
      return startNode(`app-${appPorts[index]}`, appProcessCommand(root, appPorts[index], appEnv), {
        root,
        env: appEnv,
        logDir: workDir,
      });
    };
    const apps = appPorts.map((_, index) => startApp(index));
    started.push(...apps);
    const worker = startNode("worker", workerCommand(root), { root, env, logDir: workDir });
    started.push(worker);
    for (const [index, app] of apps.entries())
      await waitForHealth(`http://127.0.0.1:${appPorts[index]}/api/health`, app);
    await checkShippedSite(root, path.join(workDir, "site-test"));
    log("nginx -t accepts the whole shipped site (TLS and HTTP/2, with a throwaway certificate)");
    const nginx = await startNginx({ root, prefix: path.join(workDir, "nginx"), listenPort: nginxPort, appPorts });
    started.push(nginx);
    await waitForHealth(`${base}/api/health`, nginx, 20_000);
    log(`nginx on port ${nginxPort} in front of app processes on ports ${appPorts.join(" and ")}, and the worker`);

    for (let i = 0; i < DISPLAYS; i++) displays.push(new DrillDisplay(`${base}/display/${displayToken}/events`));
    await Promise.all(displays.map((display) => display.open()));
    log(`${DISPLAYS} call displays open`);
    await checkProxyRules(base, displayToken);

    const traffic = new DrillTraffic(base, {
      apiKey: API_KEY,
      locationId,
      slots: await freeSlots(base, locationId),
      pagePaths: [
        "/",
        "/appointments/new?requestType=change-report&channel=in-person",
        `/api/v1/slots?requestType=change-report&channel=in-person&location=${locationId}&from=${addDays(berlinDate(new Date()), 1)}&to=${addDays(berlinDate(new Date()), 7)}`,
        "/api/health",
      ],
    });
    traffic.start();
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    for (const [index, app] of apps.entries()) {
      const stopped = await stopProcess(app, STOP_GRACE_MS);
      log(
        `app process on port ${appPorts[index]}: SIGTERM, ended after ${stopped.ms} ms${stopped.killed ? " (killed after the grace time)" : ""}`,
      );
      const again = startApp(index);
      apps[index] = again;
      started.push(again);
      const ms = await waitForHealth(`http://127.0.0.1:${appPorts[index]}/api/health`, again);
      log(`app process on port ${appPorts[index]}: started again, answering after ${ms} ms`);
    }
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    const report = await traffic.stop();
    // A display whose stream broke in the last moments gets its retry time to connect again.
    const deadline = Date.now() + 15_000;
    while (displays.some((display) => !display.connected) && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 200));
    const shown: DisplayReport[] = await Promise.all(displays.map((display) => display.stop()));
    displays.length = 0;
    if (!isRunning(worker.child)) throw new Error(`the worker ended during the drill:\n${logTail(worker)}`);

    const reconnected = shown.filter((display) => display.reconnected).length;
    const broken = shown.filter((display) => display.breaks > 0).length;
    console.log("\n| measure | value |\n|---|---|");
    console.log(`| requests sent through nginx | ${report.sent} (${report.booked} bookings made) |`);
    console.log(`| requests failed | ${report.failed} |`);
    console.log(`| displays reconnected | ${reconnected} of ${DISPLAYS} (${broken} lost their stream at least once) |`);
    console.log(`| longest gap a display saw | ${Math.max(0, ...shown.map((display) => display.longestGapMs))} ms |`);
    for (const [failure, count] of report.failures) console.log(`failed: ${count} × ${failure}`);
    for (const display of shown) if (display.gaveUp) console.log(`a display gave up: ${display.gaveUp}`);
    if (report.failed > 0 || reconnected < DISPLAYS) {
      console.log("drill: FAILED (target: 0 failed, every display reconnected)");
      process.exitCode = 1;
    } else {
      console.log("drill: passed");
    }
  } finally {
    await Promise.all(displays.map((display) => display.stop()));
    await Promise.all(started.map((process) => stopProcess(process, 10_000)));
    await database
      .drop()
      .catch((error: Error) => console.error(`drill: could not drop ${database.name}: ${error.message}`));
    // DRILL_KEEP_LOGS=1 keeps the processes' and nginx's logs to read after a failed drill.
    if (process.env.DRILL_KEEP_LOGS === "1") log(`logs kept in ${workDir}`);
    else rmSync(workDir, { recursive: true, force: true });
  }
}

main().catch((error: Error) => {
  console.error(`drill: ${error.message}${error.cause instanceof Error ? ` (${error.cause.message})` : ""}`);
  process.exit(1);
});
