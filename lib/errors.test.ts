import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SlotTakenError } from "@/lib/booking/capacity";
import { ConflictError, DomainError } from "@/lib/errors";
import { UploadError } from "@/lib/forms/uploads";

/** Start-up errors stop the server; they are no answer to anybody (lib/errors.ts). */
const OUTSIDE_THE_FAMILY = new Set([
  "lib/db/embedded.ts:StartupError",
  "lib/db/migrations.ts:MigrationError",
  "lib/db/roles.ts:RoleError",
]);
const FAMILY = new Set(["DomainError", "ValidationError", "NotFoundError", "ConflictError", "RateLimitedError"]);

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sources(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe("one family of domain errors", () => {
  it("every error class in lib/ extends DomainError or one of its kin", () => {
    const strays: string[] = [];
    const classes = new Map<string, string>();
    for (const file of sources("lib")) {
      for (const match of readFileSync(file, "utf8").matchAll(/class (\w+) extends (\w+)/g))
        classes.set(`${file}:${match[1]}`, match[2]);
    }
    const names = new Map([...classes].map(([key, parent]) => [key.split(":")[1], parent]));
    const inFamily = (name: string, seen = new Set<string>()): boolean =>
      FAMILY.has(name) || (!seen.has(name) && names.has(name) && inFamily(names.get(name)!, seen.add(name)));
    for (const [key, parent] of classes)
      if (
        key !== "lib/errors.ts:DomainError" &&
        /Error$/.test(parent) &&
        !inFamily(parent) &&
        !OUTSIDE_THE_FAMILY.has(key)
      )
        strays.push(`${key} extends ${parent}`);
    expect(strays).toEqual([]);
  });

  it("the capabilities' own errors answer as their kin", () => {
    expect(new SlotTakenError()).toBeInstanceOf(ConflictError);
    expect(new SlotTakenError().code).toBe("slot-taken");
    expect(new UploadError("tooLarge", "scan.pdf")).toBeInstanceOf(DomainError);
  });
});
