// The journey's operations in the OpenAPI document, built from the schemas the routes validate with.
import { z } from "zod";
import { errorSchemas, type ApiOperation } from "@/lib/api/openapi";
import { localeQuerySchema, recommendationRequestSchema, recommendationResponseSchema, requestTypesResponseSchema } from "./api";

// The shared error shapes, without the registry ids of lib/api/openapi.ts's errorSchemas: a schema
// with an id is emitted as a "#/$defs/…" reference that the document does not define.
const invalidInput = errorSchemas.invalid;
const notFoundAnswer = z.object({ error: z.literal("not-found") });

export const journeyOperations: ApiOperation[] = [
  {
    method: "get",
    path: "/api/v1/request-types",
    operationId: "listRequestTypes",
    summary: "The request types (Anliegen) with the channels each allows",
    tags: ["journey"],
    query: localeQuerySchema,
    responses: {
      200: { description: "Active request types in the portal's order", schema: requestTypesResponseSchema },
      422: { description: "Unknown locale", schema: invalidInput },
    },
  },
  {
    method: "post",
    path: "/api/v1/recommendations",
    operationId: "recommendChannels",
    summary: "Ranked channels with reasons for a request type, stated preference and situation",
    description:
      "The same engine and the same reasons as the portal's pages. Emergency overrides the preference; in person is always among the options. Each call is stored as an anonymous journey for the Jobcenter's analytics.",
    tags: ["journey"],
    query: localeQuerySchema,
    body: { schema: recommendationRequestSchema },
    responses: {
      200: { description: "The recommendation", schema: recommendationResponseSchema },
      404: { description: "Unknown request type", schema: notFoundAnswer },
      422: { description: "Invalid input, with the fields in error", schema: invalidInput },
    },
  },
];
