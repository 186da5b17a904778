// The forms API's operation (scan station, kiosk) for the OpenAPI document: every status the route
// answers with (lib/forms/api.ts), with its body.
import { z } from "zod";
import { errorSchemas, sharedResponses, type ApiOperation } from "@/lib/api/openapi";
import { idempotencyKeySchema } from "@/lib/api/http";
import { submissionRequestSchema } from "./api";

const submissionCreated = z.object({ reference: z.string(), statusUrl: z.url() });
/** A refused file or request (UploadError's codes, and too-large for the whole request), with a readable message. */
const problem = <Codes extends [string, ...string[]]>(codes: Codes) =>
  z.object({ error: z.enum(codes), message: z.string() });

export const submissionOperations: ApiOperation[] = [
  {
    method: "post",
    path: "/api/v1/submissions",
    operationId: "createSubmission",
    summary: "File an online form with its documents (scan station, kiosk)",
    description:
      "Answers are validated by the same rules as the online forms. A retry with the same Idempotency-Key and the same content answers with the first submission; the same key with different content answers 409.",
    tags: ["forms"],
    headers: z.object({ "Idempotency-Key": idempotencyKeySchema }),
    body: { schema: submissionRequestSchema, contentType: "multipart/form-data" },
    responses: {
      201: {
        description: "Filed (or filed before with this key and this content)",
        schema: submissionCreated,
        headers: {
          "Idempotent-Replayed": {
            description: "true when this answer repeats an earlier one",
            schema: z.literal("true"),
          },
        },
      },
      409: {
        description:
          "idempotency-key-reused: the key was used for a different submission; in-progress: that submission is still being filed",
        schema: z.discriminatedUnion("error", [
          z.object({ error: z.literal("idempotency-key-reused") }),
          z.object({ error: z.literal("in-progress") }),
        ]),
      },
      413: {
        description: "The request, a file, or the number of files is too large",
        schema: problem(["too-large", "tooLarge", "tooMany"]),
      },
      415: {
        description: "A file's content is neither a photo nor a PDF, or cannot be read",
        schema: problem(["unsupportedType", "unreadable"]),
      },
      422: {
        description: "invalid: answers or request in error, per field; empty: a file without content",
        schema: z.discriminatedUnion("error", [errorSchemas.invalid, problem(["empty"])]),
      },
      ...sharedResponses.ofHandle,
    },
  },
];
