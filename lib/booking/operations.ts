// The booking API's operations for the OpenAPI document, from the same zod schemas.
import { z } from "zod";
import type { ApiOperation } from "@/lib/api/openapi";
import {
  appointmentBody,
  appointmentView,
  bookingCreated,
  errorBody,
  idempotencyHeader,
  invalidBody,
  locationsResponse,
  slotsQuery,
  slotsResponse,
  slotTakenBody,
} from "./api-schemas";

const tooMany = {
  description: "Too many requests from this client or for this contact",
  schema: errorBody,
  headers: { "Retry-After": { description: "seconds to wait", schema: z.int() } },
};
const notFound = { description: "Unknown id, or the token does not belong to it (ids cannot be probed)", schema: errorBody };
const bearer = z.object({ Authorization: z.string().describe("Bearer <manageToken>") });
const idPath = z.object({ id: z.uuid() });

export const bookingOperations: ApiOperation[] = [
  {
    method: "get",
    path: "/api/v1/locations",
    operationId: "listLocations",
    summary: "Locations with address, accessibility and opening hours; the virtual video location included",
    tags: ["booking"],
    responses: { 200: { description: "All active locations", schema: locationsResponse } },
  },
  {
    method: "get",
    path: "/api/v1/slots",
    operationId: "listSlots",
    summary: "Free slots of a request type on a channel, between two days (Berlin dates)",
    tags: ["booking"],
    query: slotsQuery,
    responses: { 200: { description: "Free slots, earliest first", schema: slotsResponse }, 422: { description: "Invalid query", schema: invalidBody }, 429: tooMany },
  },
  {
    method: "post",
    path: "/api/v1/appointments",
    operationId: "bookAppointment",
    summary: "Book an appointment",
    description:
      "Capacity is enforced by the database. The same Idempotency-Key with the same body answers with the same appointment (200, without the manage token, which is only shown once and also sent to the person); with another body it is refused (409 idempotency-key-reused). At most 3 open appointments per e-mail address or phone number.",
    tags: ["booking"],
    headers: idempotencyHeader,
    body: { schema: appointmentBody },
    responses: {
      201: { description: "Booked", schema: bookingCreated },
      200: { description: "Replayed: this key was already used for this request", schema: bookingCreated },
      409: { description: "slot-taken with the next free slots; or idempotency-key-reused; or too-many-appointments", schema: slotTakenBody },
      422: { description: "Invalid input", schema: invalidBody },
      429: tooMany,
    },
  },
  {
    method: "get",
    path: "/api/v1/appointments/{id}",
    operationId: "getAppointment",
    summary: "An appointment, for the holder of its manage token",
    tags: ["booking"],
    pathParams: idPath,
    headers: bearer,
    responses: { 200: { description: "The appointment", schema: appointmentView }, 404: notFound, 429: tooMany },
  },
  {
    method: "delete",
    path: "/api/v1/appointments/{id}",
    operationId: "cancelAppointment",
    summary: "Cancel an appointment (its place is freed again after a short delay)",
    tags: ["booking"],
    pathParams: idPath,
    headers: bearer,
    responses: { 200: { description: "Cancelled", schema: appointmentView }, 404: notFound, 409: { description: "Already begun", schema: errorBody }, 429: tooMany },
  },
];
