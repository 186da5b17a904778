// One booking request, one gate: the schema every way of booking passes, whoever sends it (the web
// form and its draft, the JSON API, the front desk). bookSlot and rescheduleAppointment parse their
// input with it; the web form (form-schema.ts) and the API body (api-schemas.ts) are derived from
// it. A check that lived only at one edge is how a rejected draft once got booked.
// Messages are codes, the keys of booking.errors in the message files; the API answers in English.
import { z } from "zod";
import { fieldErrors } from "@/lib/api/http";
import { bookingChannels } from "@/lib/channels";
import { ValidationError } from "@/lib/errors";
import { locales } from "@/i18n/routing";
import { toE164 } from "@/lib/phone";
import { text, uuid } from "@/lib/validation";

/** What a booking can be refused for, field by field: keys of booking.errors. */
export const BOOKING_ERROR_CODES = [
  "name",
  "email",
  "phone",
  "contact",
  "consent",
  "tooLong",
  "invalidCharacters",
  "notBookable",
] as const;
export type BookingErrorCode = (typeof BOOKING_ERROR_CODES)[number];

export function isBookingErrorCode(value: string): value is BookingErrorCode {
  return (BOOKING_ERROR_CODES as readonly string[]).includes(value);
}

/** An answer that may be left out: missing, null and blank all become null. */
function optional<T extends z.ZodType<string, string>>(schema: T) {
  return schema.nullish().transform((value) => value || null);
}

/** A text answer: too long and control characters have codes of their own. */
const answer = (
  max: number,
  options: { multiline?: boolean; format?: { pattern: RegExp; code: BookingErrorCode } } = {},
) => {
  const checked = text({
    max,
    multiline: options.multiline,
    messages: { tooLong: "tooLong", ...(options.format ? { required: options.format.code } : {}) },
  });
  const { format } = options;
  return format ? checked.refine((value) => value === "" || format.pattern.test(value), format.code) : checked;
};

/** A start as pages and drafts carry it: ISO 8601 with an offset (a day that does not exist is refused). */
export const startAsSent = z.iso.datetime({ offset: true, error: "notBookable" });

export const bookingChannel = z.enum(bookingChannels, "notBookable");

/** A key of a request type, as in URLs and the API (e.g. change-report). */
export const requestTypeKey = text({ max: 64, min: 1, messages: { required: "notBookable" } });

export const personFields = z.object({
  name: text({ max: 200, min: 1, messages: { required: "name", tooLong: "tooLong" } }),
  email: optional(answer(254, { format: { pattern: z.regexes.email, code: "email" } })),
  // Stored as E.164 (lib/phone.ts): the same number in any spelling is one number.
  phone: optional(
    answer(32).transform((value, context) => {
      if (value === "") return value;
      const e164 = toE164(value);
      if (e164) return e164;
      context.addIssue({ code: "custom", message: "phone" });
      return z.NEVER;
    }),
  ),
  customerNumber: optional(answer(40)),
});

/**
 * The request's fields, without the rules that tie fields together (zod cannot pick from a schema
 * with those): derive shapes from this, then add the rules with withBookingRules.
 */
export const bookingRequestFields = z.object({
  requestType: requestTypeKey,
  channel: bookingChannel,
  locationId: uuid("notBookable"),
  start: z.date("notBookable"),
  person: personFields,
  language: z.enum(locales, "notBookable").default("de"),
  interpreter: optional(answer(40)).describe("language for an interpreter, e.g. tr"),
  accessibilityNeeds: optional(answer(500, { multiline: true })),
  note: optional(answer(1000, { multiline: true })),
  videoConsent: z
    .boolean("consent")
    .optional()
    .describe("video only: false refuses the booking; the call is never recorded"),
  // A journey id from a URL that is not one (stale or made up) is dropped, not an error.
  journeyId: uuid().nullish().catch(null),
});

/**
 * Who books. The person themselves (the pages and the API: never anything else, their shapes have no
 * actor), or a staff member for them at the counter or on the phone: then the places held back for
 * the front desk may be taken, no contact is needed (people without e-mail are the ones who come to
 * the counter), the booking is marked with who made it and how, and it may be for a person already
 * known (found or created at the counter) instead of a new one made from the answers.
 */
export const bookingActor = z.discriminatedUnion(
  "kind",
  [
    z.object({ kind: z.literal("citizen") }),
    z.object({
      kind: z.literal("staff"),
      staffUserId: z.uuid("notBookable"),
      assistance: z.enum(["counter", "phone"], "notBookable"),
      citizenId: z
        .uuid("notBookable")
        .nullish()
        .transform((value) => value ?? null),
    }),
  ],
  "notBookable",
);

export type BookingActor = z.output<typeof bookingActor>;

interface RuleFields {
  channel: string;
  person: { email?: string | null; phone?: string | null };
  videoConsent?: boolean;
  actor?: { kind: string };
}

/**
 * The rules across fields: a way to reach the person (unless staff book for them: they can tell
 * the person there and then), and for video the consent to the call.
 */
export function withBookingRules<T extends z.ZodType<RuleFields>>(schema: T): T {
  return schema.superRefine((value, ctx) => {
    const byStaff = value.actor?.kind === "staff";
    if (!byStaff && !value.person.email && !value.person.phone)
      ctx.addIssue({ code: "custom", path: ["person", "email"], message: "contact" });
    if (value.channel === "video" && value.videoConsent === false)
      ctx.addIssue({ code: "custom", path: ["videoConsent"], message: "consent" });
  });
}

/** The one gate: the request's fields, who books (the person themselves unless said), and the rules. */
export const bookingRequest = withBookingRules(
  bookingRequestFields.extend({ actor: bookingActor.default({ kind: "citizen" }) }),
);

/** A booking request as callers send it (bookSlot checks it). */
export type BookingRequest = z.input<typeof bookingRequest>;
/** A booking request that passed the gate. */
export type CheckedBookingRequest = z.output<typeof bookingRequest>;

/** Parses with a schema of this gate, or throws ValidationError with the codes by field ("person.email"). */
export function parseWith<T extends z.ZodType>(schema: T, input: unknown): z.output<T> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new ValidationError(fieldErrors(parsed.error));
  return parsed.data;
}

/** Moving an appointment asks for a new start only: the same check as the start of a booking. */
export const rescheduleRequest = bookingRequestFields.pick({ start: true });
