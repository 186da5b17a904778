// Database errors, recognised by the codes each layer reports, never by message text:
// - a database that cannot be reached right now (stopped, restarting, network gone, connections
//   used up): the API answers 503 with Retry-After, and pages can say "try again shortly";
// - a unique violation, a serialisation conflict or deadlock, and any SQLSTATE a statement raises
//   (a CHECK constraint, a database function's own code such as take_places()'s ZB409).
//
// What Prisma 7 on @prisma/adapter-pg throws (checked by stopping a real server under a client):
// a PrismaClientKnownRequestError with code P1001 (model queries) or P2010 (raw queries), whose
// meta.driverAdapterError.cause is { kind: "DatabaseNotReachable" } for a refused connection or
// { kind: "postgres", code: "57P01" } for a connection the stopping server ended. pg used directly
// (the booking statement on the driver pool) throws Node's socket errors or PostgreSQL's SQLSTATE.
// A statement that fails is a P2010 (raw) or its own code (P2002 unique, P2034 write conflict) whose
// meta.driverAdapterError.cause carries PostgreSQL's SQLSTATE as originalCode (and as code for kind
// "postgres"); lib/db/errors.integration.test.ts checks these shapes against a real server.

/** Node's socket errors. */
const SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "EHOSTUNREACH", "ENETUNREACH"]);
/** Prisma: cannot reach the server, timed out reaching it, the server closed the connection. */
const PRISMA_CODES = new Set(["P1001", "P1002", "P1017"]);
/** The pg adapter's kinds for the socket errors above and for a server out of connections. */
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
/** SQLSTATE: class 08 (connection exception), 57P01–57P03 (shutdown, crash, cannot connect now), 53300 (too many connections). */
const SQLSTATE_UNAVAILABLE = /^(08[0-9A-Z]{3}|57P0[1-3]|53300)$/;

/** How long a client should wait before it tries again (seconds, for Retry-After). */
export const RETRY_AFTER_SECONDS = 30;

interface ErrorParts {
  code?: unknown;
  errorCode?: unknown;
  originalCode?: unknown;
  kind?: unknown;
  cause?: unknown;
  meta?: { driverAdapterError?: unknown };
  errors?: unknown;
}

/** Every object an error wraps (cause, Prisma's driver adapter error, an AggregateError's errors), itself first. */
function* layers(error: unknown): Generator<ErrorParts> {
  const seen = new Set<unknown>();
  const pending: unknown[] = [error];
  while (pending.length > 0) {
    const current = pending.pop();
    if (typeof current !== "object" || current === null || seen.has(current)) continue;
    seen.add(current);
    const parts = current as ErrorParts;
    yield parts;
    pending.push(parts.cause, parts.meta?.driverAdapterError, ...(Array.isArray(parts.errors) ? parts.errors : []));
  }
}

/** The codes an error carries at any layer: Prisma's (P2002), PostgreSQL's SQLSTATE (23505), Node's (ECONNREFUSED). */
function codesOf(error: unknown): string[] {
  const codes: string[] = [];
  for (const parts of layers(error)) {
    for (const code of [parts.code, parts.errorCode, parts.originalCode])
      if (typeof code === "string") codes.push(code);
  }
  return codes;
}

/** Whether the error, at any layer, carries one of these codes (SQLSTATE or Prisma's). */
export function hasErrorCode(error: unknown, ...codes: string[]): boolean {
  return codesOf(error).some((code) => codes.includes(code));
}

/** SQLSTATE codes the code base reacts to. */
export const SQLSTATE = {
  uniqueViolation: "23505",
  checkViolation: "23514",
  serializationFailure: "40001",
  deadlockDetected: "40P01",
} as const;

/** A unique constraint refused the row: Prisma's P2002 for a model query, SQLSTATE 23505 for a raw one. */
export function isUniqueViolation(error: unknown): boolean {
  return hasErrorCode(error, "P2002", SQLSTATE.uniqueViolation);
}

/** Two transactions collided (serialisation failure, deadlock, Prisma's write conflict): one of them may try again or leave the work to the other. */
export function isTransactionConflict(error: unknown): boolean {
  return hasErrorCode(error, "P2034", SQLSTATE.serializationFailure, SQLSTATE.deadlockDetected);
}

/** Whether an error (or any error it wraps) says the database is unreachable, not that a query was wrong. */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (const parts of layers(error)) {
    for (const code of [parts.code, parts.errorCode]) {
      if (
        typeof code === "string" &&
        (SOCKET_CODES.has(code) || PRISMA_CODES.has(code) || SQLSTATE_UNAVAILABLE.test(code))
      )
        return true;
    }
    if (typeof parts.kind === "string" && ADAPTER_KINDS.has(parts.kind)) return true;
  }
  return false;
}
