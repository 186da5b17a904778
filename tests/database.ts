// A fresh, migrated database per integration test file, on the server the global setup chose.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { inject } from "vitest";
import { createPrismaClient } from "@/lib/db";
import { migrate } from "@/lib/db/migrations";
import { installJobQueue } from "@/lib/notifications";
import { appRoleFor, ensureAppRole, grantAppRoleAt, urlAsRole } from "@/lib/db/roles";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { seedReferenceData } from "@/prisma/seed/reference";
import { testDatabasePrefix } from "./prefix";

export interface TestDatabase {
  name: string;
  /** as the app's role (lib/db/roles.ts): what the portal connects with, so tests run under its grants */
  url: string;
  /** as the owner, who ran the migrations */
  ownerUrl: string;
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

/**
 * Gives a migrated database its app role (one per database, so that parallel test files never share
 * one) and answers the URL as that role. The job queue's schema, when a test installs it later,
 * needs grantAppRoleAt again.
 */
export async function connectAsAppRole(ownerUrl: string): Promise<string> {
  const role = appRoleFor(ownerUrl);
  await ensureAppRole(ownerUrl, role);
  await grantAppRoleAt(ownerUrl, role.name);
  return urlAsRole(ownerUrl, role);
}

/** Creates an empty database (no migrations) and returns its URL. */
export async function createEmptyDatabase(
  label: string,
): Promise<{ name: string; url: string; drop(): Promise<void> }> {
  const name = `${testDatabasePrefix()}_${label.replace(/[^a-z0-9]/g, "_")}_${randomBytes(4).toString("hex")}`;
  await adminQuery(`CREATE DATABASE "${name}"`);
  const url = urlForDatabase(name);
  return {
    name,
    url,
    drop: async () => {
      await adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await adminQuery(`DROP ROLE IF EXISTS "${appRoleFor(url).name}"`);
    },
  };
}

/** A migrated database with the reference data (request types, routing rules). */
export async function createTestDatabase(label: string, options: { reference?: boolean } = {}): Promise<TestDatabase> {
  const empty = await createEmptyDatabase(label);
  await migrate(empty.url);
  const url = await connectAsAppRole(empty.url);
  const prisma = createPrismaClient(url);
  if (options.reference !== false) await seedReferenceData(prisma);
  return {
    ...empty,
    url,
    ownerUrl: empty.url,
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

/** pg-boss's schema, installed by the owner as lib/db/prepare.ts does, and the app role's grants on it. */
export async function installJobQueueFor(database: TestDatabase): Promise<void> {
  await installJobQueue(database.ownerUrl);
  await grantAppRoleAt(database.ownerUrl, appRoleFor(database.ownerUrl).name);
}
