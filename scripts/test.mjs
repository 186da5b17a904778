// npm test: every layer in turn — type check, lint and import boundaries, unit, integration (real PostgreSQL),
// end-to-end (Chromium) — stopping at the first that fails, and the time each one took.
import { spawnSync } from "node:child_process";

const layers = [
  ["type check, lint and import boundaries", "check"],
  ["unit tests", "test:unit"],
  ["integration tests", "test:integration"],
  ["end-to-end tests", "test:e2e"],
];

const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const timings = [];
const started = Date.now();
let failed;
for (const [name, script] of layers) {
  const start = Date.now();
  const { status, signal } = spawnSync(npm, ["run", "--silent", script], { stdio: "inherit" });
  timings.push(`${name}: ${((Date.now() - start) / 1000).toFixed(0)} s${status === 0 ? "" : " (failed)"}`);
  if (status !== 0) {
    failed = signal ? `${name} ended by ${signal}` : `${name} failed (exit ${status})`;
    break;
  }
}
console.log(`\nnpm test: ${timings.join(", ")}; ${((Date.now() - started) / 1000).toFixed(0)} s in all`);
if (failed) {
  console.error(`npm test: ${failed}`);
  process.exit(1);
}
