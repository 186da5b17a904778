// The shared Prisma client of the app, on the pg driver adapter (Prisma 7 has no native engine).
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { getEnv } from "@/lib/env";

export function createPrismaClient(connectionString: string): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString }) });
}

const globalForPrisma = globalThis as unknown as { zugangPrisma?: PrismaClient };

function instance(): PrismaClient {
  if (!globalForPrisma.zugangPrisma) {
    const url = getEnv().DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set: start the portal with `npm start`.");
    globalForPrisma.zugangPrisma = createPrismaClient(url);
  }
  return globalForPrisma.zugangPrisma;
}

/** The Prisma client, created on first use so that builds need no database. */
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const client = instance();
    const value = Reflect.get(client, property, client);
    return typeof value === "function" ? value.bind(client) : value;
  },
});
