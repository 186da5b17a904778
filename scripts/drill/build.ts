// The production build the drills start the app from: reused when current (in CI the end-to-end
// tests' build is already there), else made once.
import { spawnSync } from "node:child_process";
import { buildIsStale } from "../build-state";
import { nextBin } from "../next-server";

export function buildWhenStale(root: string, log: (line: string) => void): void {
  if (!buildIsStale(root)) return log("the production build in .next is current: reusing it");
  log("no current production build: building (one to three minutes)");
  // The type check is `npm run typecheck`'s job; the build here only has to run.
  const build = spawnSync(process.execPath, [nextBin(root), "build"], {
    cwd: root,
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", ZUGANG_BUILD_SKIP_TYPECHECK: "1" },
    stdio: "inherit",
  });
  if (build.status !== 0) throw new Error("next build failed");
}
