// The database a queue function works on: the app's client, or a caller's transaction (the staff
// door runs each desk step and its audit event in one).
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";

export type Client = PrismaClient | Prisma.TransactionClient;
export type Tx = Prisma.TransactionClient;

/** Runs `work` in the caller's transaction, or in a new one on a plain client. */
export function inTransaction<T>(client: Client, work: (tx: Tx) => Promise<T>): Promise<T> {
  // Prisma's transaction client has no $connect of its own.
  return typeof (client as PrismaClient).$connect === "function"
    ? (client as PrismaClient).$transaction(work)
    : work(client as Tx);
}
