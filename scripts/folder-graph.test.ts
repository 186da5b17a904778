import type { IForbiddenRuleType, IModule } from "dependency-cruiser";
import { describe, expect, it } from "vitest";
import { DOOR_RULE, folderCycles, folderGraph, roomArrows, roomsOf, type FolderGraph } from "./folder-graph";

const moduleOf = (source: string, targets: string[], extra: Partial<IModule> = {}) =>
  ({
    source,
    dependencies: targets.map((resolved) => ({
      resolved,
      coreModule: resolved === "node:crypto",
      couldNotResolve: false,
    })),
    ...extra,
  }) as unknown as IModule;

describe("folder graph", () => {
  it("keeps the project's own nodes: no packages, no Node modules, no node importing itself", () => {
    const graph = folderGraph([
      moduleOf("lib/booking", [
        "lib/booking",
        "lib/notifications",
        "lib/notifications",
        "node_modules/zod/index.js",
        "node:crypto",
      ]),
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

describe("rooms", () => {
  const doorRule = (room: string) =>
    ({
      name: DOOR_RULE,
      from: { pathNot: [`^lib/${room}/`] },
      to: { path: `^lib/${room}/`, pathNot: `^lib/${room}/index\\.ts$` },
    }) as IForbiddenRuleType;

  it("are the folders the door rules guard, in their order; other rules name none", () => {
    expect(
      roomsOf([{ name: "no-cycle", from: {}, to: { circular: true } }, doorRule("journey"), doorRule("booking")]),
    ).toEqual(["journey", "booking"]);
  });

  it("refuses a door rule that guards no single folder of lib/", () => {
    expect(() => roomsOf([{ ...doorRule("booking"), to: { path: "^lib/(booking|forms)/" } }])).toThrow(
      /names no folder of lib/,
    );
  });

  it("have arrows between them only where one room's folder imports another's", () => {
    const graph: FolderGraph = new Map([
      ["lib/booking", ["lib/db.ts", "lib/notifications"]],
      ["lib/forms", ["lib/journey", "lib/notifications", "lib/api"]],
      ["lib/worker", ["lib/booking", "lib/forms"]],
      ["app/api", ["lib/booking"]],
    ]);
    expect(roomArrows(graph, ["journey", "booking", "forms", "notifications"])).toEqual([
      "lib/booking → lib/notifications",
      "lib/forms → lib/journey",
      "lib/forms → lib/notifications",
    ]);
  });
});
