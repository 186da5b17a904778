// The shared Prisma client of the app, on the pg driver adapter (Prisma 7 has no native engine).
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { getEnv } from "@/lib/env";

// The pg pool under each client. The booking is one statement (book_appointment()), sent straight
// to the driver on the client's own pool: Prisma's per-query work for that one call is a large share
// of a booking's CPU under load (the figures are in docs/booking.md, "Measured").
// Kept on globalThis like the client itself: a bundler may load this module more than once in one
// process (the Next.js server does), and each copy must find the pool of the one shared client.
const globalPools = globalThis as unknown as { zugangDriverPools?: WeakMap<PrismaClient, pg.Pool> };
const driverPools = (globalPools.zugangDriverPools ??= new WeakMap<PrismaClient, pg.Pool>());

/** A client on its own pg pool (pg's default size unless `max` is given); $disconnect ends the pool. */
export function createPrismaClient(connectionString: string, options: { max?: number } = {}): PrismaClient {
  const pool = new pg.Pool({ connectionString, ...(options.max ? { max: options.max } : {}) });
  const client = new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) });
  driverPools.set(client, pool);
  return client;
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

/** The pg pool a client from createPrismaClient (or `db`) runs on: the same connections, without Prisma. */
export function driverPool(client: PrismaClient): pg.Pool {
  const pool = driverPools.get(client === db ? instance() : client);
  if (!pool) throw new Error("this Prisma client was not made by createPrismaClient, so its pg pool is unknown");
  return pool;
}
