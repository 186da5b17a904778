// Typed domain errors: the domain throws them, the form posts and the API turn them into a
// message or a status. Anything else is unexpected: logged without personal data, answered calmly.
// Every error a capability throws belongs to this family (lib/errors.test.ts checks it): a more
// particular one extends one of these where it lives, e.g. booking's SlotTakenError (a
// ConflictError) and forms' UploadError. Only start-up errors in lib/db (a migration that fails,
// a database that does not start) stand outside: they stop the server, nobody answers them.

export type FieldErrors = Record<string, string[]>;

export class DomainError extends Error {}

export class ValidationError extends DomainError {
  constructor(readonly fields: FieldErrors) {
    super("invalid input");
    this.name = "ValidationError";
  }
}

export class NotFoundError extends DomainError {
  constructor(what = "resource") {
    super(`${what} not found`);
    this.name = "NotFoundError";
  }
}

export class ConflictError extends DomainError {
  constructor(
    readonly code: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(code);
    this.name = "ConflictError";
  }
}

export class RateLimitedError extends DomainError {
  constructor(readonly retryAfterSeconds: number) {
    super("too many requests");
    this.name = "RateLimitedError";
  }
}
