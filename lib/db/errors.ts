// Recognises a database that cannot be reached right now (stopped, restarting, network gone,
// connections used up) by the error codes each layer reports, never by message text: the API
// answers 503 with Retry-After, and pages can say "try again shortly" instead of failing.
//
// What Prisma 7 on @prisma/adapter-pg throws (checked by stopping a real server under a client):
// a PrismaClientKnownRequestError with code P1001 (model queries) or P2010 (raw queries), whose
// meta.driverAdapterError.cause is { kind: "DatabaseNotReachable" } for a refused connection or
// { kind: "postgres", code: "57P01" } for a connection the stopping server ended. pg used directly
// (the booking statement on the driver pool) throws Node's socket errors or PostgreSQL's SQLSTATE.

/** Node's socket errors. */
const SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "EHOSTUNREACH", "ENETUNREACH"]);
/** Prisma: cannot reach the server, timed out reaching it, the server closed the connection. */
const PRISMA_CODES = new Set(["P1001", "P1002", "P1017"]);
/** The pg adapter's kinds for the socket errors above and for a server out of connections. */
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
/** SQLSTATE: class 08 (connection exception), 57P01–57P03 (shutdown, crash, cannot connect now), 53300 (too many connections). */
const SQLSTATE = /^(08[0-9A-Z]{3}|57P0[1-3]|53300)$/;

/** How long a client should wait before it tries again (seconds, for Retry-After). */
export const RETRY_AFTER_SECONDS = 30;

interface ErrorParts {
  code?: unknown;
  errorCode?: unknown;
  kind?: unknown;
  cause?: unknown;
  meta?: { driverAdapterError?: unknown };
  errors?: unknown;
}

/** Whether an error (or any error it wraps) says the database is unreachable, not that a query was wrong. */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  const pending: unknown[] = [error];
  while (pending.length > 0) {
    const current = pending.pop();
    if (typeof current !== "object" || current === null || seen.has(current)) continue;
    seen.add(current);
    const parts = current as ErrorParts;
    for (const code of [parts.code, parts.errorCode]) {
      if (typeof code === "string" && (SOCKET_CODES.has(code) || PRISMA_CODES.has(code) || SQLSTATE.test(code))) return true;
    }
    if (typeof parts.kind === "string" && ADAPTER_KINDS.has(parts.kind)) return true;
    pending.push(parts.cause, parts.meta?.driverAdapterError, ...(Array.isArray(parts.errors) ? parts.errors : []));
  }
  return false;
}
