// A fresh, migrated database per integration test file, on the server the global setup chose.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { inject } from "vitest";
import { createPrismaClient } from "@/lib/db";
import { migrate } from "@/lib/db/migrations";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { seedReferenceData } from "@/prisma/seed/reference";
import { testDatabasePrefix } from "./prefix";

export interface TestDatabase {
  name: string;
  url: string;
  prisma: PrismaClient;
  drop(): Promise<void>;
}

export function adminUrl(): string {
  return inject("adminUrl");
}

export function urlForDatabase(name: string): string {
  const url = new URL(adminUrl());
  url.pathname = `/${name}`;
  return url.toString();
}

/** Creates an empty database (no migrations) and returns its URL. */
export async function createEmptyDatabase(
  label: string,
): Promise<{ name: string; url: string; drop(): Promise<void> }> {
  const name = `${testDatabasePrefix()}_${label.replace(/[^a-z0-9]/g, "_")}_${randomBytes(4).toString("hex")}`;
  await adminQuery(`CREATE DATABASE "${name}"`);
  return { name, url: urlForDatabase(name), drop: () => adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}

/** A migrated database with the reference data (request types, routing rules). */
export async function createTestDatabase(label: string, options: { reference?: boolean } = {}): Promise<TestDatabase> {
  const empty = await createEmptyDatabase(label);
  await migrate(empty.url);
  const prisma = createPrismaClient(empty.url);
  if (options.reference !== false) await seedReferenceData(prisma);
  return {
    ...empty,
    prisma,
    drop: async () => {
      await prisma.$disconnect();
      await empty.drop();
    },
  };
}

async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
