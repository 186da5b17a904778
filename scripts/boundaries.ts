// `npm run lint:boundaries`: the imports checked against the rules of .dependency-cruiser.cjs, and
// the graph per folder (scripts/folder-graph.ts) checked for cycles; either failing fails the run.
// `npm run graph` (--graph): that graph, one line per folder, and its cycles if it has any. Both end
// with a summary: the folders, the rooms (capabilities), the arrows between rooms, the cycles.
// docs/architecture.md ("Allowed arrows") lists what is checked.
import { cruise, format, type ICruiseResult } from "dependency-cruiser";
import extractDepcruiseOptions from "dependency-cruiser/config-utl/extract-depcruise-options";
import extractTSConfig from "dependency-cruiser/config-utl/extract-ts-config";
import { FOLDER_PATTERN, folderCycles, folderGraph, roomArrows, roomsOf } from "./folder-graph";

const SOURCES = ["app", "components", "lib", "scripts", "prisma", "i18n", "proxy.ts", "tests", "e2e"];
/** Tests may put any parts together (as in .dependency-cruiser.cjs): they are no part of the folder graph. */
const TESTS = "\\.test\\.tsx?$|^tests/|^e2e/";

const options = await extractDepcruiseOptions("./.dependency-cruiser.cjs");
const result = (await cruise(SOURCES, options, {}, { tsConfig: extractTSConfig("tsconfig.json") }))
  .output as ICruiseResult;
const collapsed = JSON.parse(
  (await format(result, { outputType: "json", exclude: TESTS, collapse: FOLDER_PATTERN })).output as string,
) as ICruiseResult;
const graph = folderGraph(collapsed.modules);
const cycles = folderCycles(graph);
const cycleLines = cycles.map((cycle) => `  error no-cycle-between-folders: ${cycle.join(" → ")}`);
const rooms = roomsOf(options.ruleSet?.forbidden ?? []);
const arrows = roomArrows(graph, rooms);
const summary = [
  "Module graph summary:",
  `  folders: ${graph.size} nodes, ${[...graph.values()].reduce((sum, targets) => sum + targets.length, 0)} arrows between them`,
  `  rooms (one door each, lib/<room>/index.ts): ${rooms.join(", ")}`,
  `  arrows between rooms: ${arrows.length === 0 ? "none" : arrows.join(", ")}`,
  `  cycles: ${cycles.length === 0 ? "none" : cycles.map((cycle) => cycle.join(" → ")).join("; ")}`,
].join("\n");

if (process.argv.includes("--graph")) {
  console.log(`Imports between folders (${graph.size} nodes; a file at lib/'s top is a node of its own):\n`);
  for (const [node, targets] of graph) if (targets.length > 0) console.log(`${node} → ${targets.join(", ")}`);
  console.log(
    cycles.length === 0
      ? "\nNo cycle between folders."
      : `\n${cycles.length} cycles between folders:\n${cycleLines.join("\n")}`,
  );
  console.log(`\n${summary}`);
} else {
  const report = await format(result, { outputType: "err" });
  process.stdout.write(report.output as string);
  if (cycles.length > 0)
    console.log(
      `\n${cycleLines.join("\n")}\n\nx ${cycles.length} cycles between folders (npm run graph shows the graph)`,
    );
  else console.log(`✔ no cycle between folders (${graph.size} nodes)`);
  console.log(`\n${summary}`);
  process.exitCode = report.exitCode > 0 || cycles.length > 0 ? 1 : 0;
}
