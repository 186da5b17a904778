// The benchmarks' two sizes: full (the figures the docs quote) and small (`--small`, or
// BENCH_SIZE=small): the same steps on a few thousand rows at most, which .ci/run runs so that no
// benchmark rots unnoticed. A small run must reach its table without an error; its figures mean
// nothing and its targets are not checked.
export const smallRun = process.argv.includes("--small") || process.env.BENCH_SIZE === "small";

/** `full` normally, `small` in a small run. */
export const sized = <T>(full: T, small: T): T => (smallRun ? small : full);
