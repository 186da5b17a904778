// How the scripts start the Next.js server (`npm start`, the end-to-end tests' server, the
// benchmarks): one place for where its commands live.
import path from "node:path";

export const nextBin = (root: string) => path.join(root, "node_modules", "next", "dist", "bin", "next");

/** The arguments for process.execPath that run `next <command>`. */
export const nextArgs = (root: string, ...command: string[]) => [nextBin(root), ...command];

/** The arguments for process.execPath that run the production app process (scripts/serve.ts, on PORT and HOSTNAME). */
export const serveArgs = (root: string) => ["--import", "tsx", path.join(root, "scripts", "serve.ts")];
