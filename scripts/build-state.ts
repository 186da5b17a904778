// Whether the production build in .next is older than the sources it was made from: `npm start`
// builds again then, and the drills reuse a build that is current (in CI the end-to-end tests'
// build is already there).
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

/** Sources a production build depends on: a change in any of them calls for a new build. */
const BUILD_INPUTS = [
  "app",
  "components",
  "lib",
  "i18n",
  "messages",
  "prisma/schema.prisma",
  "proxy.ts",
  "next.config.js",
  "postcss.config.mjs",
  "package-lock.json",
];

function newestChange(entry: string): number {
  if (!existsSync(entry)) return 0;
  const info = statSync(entry);
  if (!info.isDirectory()) return info.mtimeMs;
  return readdirSync(entry, { withFileTypes: true })
    .filter((child) => child.name !== "generated" && !child.name.endsWith(".test.ts"))
    .reduce((newest, child) => Math.max(newest, newestChange(path.join(entry, child.name))), info.mtimeMs);
}

export function buildIsStale(root: string): boolean {
  const buildId = path.join(root, ".next", "BUILD_ID");
  if (!existsSync(buildId)) return true;
  const builtAt = statSync(buildId).mtimeMs;
  return BUILD_INPUTS.some((input) => newestChange(path.join(root, input)) > builtAt);
}
