// The journey's operations appear in the generated OpenAPI document with the contract's shapes.
import { describe, expect, it } from "vitest";
import { buildOpenApiDocument } from "@/lib/api/openapi";
import { operations } from "@/lib/openapi/operations";

const document = buildOpenApiDocument(
  operations,
  { title: "t", version: "1", description: "d" },
  "http://localhost",
) as {
  paths: Record<
    string,
    Record<
      string,
      {
        requestBody?: {
          content: Record<string, { schema: { properties: Record<string, unknown>; additionalProperties?: unknown } }>;
        };
        responses: Record<string, unknown>;
        parameters: { name: string }[];
      }
    >
  >;
};

describe("journey operations in the OpenAPI document", () => {
  it("lists request types and recommendations with the locale parameter", () => {
    expect(document.paths["/api/v1/request-types"].get.parameters.map((p) => p.name)).toEqual(["locale"]);
    expect(Object.keys(document.paths["/api/v1/recommendations"].post.responses).sort()).toEqual([
      "200",
      "404",
      "422",
      "500",
      "503",
    ]);
  });
  it("describes the request body of the contract, closed to unknown keys", () => {
    const schema = document.paths["/api/v1/recommendations"].post.requestBody!.content["application/json"].schema;
    expect(Object.keys(schema.properties).sort()).toEqual(["preference", "requestType", "situation"]);
    expect(schema.additionalProperties).toBe(false);
    expect(JSON.stringify(schema.properties.situation)).toContain("smartphone-only");
  });
  it("names channels as the API writes them", () => {
    expect(JSON.stringify(document.paths["/api/v1/recommendations"].post.responses["200"])).toContain('"in-person"');
  });
});
