// Builds the OpenAPI 3.1 document from the same zod schemas the route handlers validate with
// (zod's own JSON Schema output, draft 2020-12, which OpenAPI 3.1 uses): never written by hand.
import { z } from "zod";

export interface ApiHeaderSpec {
  description: string;
  schema: z.ZodType;
  /** the header is always sent with this answer */
  required?: boolean;
}

export interface ApiResponseSpec {
  description: string;
  /** Several bodies under one status: a z.discriminatedUnion, which becomes a oneOf. */
  schema?: z.ZodType;
  contentType?: string;
  headers?: Record<string, ApiHeaderSpec>;
}

/** Names of the security schemes below; an operation lists the combinations it accepts. */
export type SecuritySchemeName = keyof typeof securitySchemes;

export interface ApiOperation {
  method: "get" | "post" | "put" | "patch" | "delete";
  /** OpenAPI path, e.g. /api/v1/appointments/{id} */
  path: string;
  operationId: string;
  summary: string;
  description?: string;
  tags: string[];
  pathParams?: z.ZodObject;
  query?: z.ZodObject;
  headers?: z.ZodObject;
  body?: { schema: z.ZodType; contentType?: string; description?: string };
  responses: Record<number, ApiResponseSpec>;
  /** Alternatives (OR); within one entry every scheme is sent (AND); {} means none is needed. */
  security?: Partial<Record<SecuritySchemeName, string[]>>[];
}

const securitySchemes = {
  manageToken: {
    type: "http",
    scheme: "bearer",
    description: "The private manage token from the booking answer (manageToken).",
  },
  apiKey: {
    type: "apiKey",
    in: "header",
    name: "X-Api-Key",
    description:
      "A key from the portal's API_KEYS setting, for a trusted channel (kiosk, hotline): its requests are counted per key with higher limits instead of per client address. An unknown key counts as none.",
  },
} as const;

function schemaOf(schema: z.ZodType, io: "input" | "output"): Record<string, unknown> {
  const json = z.toJSONSchema(schema, { target: "draft-2020-12", io, unrepresentable: "any" }) as Record<
    string,
    unknown
  >;
  delete json.$schema;
  return json;
}

function parameters(object: z.ZodObject | undefined, location: "path" | "query" | "header") {
  if (!object) return [];
  const json = schemaOf(object, "input") as {
    properties?: Record<string, Record<string, unknown>>;
    required?: string[];
  };
  return Object.entries(json.properties ?? {}).map(([name, schema]) => ({
    name,
    in: location,
    required: location === "path" || (json.required ?? []).includes(name),
    ...(typeof schema.description === "string" ? { description: schema.description } : {}),
    schema,
  }));
}

function response(spec: ApiResponseSpec) {
  return {
    description: spec.description,
    ...(spec.headers
      ? {
          headers: Object.fromEntries(
            Object.entries(spec.headers).map(([name, header]) => [
              name,
              {
                description: header.description,
                required: header.required ?? false,
                schema: schemaOf(header.schema, "output"),
              },
            ]),
          ),
        }
      : {}),
    ...(spec.schema
      ? { content: { [spec.contentType ?? "application/json"]: { schema: schemaOf(spec.schema, "output") } } }
      : {}),
  };
}

export function buildOpenApiDocument(
  operations: ApiOperation[],
  info: { title: string; version: string; description: string },
  serverUrl: string,
) {
  const paths: Record<string, Record<string, unknown>> = {};
  const usedSchemes = new Set<string>();
  for (const operation of operations) {
    for (const alternative of operation.security ?? [])
      for (const name of Object.keys(alternative)) usedSchemes.add(name);
    (paths[operation.path] ??= {})[operation.method] = {
      operationId: operation.operationId,
      summary: operation.summary,
      ...(operation.description ? { description: operation.description } : {}),
      tags: operation.tags,
      parameters: [
        ...parameters(operation.pathParams, "path"),
        ...parameters(operation.query, "query"),
        ...parameters(operation.headers, "header"),
      ],
      ...(operation.body
        ? {
            requestBody: {
              required: true,
              ...(operation.body.description ? { description: operation.body.description } : {}),
              content: {
                [operation.body.contentType ?? "application/json"]: {
                  schema: schemaOf(operation.body.schema, "input"),
                },
              },
            },
          }
        : {}),
      responses: Object.fromEntries(
        Object.entries(operation.responses).map(([status, spec]) => [status, response(spec)]),
      ),
      ...(operation.security ? { security: operation.security } : {}),
    };
  }
  const components = Object.fromEntries(Object.entries(securitySchemes).filter(([name]) => usedSchemes.has(name)));
  return {
    openapi: "3.1.0",
    info,
    servers: [{ url: serverUrl }],
    paths,
    ...(usedSchemes.size > 0 ? { components: { securitySchemes: components } } : {}),
  };
}

/** The error answers every JSON endpoint shares (inlined: each operation's schema stands alone). */
export const errorSchemas = {
  invalid: z.object({
    error: z.literal("invalid"),
    fields: z.record(z.string(), z.array(z.string())).describe('messages per field; the whole body under "body"'),
  }),
  notFound: z.object({ error: z.literal("not-found") }),
  tooManyRequests: z.object({ error: z.literal("too-many-requests") }),
  unavailable: z.object({ error: z.literal("unavailable") }),
  internal: z.object({ error: z.literal("internal"), message: z.string() }),
};

const retryAfter = {
  "Retry-After": { description: "Seconds to wait before trying again", schema: z.int().min(1), required: true },
};

/** The shared answers, for the operations' response lists. */
export const sharedResponses = {
  invalid: (description: string): ApiResponseSpec => ({ description, schema: errorSchemas.invalid }),
  notFound: (description: string): ApiResponseSpec => ({ description, schema: errorSchemas.notFound }),
  tooManyRequests: {
    description:
      "Too many requests from this client address or API key (for bookings also for this e-mail address or phone number)",
    schema: errorSchemas.tooManyRequests,
    headers: retryAfter,
  } satisfies ApiResponseSpec,
  /** What handle() (lib/api/http.ts) answers for any route it wraps when something fails on the portal's side. */
  ofHandle: {
    500: {
      description: "Something unexpected failed on the portal's side; no details are given",
      schema: errorSchemas.internal,
    },
    503: {
      description: "The database does not answer; try again after Retry-After seconds",
      schema: errorSchemas.unavailable,
      headers: retryAfter,
    },
  } satisfies Record<number, ApiResponseSpec>,
};
