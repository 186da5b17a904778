// Checks real answers of the public API against its OpenAPI document: the status must be one the
// document lists for the operation, the body must match that status's schema for the answer's
// content type, and the headers the document promises must be there and match. Keeps a list of
// what it checked, so a test can tell which documented answers no request has shown yet.
import Ajv2020, { type ValidateFunction } from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { expect } from "vitest";

type JsonSchema = Record<string, unknown>;
interface ResponseObject {
  content?: Record<string, { schema: JsonSchema }>;
  headers?: Record<string, { required?: boolean; schema: JsonSchema }>;
}
interface OperationObject {
  operationId: string;
  responses: Record<string, ResponseObject>;
}
export interface OpenApiDocument {
  paths: Record<string, Record<string, OperationObject>>;
}

export interface CheckedAnswer {
  operationId: string;
  status: number;
  what: string;
}

export class ContractChecker {
  readonly checked: CheckedAnswer[] = [];
  private readonly ajv = new Ajv2020({ allErrors: true, strict: true });
  private readonly validators = new Map<JsonSchema, ValidateFunction>();

  constructor(private readonly document: OpenApiDocument) {
    addFormats(this.ajv);
  }

  /** Every (operation, status) pair the document lists. */
  documented(): { operationId: string; status: string }[] {
    return Object.values(this.document.paths).flatMap((methods) =>
      Object.values(methods).flatMap((operation) =>
        Object.keys(operation.responses).map((status) => ({ operationId: operation.operationId, status })),
      ),
    );
  }

  /** Checks one answer; returns its body (parsed JSON, or text) for the test's own assertions. */
  async check(operationId: string, what: string, response: Response, expectedStatus: number): Promise<unknown> {
    const label = `${operationId} (${what})`;
    const responses = this.operation(operationId).responses;
    const documented = responses[String(response.status)];
    expect(
      documented,
      `${label} answered ${response.status}, a status the document does not list (${Object.keys(responses).join(", ")})`,
    ).toBeDefined();
    expect(response.status, label).toBe(expectedStatus);

    const contentType = (response.headers.get("content-type") ?? "").split(";")[0].trim();
    const media = documented.content?.[contentType];
    expect(media, `${label}: content type "${contentType}" is not documented for ${response.status}`).toBeDefined();
    const body: unknown = contentType === "application/json" ? await response.json() : await response.text();
    this.expectValid(media!.schema, body, `${label}: body`);

    for (const [name, header] of Object.entries(documented.headers ?? {})) {
      const value = response.headers.get(name);
      if (header.required) expect(value, `${label}: header ${name} is documented as always sent`).not.toBeNull();
      if (value !== null)
        this.expectValid(
          header.schema,
          header.schema.type === "integer" ? Number(value) : value,
          `${label}: header ${name}`,
        );
    }
    this.checked.push({ operationId, status: response.status, what });
    return body;
  }

  private operation(operationId: string): OperationObject {
    const found = Object.values(this.document.paths)
      .flatMap((methods) => Object.values(methods))
      .find((operation) => operation.operationId === operationId);
    if (!found) throw new Error(`the document has no operation ${operationId}`);
    return found;
  }

  private expectValid(schema: JsonSchema, value: unknown, label: string) {
    let validate = this.validators.get(schema);
    if (!validate) {
      validate = this.ajv.compile(schema);
      this.validators.set(schema, validate);
    }
    const valid = validate(value);
    expect(
      valid ? [] : validate.errors,
      `${label} does not match the document: ${JSON.stringify(value)?.slice(0, 500)}`,
    ).toEqual([]);
  }
}
