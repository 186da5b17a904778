// The shapes Prisma 7 on @prisma/adapter-pg really throws for a refused statement, recognised by
// their codes (lib/db/errors.ts), whatever the message says.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/tests/database";
import { hasErrorCode, isDatabaseUnavailable, isTransactionConflict, isUniqueViolation, SQLSTATE } from "./errors";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase("db-errors", { reference: false });
  // Tables are the owner's to create; the app's role gets its rows through the default privileges.
  const owner = new pg.Client({ connectionString: database.ownerUrl });
  await owner.connect();
  await owner.query("CREATE TABLE error_probe (id int PRIMARY KEY, n int CHECK (n < 5))").finally(() => owner.end());
  await database.prisma.$executeRawUnsafe("INSERT INTO error_probe VALUES (1, 1)");
}, 120_000);
afterAll(async () => database?.drop());

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => expect.fail("the statement should have been refused"),
    (error: unknown) => error,
  );

describe("database errors by code", () => {
  it("a unique violation, from a model query and from a raw one", async () => {
    await database.prisma.location.create({ data: { slug: "taken", name: "A" } });
    const model = await refusal(database.prisma.location.create({ data: { slug: "taken", name: "B" } }));
    const raw = await refusal(database.prisma.$executeRaw`INSERT INTO error_probe VALUES (1, 2)`);
    for (const error of [model, raw]) {
      expect(isUniqueViolation(error)).toBe(true);
      expect(isTransactionConflict(error)).toBe(false);
      expect(isDatabaseUnavailable(error)).toBe(false);
    }
  });

  it("a CHECK constraint inside a transaction", async () => {
    const error = await refusal(
      database.prisma.$transaction(async (tx) => tx.$executeRaw`INSERT INTO error_probe VALUES (2, 9)`),
    );
    expect(hasErrorCode(error, SQLSTATE.checkViolation)).toBe(true);
    expect(isUniqueViolation(error)).toBe(false);
  });

  it("a code a database function raises, a serialisation failure and a deadlock", async () => {
    const raise = (code: string) =>
      refusal(
        database.prisma.$executeRawUnsafe(
          `DO $$ BEGIN RAISE EXCEPTION 'no words to match' USING ERRCODE = '${code}'; END $$`,
        ),
      );
    expect(hasErrorCode(await raise("ZB409"), "ZB409")).toBe(true);
    expect(isTransactionConflict(await raise(SQLSTATE.serializationFailure))).toBe(true);
    expect(isTransactionConflict(await raise(SQLSTATE.deadlockDetected))).toBe(true);
    expect(isTransactionConflict(await raise("22012"))).toBe(false);
  });
});
