import { describe, expect, it } from "vitest";
import { hasErrorCode, isDatabaseUnavailable, isTransactionConflict, isUniqueViolation } from "./errors";

/** The shape Prisma 7 on @prisma/adapter-pg throws: the driver's error under meta.driverAdapterError.cause. */
const prismaError = (code: string, cause: Record<string, unknown>) =>
  Object.assign(new Error("Invalid invocation"), {
    name: "PrismaClientKnownRequestError",
    code,
    meta: { driverAdapterError: Object.assign(new Error("driver"), { name: "DriverAdapterError", cause }) },
  });

describe("isDatabaseUnavailable", () => {
  it.each([
    [
      "a refused connection (model query)",
      prismaError("P1001", { kind: "DatabaseNotReachable", host: "127.0.0.1", port: 5432 }),
    ],
    ["a refused connection (raw query)", prismaError("P2010", { kind: "DatabaseNotReachable" })],
    [
      "a connection ended by a stopping server",
      prismaError("P2010", { kind: "postgres", code: "57P01", originalCode: "57P01" }),
    ],
    ["a closed socket", prismaError("P2010", { kind: "ConnectionClosed" })],
    ["a server out of connections", prismaError("P2010", { kind: "TooManyConnections" })],
    [
      "pg's socket error",
      Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), {
        code: "ECONNREFUSED",
        errno: -111,
        syscall: "connect",
      }),
    ],
    ["PostgreSQL's connection failure (class 08)", Object.assign(new Error("connection failure"), { code: "08006" })],
    ["a wrapped cause", new Error("outer", { cause: Object.assign(new Error("inner"), { code: "57P03" }) })],
    ["Prisma's initialisation error", Object.assign(new Error("Can't reach database server"), { errorCode: "P1001" })],
  ])("recognises %s", (_label, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ["a unique violation", prismaError("P2002", { kind: "UniqueConstraintViolation", originalCode: "23505" })],
    ["a missing database", prismaError("P2010", { kind: "DatabaseDoesNotExist", originalCode: "3D000" })],
    ["a NUL in text", prismaError("P2010", { kind: "postgres", code: "22021", originalCode: "22021" })],
    ["a plain error", new Error("boom")],
    ["not an error at all", "ECONNREFUSED"],
  ])("leaves %s alone", (_label, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});

describe("errors by code", () => {
  it("finds a SQLSTATE or Prisma code at any layer, and never in the message", () => {
    expect(isUniqueViolation(prismaError("P2002", { kind: "UniqueConstraintViolation", originalCode: "23505" }))).toBe(
      true,
    );
    expect(isUniqueViolation(prismaError("P2010", { kind: "UniqueConstraintViolation", originalCode: "23505" }))).toBe(
      true,
    );
    expect(isUniqueViolation(Object.assign(new Error("duplicate"), { code: "23505" }))).toBe(true);
    expect(isUniqueViolation(new Error("P2002 23505 duplicate key value violates unique constraint"))).toBe(false);
    expect(isTransactionConflict(prismaError("P2034", { kind: "TransactionWriteConflict" }))).toBe(true);
    expect(
      isTransactionConflict(prismaError("P2010", { kind: "postgres", code: "40P01", originalCode: "40P01" })),
    ).toBe(true);
    expect(isTransactionConflict(new Error("deadlock detected; could not serialize access"))).toBe(false);
    expect(
      hasErrorCode(prismaError("P2010", { kind: "postgres", code: "ZB409", originalCode: "ZB409" }), "ZB409"),
    ).toBe(true);
    expect(hasErrorCode(new Error("Raw query failed. Code: `ZB409`. Message: `slot-taken`"), "ZB409")).toBe(false);
    expect(hasErrorCode("23505", "23505")).toBe(false);
  });
});
