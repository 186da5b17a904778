// npm test: every layer — type check, lint and import boundaries, unit, integration (real PostgreSQL),
// end-to-end (Chromium) — stopping at the first that fails, and the time each one took.
// On two cores, steps that do not need each other run side by side, as each of the first four uses
// mostly one core: the type check, the lint, the import boundaries and the unit tests together.
// The production build the end-to-end tests run against starts once the type check is done (the
// type check reads the route types the build writes into .next) and runs beside the rest of them
// and the integration tests. The end-to-end tests run last, on that build. A step that runs beside
// others shows its output when it ends, in one piece; the build's only when it fails.
// E2E_SKIP_BUILD=1 skips the build (a build of the current code is already there).
// The end-to-end tests need a browser, and the metrics spec Prometheus' promtool: without either,
// npm test stops before anything runs and says in one line what to install, rather than failing
// end-to-end tests with Playwright's own advice.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";

/** The browser playwright.config.ts would launch: CHROMIUM_PATH, the system's Chromium, or Playwright's own. */
async function browserFound() {
  const system = [process.env.CHROMIUM_PATH, "/usr/bin/chromium"].filter(Boolean);
  if (system.some((candidate) => existsSync(candidate))) return true;
  const { chromium } = await import("@playwright/test");
  return existsSync(chromium.executablePath());
}

if (!(await browserFound())) {
  console.error(
    "npm test: no browser for the end-to-end tests: install Chromium (Debian: apt-get install chromium) or set CHROMIUM_PATH to a Chromium or Chrome.",
  );
  process.exit(1);
}
if (!existsSync(process.env.PROMTOOL_PATH ?? "/usr/bin/promtool")) {
  console.error(
    "npm test: no promtool for the metrics check: install Prometheus' tools (Debian: apt-get install prometheus) or set PROMTOOL_PATH.",
  );
  process.exit(1);
}

const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(0)} s`;
const started = Date.now();
const running = new Set();

/**
 * One step as a child process (its own process group, so that stopping it stops what it started).
 * Output is collected (`quiet`) or passed through. Resolves to its exit status, output and time.
 */
function step(name, args, { quiet, env = process.env }) {
  const start = Date.now();
  const child = spawn(npm, args, {
    stdio: quiet ? ["ignore", "pipe", "pipe"] : "inherit",
    env,
    detached: process.platform !== "win32",
  });
  const output = [];
  child.stdout?.on("data", (chunk) => output.push(chunk));
  child.stderr?.on("data", (chunk) => output.push(chunk));
  const stop = () => {
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      child.kill("SIGTERM");
    }
  };
  running.add(stop);
  const done = new Promise((resolve) =>
    child.on("close", (status, signal) => {
      running.delete(stop);
      resolve({ name, status, signal, output: Buffer.concat(output).toString(), time: seconds(start) });
    }),
  );
  return { done, stop };
}

const script = (name, scriptName, options) => step(name, ["run", "--silent", scriptName], options);

function stopAll() {
  for (const stop of running) stop();
}

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    stopAll();
    process.exit(130);
  });
}

const timings = [];
function finish(failed) {
  stopAll();
  console.log(`\nnpm test: ${timings.join(", ")}; ${seconds(started)} in all`);
  if (failed) {
    console.error(`npm test: ${failed}`);
    process.exit(1);
  }
}

const failure = ({ name, status, signal }) =>
  status === 0 ? null : signal ? `${name} ended by ${signal}` : `${name} failed (exit ${status})`;

// 1. Type check, lint, import boundaries and unit tests side by side; the build after the type check.
const sideBySide = Date.now();
let build = null;
const first = [
  script("type check", "typecheck", { quiet: true }),
  script("lint", "lint", { quiet: true }),
  script("import boundaries", "lint:boundaries", { quiet: true }),
  script("unit tests", "test:unit", { quiet: true }),
].map(({ done }) =>
  done.then((result) => {
    process.stdout.write(
      `\n── ${result.name}: ${result.status === 0 ? "passed" : "FAILED"} (${result.time}) ──\n${result.output}`,
    );
    timings.push(`${result.name}: ${result.time}${result.status === 0 ? "" : " (failed)"}`);
    if (result.name === "type check" && result.status === 0 && process.env.E2E_SKIP_BUILD !== "1") {
      build = step("end-to-end build", ["exec", "--", "tsx", "scripts/e2e-server.ts", "--build-only"], { quiet: true });
    }
    return result;
  }),
);
const firstResults = await Promise.all(first);
timings.push(`(these four side by side: ${seconds(sideBySide)})`);
const firstFailure = firstResults.map(failure).find(Boolean);
if (firstFailure) finish(firstFailure);

// 2. Integration tests, beside the build.
const integration = await script("integration tests", "test:integration", { quiet: false }).done;
timings.push(`integration tests: ${integration.time}${integration.status === 0 ? "" : " (failed)"}`);
if (failure(integration)) finish(failure(integration));

// 3. End-to-end tests on the build.
const env = { ...process.env };
if (build) {
  const result = await build.done;
  timings.push(`end-to-end build (from the end of the type check, beside the rest): ${result.time}`);
  if (result.status !== 0) {
    process.stdout.write(result.output);
    finish(`the end-to-end build failed (exit ${result.status})`);
  }
  env.E2E_SKIP_BUILD = "1";
}
const e2e = await script("end-to-end tests", "test:e2e", { quiet: false, env }).done;
timings.push(`end-to-end tests: ${e2e.time}${e2e.status === 0 ? "" : " (failed)"}`);
finish(failure(e2e));
