// docs/architecture.md against the code: its rules are the ones .dependency-cruiser.cjs enforces,
// its rooms the ones the door rule guards, every file it names exists, and each step of its walks
// names functions that its file really holds.
import { existsSync, readFileSync } from "node:fs";
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

  it("walks a booking and a form submission through files that hold what each step names", () => {
    expect(steps.length).toBeGreaterThan(30);
    const missing = steps.flatMap(({ file, names }) => {
      if (!existsSync(path.join(root, file))) return [`${file}: no such file`];
      const source = readFileSync(path.join(root, file), "utf8");
      return names.filter((name) => !new RegExp(`\\b${name}\\b`).test(source)).map((name) => `${file}: ${name}`);
    });
    expect(missing).toEqual([]);
  });
});
