// The queue's operations in the OpenAPI document, from the same zod schemas the handlers use.
import { sharedResponses, type ApiOperation } from "@/lib/api/openapi";
import { dailyLimitReached, displayQuery, displayResponse, ticketApiBody, ticketCreated, unauthorized } from "./api";

const { invalid, notFound, ofHandle } = sharedResponses;

export const queueOperations: ApiOperation[] = [
  {
    method: "post",
    path: "/api/v1/queue/tickets",
    operationId: "drawQueueTicket",
    summary: "A walk-in's number for a service at a location (ticket kiosks)",
    description:
      "Trusted channels only. The number joins the location's queue at once; with a phone number the person gets an SMS when two people are left before them. Each location gives out a limited number of walk-in numbers a day.",
    tags: ["queue"],
    body: { schema: ticketApiBody },
    security: [{ apiKey: [] }],
    responses: {
      201: { description: "Drawn", schema: ticketCreated },
      401: { description: "No X-Api-Key, or one that is not among the portal's API_KEYS", schema: unauthorized },
      409: {
        description: "daily-limit: the location's walk-in numbers for today are all given out (with a message to show)",
        schema: dailyLimitReached,
      },
      422: invalid(
        "Invalid input: an unknown location or request type, a language the portal does not have, a malformed phone number",
      ),
      ...ofHandle,
    },
  },
  {
    method: "get",
    path: "/api/v1/queue/display",
    operationId: "getQueueDisplay",
    summary: "What a location's call display shows: the last calls, how many wait, the expected wait",
    description:
      "Ticket numbers and desks only, never names. The token is the location's secret display link, renewable by an admin.",
    tags: ["queue"],
    query: displayQuery,
    responses: {
      200: { description: "The display's state", schema: displayResponse },
      404: notFound("No location has this display token (it may have been renewed)"),
      422: invalid("No token given"),
      ...ofHandle,
    },
  },
];
