import type { IModule } from "dependency-cruiser";
import { describe, expect, it } from "vitest";
import { folderCycles, folderGraph, type FolderGraph } from "./folder-graph";

const moduleOf = (source: string, targets: string[], extra: Partial<IModule> = {}) =>
  ({ source, dependencies: targets.map((resolved) => ({ resolved, coreModule: resolved === "node:crypto", couldNotResolve: false })), ...extra }) as unknown as IModule;

describe("folder graph", () => {
  it("keeps the project's own nodes: no packages, no Node modules, no node importing itself", () => {
    const graph = folderGraph([
      moduleOf("lib/booking", ["lib/booking", "lib/notifications", "lib/notifications", "node_modules/zod/index.js", "node:crypto"]),
      moduleOf("lib/notifications", ["lib/db.ts"]),
      moduleOf("node:crypto", [], { coreModule: true }),
      moduleOf("node_modules/zod/index.js", []),
    ]);
    expect([...graph.entries()]).toEqual([
      ["lib/booking", ["lib/notifications"]],
      ["lib/notifications", ["lib/db.ts"]],
    ]);
  });

  it("finds a cycle of two folders and one of three, each once", () => {
    const graph: FolderGraph = new Map([
      ["lib/booking", ["lib/db.ts", "lib/notifications"]],
      ["lib/notifications", ["lib/booking"]],
      ["lib/api", ["lib/journey"]],
      ["lib/journey", ["lib/openapi"]],
      ["lib/openapi", ["lib/api"]],
      ["lib/db.ts", []],
    ]);
    expect(folderCycles(graph)).toEqual([
      ["lib/api", "lib/journey", "lib/openapi", "lib/api"],
      ["lib/booking", "lib/notifications", "lib/booking"],
    ]);
  });

  it("finds nothing where the arrows point one way", () => {
    const graph: FolderGraph = new Map([
      ["lib/worker", ["lib/booking", "lib/notifications"]],
      ["lib/booking", ["lib/notifications", "lib/db.ts"]],
      ["lib/notifications", ["lib/db.ts"]],
    ]);
    expect(folderCycles(graph)).toEqual([]);
  });
});
