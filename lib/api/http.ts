// Shared pieces of the JSON API: reading and validating requests, and the error answers of the
// contract (422 with field errors, 404, 409, 429, 503 while the database is unreachable; never a
// 500 for bad input).
import { z } from "zod";
import { isDatabaseUnavailable, RETRY_AFTER_SECONDS } from "@/lib/db/errors";
import { ConflictError, NotFoundError, RateLimitedError, ValidationError, type FieldErrors } from "@/lib/errors";
import { log } from "@/lib/log";

const MAX_JSON_BYTES = 64 * 1024;

/** The Idempotency-Key header of every creating endpoint (bookings, submissions): one rule for both. */
export const idempotencyKeySchema = z
  .string({ error: "The Idempotency-Key header is required." })
  .regex(/^[A-Za-z0-9._:-]{8,128}$/, {
    error: "Use 8 to 128 letters, digits, dots, colons, dashes or underscores, e.g. a UUID.",
  })
  .describe("A key the client makes once per request (e.g. a UUID) and repeats on every retry of it.");

/** Reads and checks the Idempotency-Key header; on failure, the 422 answer to send. */
export function readIdempotencyKey(request: Request): { ok: true; value: string } | { ok: false; response: Response } {
  const key = idempotencyKeySchema.safeParse(request.headers.get("idempotency-key") ?? undefined);
  if (key.success) return { ok: true, value: key.data };
  return { ok: false, response: invalid({ "Idempotency-Key": key.error.issues.map((issue) => issue.message) }) };
}

export function json(body: unknown, init: ResponseInit = {}): Response {
  const headers = new Headers(init.headers);
  headers.set("Cache-Control", "no-store");
  return Response.json(body, { ...init, headers });
}

export function invalid(fields: FieldErrors): Response {
  return json({ error: "invalid", fields }, { status: 422 });
}

export function notFound(): Response {
  return json({ error: "not-found" }, { status: 404 });
}

/** zod issues as { "a.b": ["message"] }; issues on the whole value go under "body". */
export function fieldErrors(error: z.ZodError): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length > 0 ? issue.path.map(String).join(".") : "body";
    (fields[key] ??= []).push(issue.message);
  }
  return fields;
}

/** Reads a JSON body: too large, unreadable or not JSON all count as invalid input (422). */
export async function readJson(
  request: Request,
): Promise<{ ok: true; value: unknown } | { ok: false; response: Response }> {
  let text: string;
  try {
    text = await request.text();
  } catch {
    return { ok: false, response: invalid({ body: ["The request body could not be read."] }) };
  }
  if (Buffer.byteLength(text) > MAX_JSON_BYTES) {
    return { ok: false, response: invalid({ body: [`The request body is larger than ${MAX_JSON_BYTES / 1024} kB.`] }) };
  }
  if (text.trim() === "")
    return { ok: false, response: invalid({ body: ["The request body is empty; JSON is expected."] }) };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, response: invalid({ body: ["The request body is not valid JSON."] }) };
  }
}

/** Parses a JSON body with a zod schema: the value, or the 422 answer. */
export async function parseJsonBody<T extends z.ZodType>(
  request: Request,
  schema: T,
): Promise<{ ok: true; value: z.output<T> } | { ok: false; response: Response }> {
  const body = await readJson(request);
  if (!body.ok) return body;
  const parsed = schema.safeParse(body.value);
  if (!parsed.success) return { ok: false, response: invalid(fieldErrors(parsed.error)) };
  return { ok: true, value: parsed.data };
}

/** Parses query parameters with a zod schema (strings in, coerced by the schema). */
export function parseQuery<T extends z.ZodType>(
  request: Request,
  schema: T,
): { ok: true; value: z.output<T> } | { ok: false; response: Response } {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const parsed = schema.safeParse(params);
  if (!parsed.success) return { ok: false, response: invalid(fieldErrors(parsed.error)) };
  return { ok: true, value: parsed.data };
}

/**
 * Wraps a route handler: domain errors become their status, an unreachable database a 503 with
 * Retry-After (the client may simply try again), anything else a calm 500 without details.
 */
export function handle<Args extends unknown[]>(handler: (...args: Args) => Promise<Response>) {
  return async (...args: Args): Promise<Response> => {
    try {
      return await handler(...args);
    } catch (error) {
      if (error instanceof ValidationError) return invalid(error.fields);
      if (error instanceof NotFoundError) return notFound();
      if (error instanceof ConflictError) return json({ error: error.code, ...error.details }, { status: 409 });
      if (error instanceof RateLimitedError) {
        return json(
          { error: "too-many-requests" },
          { status: 429, headers: { "Retry-After": String(error.retryAfterSeconds) } },
        );
      }
      if (isDatabaseUnavailable(error)) {
        log().error("API route: the database is unreachable");
        return json(
          { error: "unavailable", message: "The service is unavailable for a moment. Please try again shortly." },
          { status: 503, headers: { "Retry-After": String(RETRY_AFTER_SECONDS) } },
        );
      }
      log().error({ error: error instanceof Error ? error.name : "unknown" }, "unexpected error in API route");
      return json(
        { error: "internal", message: "Something went wrong on our side. Please try again." },
        { status: 500 },
      );
    }
  };
}
