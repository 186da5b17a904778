// Booking an appointment: one transaction that takes the places (database-enforced capacity),
// checks the per-contact limit, stores the person and the appointment, and queues the messages.
// Idempotent by key: the same key and body give the same appointment, another body is refused.
// The transaction is one statement, the database function book_appointment() (migration
// 20261130100000_book_appointment_function): everything that needs no database (rules, codes,
// texts) is prepared here, the rules that need the data are kept there, in one round trip.
import { randomUUID } from "node:crypto";
import { db, driverPool } from "@/lib/db";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { IDEMPOTENCY_SCOPES, type IdempotencyScope } from "@/lib/idempotency";
import { toE164 } from "@/lib/phone";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { assistedJourneyRow } from "@/lib/journey";
import { outboxRows } from "@/lib/notifications";
import { SlotTakenError, slotUnits } from "./capacity";
import { takeOrOfferNextSlots } from "./take-or-offer";
import { appointmentMessages } from "./notify";
import { bookingRequest, parseWith, type BookingRequest, type CheckedBookingRequest } from "./request";
import { ruleSlot } from "./slots";
import { hashToken, newReference, newRoomName, newSecretToken, sha256 } from "@/lib/tokens";
import { countBooking } from "@/lib/metrics";

/** Open (future, not cancelled) appointments one e-mail address or phone number may hold. */
export const MAX_OPEN_APPOINTMENTS_PER_CONTACT = 3;

export interface BookingResult {
  id: string;
  reference: string;
  /** only on the first answer: the token is never stored in readable form */
  manageToken?: string;
  replayed: boolean;
}

export function normalizeEmail(email?: string | null): string | null {
  const value = email?.trim().toLowerCase();
  return value ? value : null;
}

/** The number as stored: E.164 (lib/phone.ts); a number that cannot be read (the schemas refuse those) compacted as before. */
export function normalizePhone(phone?: string | null): string | null {
  const e164 = toE164(phone);
  if (e164) return e164;
  const value = phone?.replace(/[\s()./-]/g, "");
  return value ? value : null;
}

export type { BookingRequest } from "./request";

function requestHash(checked: CheckedBookingRequest): string {
  // A citizen's request hashes as before the actor existed (keys stored earlier still match); a
  // staff member's request hashes with who booked, for whom and how.
  const { actor, ...request } = checked;
  const keys = [
    ...Object.keys({ ...request, ...request.person }),
    ...(actor.kind === "staff" ? ["actor", ...Object.keys(actor)] : []),
  ].sort();
  const canonical = JSON.stringify(
    {
      ...request,
      start: request.start.toISOString(),
      person: { ...request.person },
      ...(actor.kind === "staff" ? { actor } : {}),
    },
    keys,
  );
  return sha256(canonical);
}

// One statement, straight to the driver (see lib/db.ts); autocommit makes it one transaction.
const BOOK_APPOINTMENT = `
  SELECT outcome, booked_id::text AS id, booked_reference AS reference
    FROM book_appointment($1::text, $2::text, $3::text, $4::text, $5::text, $6::int, $7::timestamptz,
                          $8::text[]::timestamptz[], $9::int, $10::jsonb, $11::jsonb, $12::jsonb, $13::jsonb)`;

/** What book_appointment() answers. */
interface BookingOutcome {
  outcome: "booked" | "replayed" | "taken" | "too-many" | "key-reused" | "in-flight" | "unknown-person";
  id: string | null;
  reference: string | null;
}

/**
 * Books a request, whoever sends it: the request passes the one gate (request.ts) first, so that
 * nothing another caller forgot to check reaches the database (a ValidationError with codes by field).
 * A staff member's request (actor "staff") may take the front desk's places, may be for a known
 * person, and is stored with who booked it, how, and the channel chosen for the person as a journey.
 */
export async function bookSlot(
  input: BookingRequest,
  options: { client?: PrismaClient; now?: Date; idempotencyKey?: string; idempotencyScope?: IdempotencyScope } = {},
): Promise<BookingResult> {
  const client = options.client ?? db;
  const now = options.now ?? new Date();
  const request = parseWith(bookingRequest, input);
  const email = normalizeEmail(request.person.email);
  const phone = normalizePhone(request.person.phone);
  const { actor } = request;
  const byStaff = actor.kind === "staff";
  const { slot, location } = await ruleSlot(
    client,
    request.requestType,
    request.channel,
    request.locationId,
    request.start,
    now,
    byStaff,
  );

  const token = newSecretToken("appointment");
  const appointment = {
    id: randomUUID(),
    reference: newReference("appointment"),
    channel: request.channel as string,
    startsAt: slot.start,
    endsAt: slot.end,
    language: request.language,
    location,
    citizen: { email, phone },
  };
  const video = request.channel === "video";
  // Staff record the channel they chose with the person, as the person's own choice is recorded.
  const journey = byStaff
    ? assistedJourneyRow({
        requestTypeKey: request.requestType,
        channel: request.channel,
        language: request.language,
        assistance: actor.assistance,
      })
    : null;
  // Rows in the tables' column names (the function reads them with jsonb_populate_record).
  // A known person is named by id (the database function checks it exists); else a new one is stored.
  const citizenRow =
    byStaff && actor.citizenId
      ? { id: actor.citizenId }
      : {
          name: request.person.name,
          customer_number: request.person.customerNumber,
          language: request.language,
          interpreter_language: request.interpreter,
          accessibility_needs: request.accessibilityNeeds,
        };
  const appointmentRow = {
    id: appointment.id,
    reference: appointment.reference,
    request_type_key: request.requestType,
    channel: request.channel,
    location_id: request.locationId,
    starts_at: slot.start.toISOString(),
    ends_at: slot.end.toISOString(),
    // A journey id that does not exist (stale) is dropped by the database function, not an error.
    journey_id: journey?.id ?? request.journeyId ?? null,
    language: request.language,
    interpreter_language: request.interpreter,
    accessibility_needs: request.accessibilityNeeds,
    note: request.note,
    room_name: video ? newRoomName() : null,
    video_consent_at: video ? now.toISOString() : null,
    manage_token_hash: hashToken(token),
    booked_by_staff_id: byStaff ? actor.staffUserId : null,
    assistance: byStaff ? actor.assistance : "self_service",
  };
  const messages = outboxRows(appointmentMessages("confirmation", appointment, token, now));
  const key = options.idempotencyKey ?? null;
  const scope = key ? (options.idempotencyScope ?? IDEMPOTENCY_SCOPES.apiAppointments) : null;
  const hash = key ? requestHash(request) : null;
  const { units, capacity } = slotUnits(slot);

  const pool = driverPool(client);
  const parameters = [
    scope,
    key,
    hash,
    email,
    phone,
    MAX_OPEN_APPOINTMENTS_PER_CONTACT,
    now.toISOString(),
    units,
    capacity,
    JSON.stringify(citizenRow),
    JSON.stringify(appointmentRow),
    JSON.stringify(messages),
    journey ? JSON.stringify(journey) : null,
  ];
  const attempt = async (): Promise<BookingResult> => {
    const { rows } = await pool.query<BookingOutcome>(BOOK_APPOINTMENT, parameters);
    return bookingResult(rows[0], token);
  };

  const result = await takeOrOfferNextSlots(
    client,
    now,
    attempt,
    { requestType: request.requestType, channel: request.channel, locationId: request.locationId, frontDesk: byStaff },
    slot.start,
  );
  if (!result.replayed) countBooking(request.channel);
  return result;
}

/** Turns the function's outcome into the answer, or into the error the API and pages show. */
function bookingResult(answer: BookingOutcome, token: string): BookingResult {
  switch (answer.outcome) {
    case "booked":
      return { id: answer.id!, reference: answer.reference!, manageToken: token, replayed: false };
    case "replayed":
      return { id: answer.id!, reference: answer.reference!, replayed: true };
    case "taken":
      // take-or-offer.ts releases due holds and tries once more, then offers the next free slots.
      throw new SlotTakenError();
    case "too-many":
      throw new ConflictError("too-many-appointments", {
        message: `There are already ${MAX_OPEN_APPOINTMENTS_PER_CONTACT} open appointments for this contact. Cancel one or wait until one has taken place.`,
        limit: MAX_OPEN_APPOINTMENTS_PER_CONTACT,
      });
    case "key-reused":
      throw new ConflictError("idempotency-key-reused", {
        message: "This Idempotency-Key was already used for a different request. Use a new key for a new booking.",
      });
    case "in-flight":
      throw new ConflictError("idempotency-conflict", {
        message: "A request with this Idempotency-Key is still running. Try again in a moment.",
      });
    case "unknown-person":
      throw new NotFoundError("person");
  }
}
