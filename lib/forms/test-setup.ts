// Shared set-up of the forms integration tests: a fresh database the app's `db` points at, and a
// temporary upload folder. Test-only.
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { createTestDatabase, type TestDatabase } from "@/tests/database";
import { LocalFolderStorage, type FileStorage } from "./storage";

export interface FormsTestEnvironment {
  database: TestDatabase;
  uploadDir: string;
  storage: FileStorage;
  close(): Promise<void>;
}

export async function setUpFormsTest(label: string): Promise<FormsTestEnvironment> {
  const database = await createTestDatabase(label);
  // The app's lazily created client (lib/db.ts) uses this database for the whole test file.
  (globalThis as { zugangPrisma?: unknown }).zugangPrisma = database.prisma;
  const uploadDir = await mkdtemp(path.join(os.tmpdir(), `zugang-${label}-`));
  return {
    database,
    uploadDir,
    storage: new LocalFolderStorage(uploadDir),
    close: async () => {
      (globalThis as { zugangPrisma?: unknown }).zugangPrisma = undefined;
      await database.drop();
      await rm(uploadDir, { recursive: true, force: true });
    },
  };
}

/** Every file in a storage, as keys. */
export async function storedKeys(storage: FileStorage): Promise<string[]> {
  const keys: string[] = [];
  for await (const object of storage.list()) keys.push(object.key);
  return keys.sort();
}
