// Every staff page and route handler, listed from the file system (app/staff/**, app/api/staff/**):
// the door-coverage test checks that each goes through the door, the access matrix spec that each
// answers every role as its table says.
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const PROJECT_ROOT = fileURLToPath(new URL("..", import.meta.url));
export const STAFF_FOLDERS = ["app/staff", "app/api/staff"];

/** Every page and route handler under the staff folders, as paths from the project root, sorted. */
export function staffEntryFiles(root = PROJECT_ROOT): string[] {
  const found: string[] = [];
  const walk = (folder: string) => {
    if (!existsSync(path.join(root, folder))) return;
    for (const entry of readdirSync(path.join(root, folder), { withFileTypes: true })) {
      const relative = `${folder}/${entry.name}`;
      if (entry.isDirectory()) walk(relative);
      else if (/^(page|route)\.[jt]sx?$/.test(entry.name)) found.push(relative);
    }
  };
  STAFF_FOLDERS.forEach(walk);
  return found.sort();
}
