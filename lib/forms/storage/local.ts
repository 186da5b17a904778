// Files in a local folder (the default): written to a temporary name and renamed, so a crash never
// leaves half a file under a real key.
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { isStorageKey, type FileStorage, type StoredObject } from "./types";

export class LocalFolderStorage implements FileStorage {
  constructor(private readonly root: string) {}

  private pathOf(key: string): string {
    if (!isStorageKey(key)) throw new Error("invalid storage key");
    return path.join(this.root, ...key.split("/"));
  }

  async put(key: string, bytes: Buffer): Promise<void> {
    const target = this.pathOf(key);
    await mkdir(path.dirname(target), { recursive: true });
    const temporary = `${target}.partial`;
    await writeFile(temporary, bytes, { mode: 0o600 });
    await rename(temporary, target);
  }

  async get(key: string): Promise<Buffer> {
    return readFile(this.pathOf(key));
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  async *list(): AsyncIterable<StoredObject> {
    const years = await readdir(this.root).catch(() => [] as string[]);
    for (const year of years) {
      const months = await readdir(path.join(this.root, year)).catch(() => [] as string[]);
      for (const month of months) {
        const names = await readdir(path.join(this.root, year, month)).catch(() => [] as string[]);
        for (const name of names) {
          const key = `${year}/${month}/${name}`;
          if (!isStorageKey(key)) continue;
          const info = await stat(path.join(this.root, year, month, name)).catch(() => null);
          if (info) yield { key, lastModified: info.mtime };
        }
      }
    }
  }
}
