// The journey's operations in the OpenAPI document, built from the schemas the routes validate with.
import { sharedResponses, type ApiOperation } from "@/lib/api/openapi";
import {
  localeQuerySchema,
  recommendationRequestSchema,
  recommendationResponseSchema,
  requestTypesResponseSchema,
} from "./api";

const { invalid, notFound, ofHandle } = sharedResponses;

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
      422: invalid("Unknown locale"),
      ...ofHandle,
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
      404: notFound("Unknown request type"),
      422: invalid("Invalid input, with the fields in error"),
      ...ofHandle,
    },
  },
];
