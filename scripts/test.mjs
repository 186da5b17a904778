// npm test: every layer in turn — type check, lint and import boundaries, unit, integration (real PostgreSQL),
// end-to-end (Chromium) — stopping at the first that fails, and the time each one took.
// The production build the end-to-end tests run against is made while the unit and integration
// tests run (on two cores the build and the database-bound tests share the machine well); it starts
// after the type check, which reads the types the build writes into .next. Its output is shown only
// when it fails. E2E_SKIP_BUILD=1 skips it (a build of the current code is already there).
import { spawn, spawnSync } from "node:child_process";

const layers = [
  ["type check, lint and import boundaries", "check"],
  ["unit tests", "test:unit"],
  ["integration tests", "test:integration"],
  ["end-to-end tests", "test:e2e"],
];

const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(0)} s`;
const timings = [];
const started = Date.now();

/** The build, started now; resolves to its exit status, its output and its time. */
function startBuild() {
  const start = Date.now();
  const child = spawn(npm, ["exec", "--", "tsx", "scripts/e2e-server.ts", "--build-only"], { stdio: ["ignore", "pipe", "pipe"], detached: process.platform !== "win32" });
  const output = [];
  child.stdout.on("data", (chunk) => output.push(chunk));
  child.stderr.on("data", (chunk) => output.push(chunk));
  const done = new Promise((resolve) => child.on("close", (status) => resolve({ status, output: Buffer.concat(output).toString(), time: seconds(start) })));
  const stop = () => {
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      child.kill("SIGTERM");
    }
  };
  return { done, stop };
}

let build = null;
let failed;
for (const [name, script] of layers) {
  const env = { ...process.env };
  if (script === "test:e2e" && build) {
    const result = await build.done;
    timings.push(`end-to-end build (alongside unit and integration tests): ${result.time}`);
    if (result.status !== 0) {
      process.stdout.write(result.output);
      failed = `the end-to-end build failed (exit ${result.status})`;
      break;
    }
    env.E2E_SKIP_BUILD = "1";
  }
  const start = Date.now();
  const { status, signal } = spawnSync(npm, ["run", "--silent", script], { stdio: "inherit", env });
  timings.push(`${name}: ${seconds(start)}${status === 0 ? "" : " (failed)"}`);
  if (status !== 0) {
    failed = signal ? `${name} ended by ${signal}` : `${name} failed (exit ${status})`;
    break;
  }
  if (script === "check" && process.env.E2E_SKIP_BUILD !== "1") build = startBuild();
}
if (failed) build?.stop();
console.log(`\nnpm test: ${timings.join(", ")}; ${seconds(started)} in all`);
if (failed) {
  console.error(`npm test: ${failed}`);
  process.exit(1);
}
