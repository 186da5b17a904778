// docs/architecture.md against the code: its rules are the ones .dependency-cruiser.cjs enforces,
// its rooms the ones the door rule guards, every file it names exists, each step of its walks names
// what its file defines or imports (not merely mentions), and a walk names the migration that
// defines a database function as it is now.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type { IConfiguration } from "dependency-cruiser";
import { describe, expect, it } from "vitest";
import { roomsOf } from "./folder-graph";

const root = path.resolve(import.meta.dirname, "..");
const doc = readFileSync(path.join(root, "docs/architecture.md"), "utf8");
const config = createRequire(import.meta.url)(path.join(root, ".dependency-cruiser.cjs")) as IConfiguration;
const forbidden = config.forbidden ?? [];

/** The text of a section, from its heading to the next heading of the same or a higher level. */
function section(heading: string): string {
  const start = doc.indexOf(`\n${heading}\n`);
  if (start < 0) throw new Error(`docs/architecture.md has no section "${heading}"`);
  const level = heading.match(/^#+/)![0];
  const rest = doc.slice(start + heading.length + 2);
  const end = rest.search(new RegExp(`\\n#{1,${level.length}} `));
  return end < 0 ? rest : rest.slice(0, end);
}

/** The first cell of each row of the section's table (header and rule excluded), without backticks. */
const firstCells = (text: string) => [...text.matchAll(/^\| `([^`]+)` \|/gm)].map((match) => match[1]);

/** What a step of a walk names: "1. `file` — `name`, `name`: what happens". */
const steps = [...section("## Two walks through the code").matchAll(/^\d+\. `([^`]+)` — ((?:`[^`]+`(?:, )?)+):/gm)].map(
  (match) => ({
    file: match[1],
    names: [...match[2].matchAll(/`([^`]+)`/g)].map((name) => name[1]),
  }),
);

/** The source without its comments, so that a name mentioned only in a comment does not count. */
const withoutComments = (source: string, sql: boolean) =>
  sql
    ? source.replace(/--[^\n]*/g, "")
    : source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`])\/\/[^\n]*/g, "$1");

/**
 * Whether a file defines the name (a function, class, constant, type, a property of a type such as a
 * component's prop, a method; in SQL a function) or imports it by name: a page "runs" what it calls through a door as much as what it
 * defines, but a name merely mentioned does not count.
 */
function holds(file: string, name: string): boolean {
  const sql = file.endsWith(".sql");
  const source = withoutComments(readFileSync(path.join(root, file), "utf8"), sql);
  const word = name.replace(/[$]/g, "\\$&");
  if (sql) return new RegExp(`CREATE (OR REPLACE )?FUNCTION "?${word}"?\\s*\\(`, "i").test(source);
  const defined = new RegExp(
    `\\b(function\\*?|const|let|var|class|interface|type|enum)\\s+${word}\\b|^\\s*(export\\s+)?(async\\s+)?${word}\\s*\\(|^\\s*(readonly\\s+)?${word}\\??:`,
    "m",
  );
  const imported = [...source.matchAll(/import\s+(?:type\s+)?\{([^}]*)\}\s+from/g)].some((match) =>
    match[1].split(",").some(
      (part) =>
        part
          .trim()
          .replace(/^type\s+/, "")
          .split(/\s+as\s+/)
          .pop() === name,
    ),
  );
  return defined.test(source) || imported;
}

/** What is wrong with walk steps: a file that does not exist, a name its file neither defines nor imports. */
function walkProblems(walk: { file: string; names: string[] }[]): string[] {
  return walk.flatMap(({ file, names }) => {
    if (!existsSync(path.join(root, file))) return [`${file}: no such file`];
    return names.filter((name) => !holds(file, name)).map((name) => `${file}: ${name}`);
  });
}

/** Each database function with the last migration that creates or replaces it. */
function latestDefinitions(): Map<string, string> {
  const folder = path.join(root, "prisma/migrations");
  const latest = new Map<string, string>();
  for (const migration of readdirSync(folder).sort()) {
    const file = path.join(folder, migration, "migration.sql");
    if (!existsSync(file)) continue;
    const source = withoutComments(readFileSync(file, "utf8"), true);
    for (const match of source.matchAll(/CREATE (?:OR REPLACE )?FUNCTION "?(\w+)"?\s*\(/gi))
      latest.set(match[1], `prisma/migrations/${migration}/migration.sql`);
  }
  return latest;
}

describe("docs/architecture.md", () => {
  it("lists as allowed arrows exactly the rules .dependency-cruiser.cjs enforces, and the folder cycle check", () => {
    const enforced = [...new Set(forbidden.map((rule) => rule.name))];
    expect(firstCells(section("## Allowed arrows")).sort()).toEqual([...enforced, "no-cycle-between-folders"].sort());
  });

  it("lists as rooms exactly the folders the door rule guards, in its order", () => {
    expect(firstCells(section("## Rooms and their doors"))).toEqual(roomsOf(forbidden));
  });

  it("names only files and folders that exist", () => {
    const named = [
      ...doc.matchAll(
        /`((?:app|components|lib|prisma|scripts|tests|e2e|i18n|messages|docs)\/[^`]*|proxy\.ts|\.dependency-cruiser\.cjs)`/g,
      ),
    ].map((match) => match[1]);
    const concrete = named.filter((name) => !/[<*…]/.test(name));
    expect(concrete.length).toBeGreaterThan(40);
    expect(concrete.filter((name) => !existsSync(path.join(root, name)))).toEqual([]);
  });

  it("walks a booking and a form submission through files that define or import what each step names", () => {
    expect(steps.length).toBeGreaterThan(30);
    expect(walkProblems(steps)).toEqual([]);
  });

  it("names in its walks the migration that defines a database function now, not one a later migration replaced", () => {
    const latest = latestDefinitions();
    const stale = steps.flatMap(({ file, names }) =>
      file.startsWith("prisma/migrations/")
        ? names.filter((name) => latest.has(name) && latest.get(name) !== file).map((name) => `${file}: ${name}`)
        : [],
    );
    expect(stale).toEqual([]);
  });

  it("fails a walk step whose file does not define or import the name (the check itself)", () => {
    expect(
      walkProblems([
        { file: "lib/booking/book.ts", names: ["bookSlot", "noSuchFunction"] },
        { file: "lib/plain-post.ts", names: ["bookSlot"] },
        { file: "lib/booking/no-such-file.ts", names: ["bookSlot"] },
      ]),
    ).toEqual([
      "lib/booking/book.ts: noSuchFunction",
      "lib/plain-post.ts: bookSlot",
      "lib/booking/no-such-file.ts: no such file",
    ]);
  });
});
