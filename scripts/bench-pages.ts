// npm run bench:pages — builds the production app (unless BENCH_SKIP_BUILD=1 and a build exists, or,
// with --small, the build is current),
// starts it on a fresh database, fetches every citizen page and prints per page: the gzipped HTML,
// the gzipped JavaScript the page loads, and that JavaScript minus the framework's share. The
// framework's share is what a bare Next.js page of the same build loads: the root not-found page
// (app/not-found.tsx, a server component with no client code), fetched the same way in the same run.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { recreateDatabase, startEmbeddedPostgres, type EmbeddedServer } from "@/lib/db/embedded";
import { prepareDatabase } from "@/lib/db/prepare";
import { seed } from "@/prisma/seed";
import { assertLocalDatabase } from "@/tests/assert-local-database";
import { buildIsStale } from "./build-state";
import { smallRun } from "./bench-size";
import { nextArgs, nextBin } from "./next-server";

const root = process.cwd();
const port = Number(process.env.BENCH_PORT ?? 3199);
const base = `http://127.0.0.1:${port}`;
const DATABASE = `zugang_bench_${port}`;
const HTML_LIMIT_KB = 30;
const OWN_JS_LIMIT_KB = 20;
const BASELINE_PATH = "/bench-baseline-page-that-does-not-exist";

const gzipped = (bytes: Buffer | string) => gzipSync(bytes).length;
const kb = (bytes: number) => (bytes / 1024).toFixed(1);

async function waitForHealth(server: ChildProcess): Promise<void> {
  for (let attempt = 0; attempt < 120; attempt += 1) {
    if (server.exitCode !== null) throw new Error("the app exited before it answered");
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error("the app did not answer in time");
}

const scriptCache = new Map<string, number>();
async function scriptSize(src: string): Promise<number> {
  const url = new URL(src, base).toString();
  if (!scriptCache.has(url)) {
    const response = await fetch(url, { headers: { "Accept-Encoding": "identity" } });
    if (!response.ok) throw new Error(`${url}: ${response.status}`);
    scriptCache.set(url, gzipped(Buffer.from(await response.arrayBuffer())));
  }
  return scriptCache.get(url)!;
}

interface Measured {
  path: string;
  status: number;
  html: number;
  scripts: string[];
}

async function measure(pagePath: string): Promise<Measured> {
  const response = await fetch(`${base}${pagePath}`, {
    headers: { "Accept-Encoding": "identity", "Accept-Language": "de" },
    redirect: "manual",
  });
  const html = await response.text();
  // Every external script the page loads (async chunks and the polyfills Next adds with nomodule are
  // counted alike; inline scripts are part of the HTML).
  const scripts = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((match) => match[1].replace(/&amp;/g, "&"));
  for (const src of scripts) await scriptSize(src);
  return { path: pagePath, status: response.status, html: gzipped(html), scripts: [...new Set(scripts)] };
}

async function postForm(pagePath: string, fields: Record<string, string>): Promise<string> {
  const response = await fetch(`${base}${pagePath}`, {
    method: "POST",
    body: new URLSearchParams(fields),
    redirect: "manual",
  });
  const location = response.headers.get("location");
  if (response.status !== 303 || !location) throw new Error(`${pagePath}: expected a redirect, got ${response.status}`);
  return location;
}

/** The booking flow's pages up to the details form, for the first free in-person slot. */
async function bookingPages(): Promise<string[]> {
  const query = "requestType=change-report&channel=in-person";
  const locations = (await (await fetch(`${base}/api/v1/locations`)).json()) as {
    locations: { id: string; channels: string[] }[];
  };
  const office = locations.locations.find((location) => location.channels.includes("in-person"));
  if (!office) throw new Error("the demo data has no in-person location");
  const from = new Date().toISOString().slice(0, 10);
  const to = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  const slots = (await (
    await fetch(`${base}/api/v1/slots?${query}&location=${office.id}&from=${from}&to=${to}`)
  ).json()) as { slots: { start: string }[] };
  const start = slots.slots[0]?.start;
  if (!start) throw new Error("no free in-person slot in the next 30 days");
  return [
    `/appointments/new?${query}`,
    `/appointments/new/time?${query}&location=${office.id}&day=${start.slice(0, 10)}`,
    `/appointments/new/details?${query}&location=${office.id}&start=${encodeURIComponent(start)}`,
  ];
}

async function main() {
  // A small run (.ci/run, after the end-to-end tests' build) builds only when the build is not current.
  const skipBuild = smallRun ? !buildIsStale(root) : process.env.BENCH_SKIP_BUILD === "1";
  if (!skipBuild || !existsSync(path.join(root, ".next", "BUILD_ID"))) {
    console.log("building the production app (next build)…");
    const build = spawnSync(process.execPath, [nextBin(root), "build"], {
      cwd: root,
      env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
      stdio: "inherit",
    });
    if (build.status !== 0) throw new Error("next build failed");
  }
  let embedded: EmbeddedServer | undefined;
  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    embedded = await startEmbeddedPostgres({
      dataDir: path.join(root, ".data", "pg-bench"),
      port: Number(process.env.BENCH_PG_PORT ?? 54359),
    });
    adminUrl = embedded.urlFor("postgres");
  }
  assertLocalDatabase(adminUrl);
  const ownerUrl = await recreateDatabase(adminUrl, DATABASE);
  const { appUrl: databaseUrl } = await prepareDatabase(ownerUrl, { seed: (prisma) => seed(prisma, { demo: true }) });
  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
    NEXTAUTH_URL: base,
    PUBLIC_BASE_URL: base,
  };
  const server = spawn(process.execPath, nextArgs(root, "start", "-p", String(port)), {
    cwd: root,
    env,
    stdio: ["ignore", "ignore", "inherit"],
  });
  try {
    await waitForHealth(server);
    const recommendation = await postForm("/journey/continued-benefits/recommend", {
      preference: "digital",
      helpNeed: "always",
      devices: "smartphone-only",
    });
    const emergency = await postForm("/journey/emergency/recommend", { forWhom: "self" });
    const booking = await bookingPages();
    type Kind = "journey" | "booking" | "form" | "information";
    const pages: [kind: Kind, path: string][] = [
      ["journey", "/"],
      ["journey", "/journey/continued-benefits"],
      ["journey", "/journey/emergency"],
      ["journey", recommendation],
      ["journey", emergency],
      ["journey", "/ar"],
      ["journey", "/ar/journey/continued-benefits"],
      ...booking.map((bookingPath): [Kind, string] => ["booking", bookingPath]),
      ["form", "/forms/change-report"],
      ["form", "/forms/continued-benefits"],
      ["form", "/ar/forms/sick-note"],
      ["information", "/accessibility"],
      ["information", "/plain-language"],
      ["information", "/sign-language"],
      ["information", "/privacy"],
      ["information", "/imprint"],
      ["information", "/feedback"],
      ["information", "/feedback/thanks"],
    ];
    const baseline = await measure(BASELINE_PATH);
    const frameworkScripts = new Set(baseline.scripts);
    const sum = (scripts: string[]) =>
      scripts.reduce((total, src) => total + scriptCache.get(new URL(src, base).toString())!, 0);
    const frameworkJs = sum(baseline.scripts);

    const rows: string[] = [];
    const misses: string[] = [];
    for (const [group, pagePath] of pages) {
      const result = await measure(pagePath);
      if (result.status !== 200) throw new Error(`${pagePath} answered ${result.status}`);
      const js = sum(result.scripts);
      const own = sum(result.scripts.filter((src) => !frameworkScripts.has(src)));
      const label = pagePath
        .replace(/\/recommendation\/[0-9a-f-]{36}$/, "/recommendation/<journey>")
        .replace(/location=[0-9a-f-]{36}/, "location=<id>")
        .replace(/day=[0-9-]{10}/, "day=<day>")
        .replace(/start=[^&]+/, "start=<start>");
      rows.push(`| ${label} | ${group} | ${kb(result.html)} | ${kb(js)} | ${kb(own)} |`);
      if (result.html / 1024 >= HTML_LIMIT_KB)
        misses.push(`${label}: HTML ${kb(result.html)} kB ≥ ${HTML_LIMIT_KB} kB`);
      if (group === "journey" && own / 1024 > OWN_JS_LIMIT_KB)
        misses.push(`${label}: own JavaScript ${kb(own)} kB > ${OWN_JS_LIMIT_KB} kB`);
    }
    console.log(
      `\nPages of the production build, gzipped (zlib default level), ${new Date().toISOString().slice(0, 10)}:\n`,
    );
    console.log("| page | kind | HTML kB | JS loaded kB | own JS kB (minus framework) |");
    console.log("|---|---|---:|---:|---:|");
    console.log(
      `| bare Next.js page (root not-found, the framework's share) | baseline | ${kb(baseline.html)} | ${kb(frameworkJs)} | 0.0 |`,
    );
    for (const row of rows) console.log(row);
    console.log(
      `\nTargets: own JavaScript ≤ ${OWN_JS_LIMIT_KB} kB on every journey page, HTML < ${HTML_LIMIT_KB} kB on every page.`,
    );
    console.log(misses.length === 0 ? "All targets met." : `Missed:\n- ${misses.join("\n- ")}`);
  } finally {
    server.kill("SIGTERM");
    await new Promise((resolve) => server.once("exit", resolve));
    await embedded?.stop().catch(() => undefined);
  }
}

main().catch((error: Error) => {
  console.error(`bench:pages: ${error.message}`);
  process.exit(1);
});
