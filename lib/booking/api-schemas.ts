// zod schemas of the booking API: the route handlers validate with them and the OpenAPI document
// is generated from them (operations.ts).
import { z } from "zod";
import { locales } from "@/i18n/routing";
import { idempotencyKeySchema } from "@/lib/api/http";

export const apiChannel = z.enum(["video", "in-person"]).describe("video or in-person");
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Use the form YYYY-MM-DD.").refine((value) => !Number.isNaN(Date.parse(value)), "Not a real date.");

export const slotsQuery = z.object({
  requestType: z.string().min(1).max(64).describe("key of the request type, e.g. change-report"),
  channel: apiChannel,
  location: z.uuid().optional().describe("id of a location; all locations of the channel if left out"),
  from: isoDate.describe("first day, YYYY-MM-DD (Berlin)"),
  to: isoDate.describe("last day, YYYY-MM-DD (Berlin), at most 62 days after from"),
});

export const slotSchema = z.object({
  start: z.string().describe("ISO 8601 with the Berlin offset"),
  end: z.string(),
  locationId: z.uuid(),
  remaining: z.int().describe("places still free"),
});

export const slotsResponse = z.object({ slots: z.array(slotSchema) });

export const phonePattern = /^\+?[0-9][0-9 ()/.-]{4,28}[0-9]$/;

export const personSchema = z
  .object({
    name: z.string().trim().min(1, "Give a name.").max(200),
    email: z.email("Not an e-mail address.").max(254).optional(),
    phone: z.string().trim().regex(phonePattern, "Not a phone number.").optional(),
    customerNumber: z.string().trim().max(40).optional(),
  })
  .refine((person) => person.email || person.phone, { message: "Give an e-mail address or a phone number.", path: ["email"] });

export const appointmentBody = z.object({
  requestType: z.string().min(1).max(64),
  channel: apiChannel,
  locationId: z.uuid(),
  start: z.iso.datetime({ offset: true, message: "Use ISO 8601 with an offset, e.g. 2026-12-01T09:00:00+01:00." }),
  person: personSchema,
  language: z.enum(locales).default("de"),
  interpreter: z.string().trim().max(40).optional().describe("language for an interpreter, e.g. tr"),
  accessibilityNeeds: z.string().trim().max(500).optional(),
  note: z.string().trim().max(1000).optional(),
  videoConsent: z.boolean().optional().describe("video only: false refuses the booking; the call is never recorded"),
});

export const idempotencyHeader = z.object({
  "Idempotency-Key": idempotencyKeySchema,
});

export const appointmentView = z.object({
  id: z.uuid(),
  reference: z.string(),
  status: z.enum(["booked", "cancelled", "checked_in", "completed", "no_show"]),
  requestType: z.string(),
  channel: apiChannel,
  locationId: z.uuid(),
  start: z.string(),
  end: z.string(),
  videoUrl: z.string().optional(),
  videoConsent: z.boolean().optional(),
});

export const locationView = z.object({
  id: z.uuid(),
  name: z.string(),
  address: z.object({ street: z.string().nullable(), postalCode: z.string().nullable(), city: z.string().nullable() }).nullable(),
  channels: z.array(apiChannel),
  stepFree: z.boolean(),
  accessibilityNotes: z.string().nullable(),
  walkInNotes: z.string().nullable(),
  openingHours: z.array(z.object({ weekday: z.int(), opens: z.string(), closes: z.string(), walkIn: z.boolean() })),
});

export const locationsResponse = z.object({ locations: z.array(locationView) });

export function toDbChannel(channel: z.infer<typeof apiChannel>): "video" | "in_person" {
  return channel === "in-person" ? "in_person" : "video";
}

export function toApiChannel(channel: string): z.infer<typeof apiChannel> {
  return channel === "in_person" ? "in-person" : "video";
}
