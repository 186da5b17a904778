// The database a booking function works on: the app's client, or the transaction of a caller (the
// staff door runs a change and its audit event in one). Prisma nests a transaction started inside
// another as a savepoint, so a step that may fail (a full slot) undoes only itself there.
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";

export type Client = PrismaClient | Prisma.TransactionClient;

/** True inside a caller's transaction: Prisma's transaction client has no $connect of its own. */
export function isTransaction(client: Client): client is Prisma.TransactionClient {
  return typeof (client as PrismaClient).$connect !== "function";
}
