// What the private manage link allows: look at the appointment, move it, cancel it, and give or
// withdraw consent to the video call. The token is checked by its hash; unknown tokens are 404.
import { db } from "@/lib/db";
import { ConflictError, NotFoundError } from "@/lib/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { takePlaces } from "./capacity";
import { holdPlaces } from "./holds";
import { takeOrOfferNextSlots } from "./take-or-offer";
import { queueAppointmentMessage } from "./notify";
import { parseWith, rescheduleRequest } from "./request";
import { ruleSlot, type BookingChannel } from "./slots";
import { hashToken, isSecretTokenShape } from "@/lib/tokens";

const TX_OPTIONS = { maxWait: 30_000, timeout: 30_000 } as const;
const include = { location: true, citizen: true, requestType: true } as const;

export async function findByToken(token: string, client: PrismaClient = db) {
  if (!isSecretTokenShape(token, "appointment")) throw new NotFoundError("appointment");
  const appointment = await client.appointment.findUnique({ where: { manageTokenHash: hashToken(token) }, include });
  if (!appointment) throw new NotFoundError("appointment");
  return appointment;
}

/** The API's look-up: the id and the token must belong together, else 404 (ids cannot be probed). */
export async function findByIdAndToken(id: string, token: string, client: PrismaClient = db) {
  const appointment = await findByToken(token, client).catch(() => null);
  if (!appointment || appointment.id !== id) throw new NotFoundError("appointment");
  return appointment;
}

export type ManagedAppointment = Awaited<ReturnType<typeof findByToken>>;

function assertOpen(appointment: ManagedAppointment, now: Date) {
  if (appointment.status !== "booked") throw new ConflictError("not-open", { message: "This appointment is cancelled or has already taken place." });
  if (appointment.startsAt.getTime() <= now.getTime()) throw new ConflictError("not-open", { message: "This appointment has already begun." });
}

export async function cancelAppointment(token: string, options: { client?: PrismaClient; now?: Date } = {}): Promise<ManagedAppointment> {
  const client = options.client ?? db;
  const now = options.now ?? new Date();
  const appointment = await findByToken(token, client);
  if (appointment.status === "cancelled") return appointment;
  assertOpen(appointment, now);
  return client.$transaction(async (tx) => {
    const updated = await tx.appointment.updateMany({ where: { id: appointment.id, status: "booked" }, data: { status: "cancelled", cancelledAt: now } });
    if (updated.count === 0) return appointment;
    await holdPlaces(tx, { locationId: appointment.locationId, startsAt: appointment.startsAt, endsAt: appointment.endsAt }, now);
    await queueAppointmentMessage(tx, "cancellation", appointment, token, now);
    return tx.appointment.findUniqueOrThrow({ where: { id: appointment.id }, include });
  }, TX_OPTIONS);
}

/** Moves the appointment to a new start, checked by the same gate as a booking's start (request.ts). */
export async function rescheduleAppointment(token: string, input: Date, options: { client?: PrismaClient; now?: Date } = {}): Promise<ManagedAppointment> {
  const client = options.client ?? db;
  const now = options.now ?? new Date();
  const { start } = parseWith(rescheduleRequest, { start: input });
  const appointment = await findByToken(token, client);
  assertOpen(appointment, now);
  if (appointment.startsAt.getTime() === start.getTime()) return appointment;
  const channel = appointment.channel as BookingChannel;
  const { slot } = await ruleSlot(client, appointment.requestTypeKey, channel, appointment.locationId, start, now);
  const attempt = () =>
    client.$transaction(async (tx) => {
      // Lock the appointment so that two moves of the same appointment cannot both happen.
      const locked = await tx.$queryRaw<{ starts_at: Date; status: string }[]>`SELECT starts_at, status FROM appointment WHERE id = ${appointment.id}::uuid FOR UPDATE`;
      if (locked[0]?.status !== "booked" || locked[0].starts_at.getTime() !== appointment.startsAt.getTime()) {
        throw new ConflictError("changed", { message: "This appointment was changed at the same time. Please reload the page." });
      }
      await takePlaces(tx, slot);
      await holdPlaces(tx, { locationId: appointment.locationId, startsAt: appointment.startsAt, endsAt: appointment.endsAt }, now);
      const moved = await tx.appointment.update({ where: { id: appointment.id }, data: { startsAt: slot.start, endsAt: slot.end }, include });
      await queueAppointmentMessage(tx, "change", moved, token, now);
      return moved;
    }, TX_OPTIONS);
  return takeOrOfferNextSlots(client, now, attempt, { requestType: appointment.requestTypeKey, channel, locationId: appointment.locationId }, slot.start);
}

/** Consent to the video call, given or withdrawn per appointment. */
export async function setVideoConsent(token: string, consent: boolean, options: { client?: PrismaClient; now?: Date } = {}): Promise<void> {
  const client = options.client ?? db;
  const appointment = await findByToken(token, client);
  if (appointment.channel !== "video") throw new NotFoundError("appointment");
  await client.appointment.update({ where: { id: appointment.id }, data: { videoConsentAt: consent ? (options.now ?? new Date()) : null } });
}

/** Booked and not begun yet: can still be moved or cancelled. */
export function isOpen(appointment: { status: string; startsAt: Date }, now: Date = new Date()): boolean {
  return appointment.status === "booked" && appointment.startsAt.getTime() > now.getTime();
}
