// Builds the OpenAPI 3.1 document from the same zod schemas the route handlers validate with
// (zod's own JSON Schema output, draft 2020-12, which OpenAPI 3.1 uses): never written by hand.
import { z } from "zod";

export interface ApiResponseSpec {
  description: string;
  schema?: z.ZodType;
  contentType?: string;
  headers?: Record<string, { description: string; schema: z.ZodType }>;
}

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
  security?: Record<string, string[]>[];
}

function schemaOf(schema: z.ZodType, io: "input" | "output"): Record<string, unknown> {
  const json = z.toJSONSchema(schema, { target: "draft-2020-12", io, unrepresentable: "any" }) as Record<string, unknown>;
  delete json.$schema;
  return json;
}

function parameters(object: z.ZodObject | undefined, location: "path" | "query" | "header") {
  if (!object) return [];
  const json = schemaOf(object, "input") as { properties?: Record<string, Record<string, unknown>>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, schema]) => ({
    name,
    in: location,
    required: location === "path" || (json.required ?? []).includes(name),
    ...(typeof schema.description === "string" ? { description: schema.description } : {}),
    schema,
  }));
}

export function buildOpenApiDocument(operations: ApiOperation[], info: { title: string; version: string; description: string }, serverUrl: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const operation of operations) {
    const responses: Record<string, unknown> = {};
    for (const [status, response] of Object.entries(operation.responses)) {
      responses[status] = {
        description: response.description,
        ...(response.headers
          ? { headers: Object.fromEntries(Object.entries(response.headers).map(([name, h]) => [name, { description: h.description, schema: schemaOf(h.schema, "output") }])) }
          : {}),
        ...(response.schema ? { content: { [response.contentType ?? "application/json"]: { schema: schemaOf(response.schema, "output") } } } : {}),
      };
    }
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
              content: { [operation.body.contentType ?? "application/json"]: { schema: schemaOf(operation.body.schema, "input") } },
            },
          }
        : {}),
      responses,
      ...(operation.security ? { security: operation.security } : {}),
    };
  }
  return {
    openapi: "3.1.0",
    info,
    servers: [{ url: serverUrl }],
    paths,
    components: {
      securitySchemes: {
        manageToken: { type: "http", scheme: "bearer", description: "The private manage token from the booking answer." },
        apiKey: { type: "apiKey", in: "header", name: "X-Api-Key", description: "Key of a trusted channel (kiosk, hotline) with higher limits." },
      },
    },
  };
}

/** The error answers every JSON endpoint shares (inlined: each operation's schema stands alone). */
export const errorSchemas = {
  invalid: z.object({ error: z.literal("invalid"), fields: z.record(z.string(), z.array(z.string())) }),
  notFound: z.object({ error: z.literal("not-found") }),
  tooManyRequests: z.object({ error: z.literal("too-many-requests") }),
};
