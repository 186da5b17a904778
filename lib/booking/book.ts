// Booking an appointment: one transaction that takes the places (database-enforced capacity),
// checks the per-contact limit, stores the person and the appointment, and queues the messages.
// Idempotent by key: the same key and body give the same appointment, another body is refused.
import { createHash, randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { ConflictError, ValidationError } from "@/lib/errors";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { takePlaces } from "./capacity";
import { takeOrOfferNextSlots } from "./take-or-offer";
import { queueAppointmentMessage } from "./notify";
import { ruleSlot, type BookingChannel } from "./slots";
import { hashToken, newManageToken, newReference, newRoomName } from "./tokens";

/** Open (future, not cancelled) appointments one e-mail address or phone number may hold. */
export const MAX_OPEN_APPOINTMENTS_PER_CONTACT = 3;

export interface BookingRequest {
  requestType: string;
  channel: BookingChannel;
  locationId: string;
  start: Date;
  person: { name: string; email?: string | null; phone?: string | null; customerNumber?: string | null };
  language: string;
  interpreter?: string | null;
  accessibilityNeeds?: string | null;
  note?: string | null;
  videoConsent?: boolean;
  journeyId?: string | null;
}

export interface BookingResult {
  id: string;
  reference: string;
  /** only on the first answer: the token is never stored in readable form */
  manageToken?: string;
  replayed: boolean;
}

const TX_OPTIONS = { maxWait: 30_000, timeout: 30_000 } as const;

export function normalizeEmail(email?: string | null): string | null {
  const value = email?.trim().toLowerCase();
  return value ? value : null;
}

export function normalizePhone(phone?: string | null): string | null {
  const value = phone?.replace(/[\s()./-]/g, "");
  return value ? value : null;
}

function requestHash(request: BookingRequest): string {
  const canonical = JSON.stringify({ ...request, start: request.start.toISOString(), person: { ...request.person } }, Object.keys({ ...request, ...request.person }).sort());
  return createHash("sha256").update(canonical).digest("hex");
}

export async function bookSlot(
  request: BookingRequest,
  options: { client?: PrismaClient; now?: Date; idempotencyKey?: string; idempotencyScope?: string } = {},
): Promise<BookingResult> {
  const client = options.client ?? db;
  const now = options.now ?? new Date();
  const email = normalizeEmail(request.person.email);
  const phone = normalizePhone(request.person.phone);
  if (!email && !phone) throw new ValidationError({ "person.email": ["Give an e-mail address or a phone number."] });
  if (request.channel === "video" && request.videoConsent === false) throw new ValidationError({ videoConsent: ["Consent to the video call is needed."] });
  // A journey id from the URL that does not exist (stale or made up) is dropped, not an error.
  const journeyId = request.journeyId && /^[0-9a-f-]{36}$/i.test(request.journeyId) && (await client.journey.findUnique({ where: { id: request.journeyId }, select: { id: true } })) ? request.journeyId : null;
  const { slot, location } = await ruleSlot(client, request.requestType, request.channel, request.locationId, request.start, now);

  const attempt = () =>
    client.$transaction(async (tx) => {
      if (options.idempotencyKey) {
        const replay = await claimIdempotencyKey(tx, options.idempotencyScope ?? "appointments", options.idempotencyKey, requestHash(request));
        if (replay) return replay;
      }
      await enforceContactLimit(tx, email, phone, now);
      await takePlaces(tx, slot);
      const token = newManageToken();
      const appointment = {
        id: randomUUID(),
        reference: newReference(),
        channel: request.channel as string,
        startsAt: slot.start,
        endsAt: slot.end,
        language: request.language,
        location,
        citizen: { email, phone },
      };
      // Person and appointment in one statement (one round trip on the hot path).
      await tx.$executeRaw`
        WITH person AS (
          INSERT INTO citizen (id, name, email, phone, customer_number, language, interpreter_language, accessibility_needs, updated_at)
          VALUES (${randomUUID()}::uuid, ${request.person.name.trim()}, ${email}, ${phone}, ${request.person.customerNumber?.trim() || null},
                  ${request.language}, ${request.interpreter || null}, ${request.accessibilityNeeds || null}, now())
          RETURNING id
        )
        INSERT INTO appointment (id, reference, request_type_key, channel, location_id, starts_at, ends_at, citizen_id, journey_id, language,
                                 interpreter_language, accessibility_needs, note, room_name, video_consent_at, manage_token_hash, updated_at)
        SELECT ${appointment.id}::uuid, ${appointment.reference}, ${request.requestType}, ${request.channel}::"Channel", ${request.locationId}::uuid,
               ${slot.start}, ${slot.end}, person.id, ${journeyId}::uuid, ${request.language},
               ${request.interpreter || null}, ${request.accessibilityNeeds || null}, ${request.note || null},
               ${request.channel === "video" ? newRoomName() : null}, ${request.channel === "video" ? now : null}, ${hashToken(token)}, now()
        FROM person`;
      await queueAppointmentMessage(tx, "confirmation", appointment, token, now);
      if (options.idempotencyKey) {
        await tx.idempotencyRecord.update({
          where: { scope_key: { scope: options.idempotencyScope ?? "appointments", key: options.idempotencyKey } },
          data: { statusCode: 201, responseBody: { id: appointment.id, reference: appointment.reference } },
        });
      }
      return { id: appointment.id, reference: appointment.reference, manageToken: token, replayed: false } satisfies BookingResult;
    }, TX_OPTIONS);

  return takeOrOfferNextSlots(client, now, attempt, { requestType: request.requestType, channel: request.channel, locationId: request.locationId }, slot.start);
}

/** Inserts the key (waiting for a concurrent twin to finish); a finished earlier request is replayed. */
async function claimIdempotencyKey(tx: Prisma.TransactionClient, scope: string, key: string, hash: string): Promise<BookingResult | null> {
  const inserted = await tx.$queryRaw<{ key: string }[]>`
    INSERT INTO idempotency_record (scope, key, request_hash) VALUES (${scope}, ${key}, ${hash})
    ON CONFLICT (scope, key) DO NOTHING RETURNING key`;
  if (inserted.length > 0) return null;
  const existing = await tx.idempotencyRecord.findUnique({ where: { scope_key: { scope, key } } });
  if (!existing) throw new ConflictError("idempotency-conflict", { message: "A request with this Idempotency-Key is still running. Try again in a moment." });
  if (existing.requestHash !== hash) {
    throw new ConflictError("idempotency-key-reused", { message: "This Idempotency-Key was already used for a different request. Use a new key for a new booking." });
  }
  const body = existing.responseBody as { id: string; reference: string } | null;
  if (!body) throw new ConflictError("idempotency-conflict", { message: "A request with this Idempotency-Key is still running. Try again in a moment." });
  return { id: body.id, reference: body.reference, replayed: true };
}

/** At most a few open appointments per e-mail address or phone number; serialised per contact. */
async function enforceContactLimit(tx: Prisma.TransactionClient, email: string | null, phone: string | null, now: Date): Promise<void> {
  const keys = [email ? `email:${email}` : null, phone ? `phone:${phone}` : null].filter((key): key is string => key !== null).sort();
  for (const key of keys) await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${key}))`;
  const [{ open }] = await tx.$queryRaw<{ open: number }[]>`
    SELECT count(*)::int AS open FROM appointment a JOIN citizen c ON c.id = a.citizen_id
    WHERE a.status = 'booked' AND a.starts_at > ${now}
      AND (c.email = ${email} OR c.phone = ${phone})`;
  if (open >= MAX_OPEN_APPOINTMENTS_PER_CONTACT) {
    throw new ConflictError("too-many-appointments", {
      message: `There are already ${MAX_OPEN_APPOINTMENTS_PER_CONTACT} open appointments for this contact. Cancel one or wait until one has taken place.`,
      limit: MAX_OPEN_APPOINTMENTS_PER_CONTACT,
    });
  }
}
