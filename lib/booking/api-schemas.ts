// zod schemas of the booking API: the route handlers validate with them and the OpenAPI document
// is generated from them (operations.ts). The booking body is derived from the one booking request
// (request.ts).
import { z } from "zod";
import { idempotencyKeySchema } from "@/lib/api/http";
import { apiBookingChannels } from "@/lib/channels";
import type { FieldErrors } from "@/lib/errors";
import { calendarDay, text, uuid } from "@/lib/validation";
import { bookingRequestFields, isBookingErrorCode, withBookingRules, type BookingErrorCode } from "./request";

export const apiChannel = z.enum(apiBookingChannels).describe("video or in-person");
const day = calendarDay();

export const slotsQuery = z.object({
  requestType: text({ max: 64, min: 1, messages: { characters: "Control characters are not allowed." } }).describe(
    "key of the request type, e.g. change-report",
  ),
  channel: apiChannel,
  location: uuid().optional().describe("id of a location; all locations of the channel if left out"),
  from: day.describe("first day, YYYY-MM-DD (Berlin)"),
  to: day.describe("last day, YYYY-MM-DD (Berlin), at most 62 days after from"),
});

export const slotSchema = z.object({
  start: z.string().describe("ISO 8601 with the Berlin offset"),
  end: z.string(),
  locationId: uuid(),
  remaining: z.int().describe("places still free"),
});

export const slotsResponse = z.object({ slots: z.array(slotSchema) });

/** The booking request as the API takes it: channels and the start as in JSON, no journey. */
export const appointmentBody = withBookingRules(
  bookingRequestFields.omit({ journeyId: true }).extend({
    channel: apiChannel,
    start: z.iso.datetime({ offset: true, message: "Use ISO 8601 with an offset, e.g. 2026-12-01T09:00:00+01:00." }),
  }),
);

/** The gate's codes in the API's English. */
const API_MESSAGES: Record<BookingErrorCode, string> = {
  name: "Give a name.",
  email: "Not an e-mail address.",
  phone: "Not a phone number.",
  contact: "Give an e-mail address or a phone number.",
  consent: "Consent to the video call is needed.",
  tooLong: "Too long.",
  invalidCharacters: "Control characters (such as NUL) are not allowed.",
  notBookable: "Not a valid value.",
};

/** Field errors with the gate's codes written out in English; other messages stay as they are. */
export function inEnglish(fields: FieldErrors): FieldErrors {
  return Object.fromEntries(
    Object.entries(fields).map(([field, messages]) => [
      field,
      messages.map((message) => (isBookingErrorCode(message) ? API_MESSAGES[message] : message)),
    ]),
  );
}

/** The path of one appointment; the route reads its id with this, an id of another shape is unknown (404). */
export const appointmentPath = z.object({ id: uuid() });

export const idempotencyHeader = z.object({
  "Idempotency-Key": idempotencyKeySchema,
});

export const appointmentView = z.object({
  id: uuid(),
  reference: z.string(),
  status: z.enum(["booked", "cancelled", "checked_in", "completed", "no_show"]),
  requestType: z.string(),
  channel: apiChannel,
  locationId: uuid(),
  start: z.string(),
  end: z.string(),
  videoUrl: z.string().optional(),
  videoConsent: z.boolean().optional(),
});

export const locationView = z.object({
  id: uuid(),
  name: z.string(),
  address: z
    .object({ street: z.string().nullable(), postalCode: z.string().nullable(), city: z.string().nullable() })
    .nullable(),
  channels: z.array(apiChannel),
  stepFree: z.boolean(),
  accessibilityNotes: z.string().nullable(),
  walkInNotes: z.string().nullable(),
  openingHours: z.array(z.object({ weekday: z.int(), opens: z.string(), closes: z.string(), walkIn: z.boolean() })),
});

export const locationsResponse = z.object({ locations: z.array(locationView) });
