// The generated OpenAPI document is valid OpenAPI 3.1 (checked by an independent validator),
// describes every public route handler, and declares only the security schemes it uses.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { Validator } from "@seriousme/openapi-schema-validator";
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { buildOpenApiDocument } from "@/lib/api/openapi";
import { operations } from "@/lib/openapi/operations";

const document = buildOpenApiDocument(
  operations,
  { title: "Zugang API", version: "1.0.0", description: "test" },
  "http://localhost:3000",
);

/** "METHOD /path" of every route handler under app/api/v1 and the health check, in OpenAPI's path syntax. */
function routeHandlers(): string[] {
  const root = path.join(process.cwd(), "app");
  const files = readdirSync(path.join(root, "api"), { recursive: true, encoding: "utf8" }).filter((file) =>
    file.endsWith("route.ts"),
  );
  return files.flatMap((file) => {
    const route = `/api/${path.dirname(file)}`.replace(/\[(\w+)\]/g, "{$1}");
    if (!route.startsWith("/api/v1/") && route !== "/api/health") return [];
    if (route === "/api/v1/openapi.json") return [];
    const source = readFileSync(path.join(root, "api", file), "utf8");
    return [...source.matchAll(/export (?:const|async function|function) (GET|POST|PUT|PATCH|DELETE)\b/g)].map(
      (match) => `${match[1]} ${route}`,
    );
  });
}

describe("OpenAPI document", () => {
  it("validates against the OpenAPI 3.1 schema", async () => {
    const validator = new Validator();
    const result = await validator.validate(document as never);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe("3.1");
  });

  it("uses only JSON Schema's own keywords and formats, so that any validator reads its schemas the same way", () => {
    const ajv = new Ajv2020({ strict: true });
    addFormats(ajv);
    const schemas = Object.values(document.paths).flatMap((methods) =>
      Object.values(methods).flatMap((operation) => {
        const {
          parameters = [],
          requestBody,
          responses = {},
        } = operation as {
          parameters?: { schema: object }[];
          requestBody?: { content: Record<string, { schema: object }> };
          responses?: Record<
            string,
            { content?: Record<string, { schema: object }>; headers?: Record<string, { schema: object }> }
          >;
        };
        return [
          ...parameters.map((parameter) => parameter.schema),
          ...Object.values(requestBody?.content ?? {}).map((media) => media.schema),
          ...Object.values(responses).flatMap((response) => [
            ...Object.values(response.content ?? {}).map((media) => media.schema),
            ...Object.values(response.headers ?? {}).map((header) => header.schema),
          ]),
        ];
      }),
    );
    expect(schemas.length).toBeGreaterThan(50);
    for (const schema of schemas) expect(() => ajv.compile(schema), JSON.stringify(schema).slice(0, 300)).not.toThrow();
  });

  it("lists every operation once", () => {
    const ids = operations.map((operation) => operation.operationId);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("describes every route handler of the public API, and nothing else", () => {
    const described = operations.map((operation) => `${operation.method.toUpperCase()} ${operation.path}`);
    expect(described.sort()).toEqual(routeHandlers().sort());
  });

  it("declares the security schemes its operations use, and no other", () => {
    const used = new Set(
      operations.flatMap((operation) => (operation.security ?? []).flatMap((alternative) => Object.keys(alternative))),
    );
    expect(Object.keys(document.components?.securitySchemes ?? {}).sort()).toEqual([...used].sort());
    expect([...used].sort()).toEqual(["apiKey", "manageToken"]);
  });

  it("gives every answer a body, and the 429 and 503 answers of the public API a Retry-After", () => {
    for (const operation of operations) {
      for (const [status, response] of Object.entries(operation.responses)) {
        expect(response.schema, `${operation.operationId} ${status}`).toBeDefined();
        if (status === "429" || (status === "503" && operation.path.startsWith("/api/v1/"))) {
          expect(response.headers?.["Retry-After"]?.required, `${operation.operationId} ${status}`).toBe(true);
        }
      }
    }
  });
});
