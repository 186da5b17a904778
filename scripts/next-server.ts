// How the scripts start the Next.js server (`npm start`, the end-to-end tests' server, the
// benchmarks): one place for where its command lives.
import path from "node:path";

export const nextBin = (root: string) => path.join(root, "node_modules", "next", "dist", "bin", "next");

/** The arguments for process.execPath that run `next <command>`. */
export const nextArgs = (root: string, ...command: string[]) => [nextBin(root), ...command];
