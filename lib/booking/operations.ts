// The booking API's operations for the OpenAPI document, from the same zod schemas: every status
// each route can answer with, and its body.
import { z } from "zod";
import { sharedResponses, type ApiOperation } from "@/lib/api/openapi";
import { bookingConflict, bookingCreated, bookingReplayed, cancelConflict } from "./api-responses";
import {
  appointmentBody,
  appointmentPath,
  appointmentView,
  idempotencyHeader,
  locationsResponse,
  slotsQuery,
  slotsResponse,
} from "./api-schemas";
import { MAX_OPEN_APPOINTMENTS_PER_CONTACT } from "./book";

const { invalid, notFound, tooManyRequests, ofHandle } = sharedResponses;
const unknownAppointment = notFound(
  "Unknown id, no token, or a token that does not belong to this id (ids cannot be probed)",
);
/** Counted per client address, or per key with higher limits when a trusted channel sends its API key. */
const withOptionalApiKey: ApiOperation["security"] = [{}, { apiKey: [] }];
const withManageToken: ApiOperation["security"] = [{ manageToken: [] }, { manageToken: [], apiKey: [] }];

export const bookingOperations: ApiOperation[] = [
  {
    method: "get",
    path: "/api/v1/locations",
    operationId: "listLocations",
    summary: "Locations with address, accessibility and opening hours; the virtual video location included",
    tags: ["booking"],
    responses: { 200: { description: "All active locations", schema: locationsResponse }, ...ofHandle },
  },
  {
    method: "get",
    path: "/api/v1/slots",
    operationId: "listSlots",
    summary: "Free slots of a request type on a channel, between two days (Berlin dates)",
    tags: ["booking"],
    query: slotsQuery,
    security: withOptionalApiKey,
    responses: {
      200: { description: "Free slots, earliest first", schema: slotsResponse },
      422: invalid(
        "Invalid query, an unknown request type or location, a channel the request type does not allow, or a range of more than 62 days",
      ),
      429: tooManyRequests,
      ...ofHandle,
    },
  },
  {
    method: "post",
    path: "/api/v1/appointments",
    operationId: "bookAppointment",
    summary: "Book an appointment",
    description: `Capacity is enforced by the database. The same Idempotency-Key with the same body answers with the same appointment (200, without the manage token, which is only shown once and also sent to the person). At most ${MAX_OPEN_APPOINTMENTS_PER_CONTACT} open appointments per e-mail address or phone number.`,
    tags: ["booking"],
    headers: idempotencyHeader,
    body: { schema: appointmentBody },
    security: withOptionalApiKey,
    responses: {
      201: {
        description: "Booked",
        schema: bookingCreated,
        headers: { Location: { description: "The appointment's URL in this API", schema: z.string(), required: true } },
      },
      200: { description: "Replayed: this key was already used for this request", schema: bookingReplayed },
      409: {
        description:
          "slot-taken: the slot was just taken (with the next free slots); too-many-appointments: the contact already holds the most open appointments; idempotency-key-reused: the key was used for another request; idempotency-conflict: a request with this key is still running",
        schema: bookingConflict,
      },
      422: invalid("Invalid input, a missing Idempotency-Key, or a start that cannot be booked"),
      429: tooManyRequests,
      ...ofHandle,
    },
  },
  {
    method: "get",
    path: "/api/v1/appointments/{id}",
    operationId: "getAppointment",
    summary: "An appointment, for the holder of its manage token",
    tags: ["booking"],
    pathParams: appointmentPath,
    security: withManageToken,
    responses: {
      200: { description: "The appointment", schema: appointmentView },
      404: unknownAppointment,
      429: tooManyRequests,
      ...ofHandle,
    },
  },
  {
    method: "delete",
    path: "/api/v1/appointments/{id}",
    operationId: "cancelAppointment",
    summary:
      "Cancel an appointment (its place is freed again after a short delay); cancelling a cancelled one answers it again",
    tags: ["booking"],
    pathParams: appointmentPath,
    security: withManageToken,
    responses: {
      200: { description: "Cancelled", schema: appointmentView },
      404: unknownAppointment,
      409: { description: "The appointment has begun or has taken place", schema: cancelConflict },
      429: tooManyRequests,
      ...ofHandle,
    },
  },
  {
    method: "get",
    path: "/api/v1/calendar/{token}",
    operationId: "getCalendarFile",
    summary:
      "The appointment's calendar file (.ics), by its manage token; a cancelled appointment's file cancels the event",
    tags: ["booking"],
    pathParams: z.object({ token: z.string().describe("the manage token from the booking answer") }),
    responses: {
      200: {
        description: "The calendar file",
        contentType: "text/calendar",
        schema: z.string().regex(/^BEGIN:VCALENDAR\r?\n/),
        headers: {
          "Content-Disposition": {
            description: 'attachment; filename="termin-<reference>.ics"',
            schema: z.string(),
            required: true,
          },
        },
      },
      404: notFound("Unknown token"),
      ...ofHandle,
    },
  },
];
