// The import graph per folder, as dependency-cruiser collapses it (FOLDER_PATTERN), and the cycles
// in it. A folder of lib/ is one node however deep its files lie, and each file at lib/'s top is a
// node of its own: dependency-cruiser's own folder rules keep every subfolder (lib/forms/storage)
// apart and merge all of lib/'s top files into "lib", so a cycle through either would pass them.
import type { IForbiddenRuleType, IModule } from "dependency-cruiser";

/** What a node of the graph is: lib/<folder>, app/<folder>, components/<folder>, prisma/<folder>, or i18n, messages, scripts. */
export const FOLDER_PATTERN = "^(app|components|lib|prisma)/[^/]+|^(i18n|messages|scripts)(?=/)";

export type FolderGraph = Map<string, string[]>;

/** The project's own nodes and what each imports (packages and Node's own modules left out). */
export function folderGraph(collapsed: IModule[]): FolderGraph {
  const own = (name: string) => !name.startsWith("node_modules/");
  const graph: FolderGraph = new Map();
  for (const node of collapsed) {
    if (node.coreModule || !own(node.source)) continue;
    const targets = node.dependencies.filter(
      (dependency) => !dependency.coreModule && !dependency.couldNotResolve && own(dependency.resolved),
    );
    graph.set(
      node.source,
      [...new Set(targets.map((dependency) => dependency.resolved))].filter((target) => target !== node.source).sort(),
    );
  }
  return graph;
}

/** The shortest way from `start` back to itself, as the nodes passed (start first and last), if any. */
function shortestCycle(graph: FolderGraph, start: string): string[] | undefined {
  const cameFrom = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const node = queue.shift()!;
    for (const next of graph.get(node) ?? []) {
      if (next === start) {
        const path = [node];
        while (path[0] !== start) path.unshift(cameFrom.get(path[0])!);
        return [...path, start];
      }
      if (!cameFrom.has(next)) {
        cameFrom.set(next, node);
        queue.push(next);
      }
    }
  }
  return undefined;
}

/** One cycle for each node on a cycle that no cycle reported before passes through. */
export function folderCycles(graph: FolderGraph): string[][] {
  const reported = new Set<string>();
  const cycles: string[][] = [];
  for (const start of [...graph.keys()].sort()) {
    if (reported.has(start)) continue;
    const cycle = shortestCycle(graph, start);
    if (!cycle) continue;
    for (const node of cycle) reported.add(node);
    cycles.push(cycle);
  }
  return cycles;
}

/** The name of the rule (.dependency-cruiser.cjs) that lets only a room's door be imported from outside it. */
export const DOOR_RULE = "no-reaching-into-capability-internals";

/** The rooms (capabilities) of lib/, in the order the configuration lists them: one door rule each. */
export function roomsOf(forbidden: IForbiddenRuleType[]): string[] {
  return forbidden
    .filter((rule) => rule.name === DOOR_RULE)
    .map((rule) => {
      const to = "to" in rule ? String(rule.to.path) : "";
      const room = /^\^lib\/([a-z-]+)\/$/.exec(to)?.[1];
      if (!room) throw new Error(`${DOOR_RULE}: to.path ${to} names no folder of lib/`);
      return room;
    });
}

/** The arrows from one room's folder to another's, as "lib/booking → lib/notifications". */
export function roomArrows(graph: FolderGraph, rooms: string[]): string[] {
  const folders = new Set(rooms.map((room) => `lib/${room}`));
  return [...graph].flatMap(([node, targets]) =>
    folders.has(node) ? targets.filter((target) => folders.has(target)).map((target) => `${node} → ${target}`) : [],
  );
}
