// Every staff page and route handler, listed from the file system (app/staff/**, app/api/staff/**):
// the door-coverage test checks that each goes through the door, the access matrix spec that each
// answers every role as its table says.
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const PROJECT_ROOT = fileURLToPath(new URL("..", import.meta.url));
export const STAFF_FOLDERS = ["app/staff", "app/api/staff"];

/** Every file below a folder whose name matches, as paths from the project root (unsorted). */
export function filesBelow(folder: string, match: RegExp, root = PROJECT_ROOT): string[] {
  const found: string[] = [];
  const walk = (relative: string) => {
    if (!existsSync(path.join(root, relative))) return;
    for (const entry of readdirSync(path.join(root, relative), { withFileTypes: true })) {
      const child = `${relative}/${entry.name}`;
      if (entry.isDirectory()) walk(child);
      else if (match.test(entry.name)) found.push(child);
    }
  };
  walk(folder);
  return found;
}

/** Every page and route handler under the staff folders, as paths from the project root, sorted. */
export function staffEntryFiles(root = PROJECT_ROOT): string[] {
  return STAFF_FOLDERS.flatMap((folder) => filesBelow(folder, /^(page|route)\.[jt]sx?$/, root)).sort();
}
