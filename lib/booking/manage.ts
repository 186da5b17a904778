// Changing a booked appointment: look at it, move it, cancel it, and give or withdraw consent to the
// video call. The person does it through the private manage link (the token is checked by its hash;
// unknown tokens are 404); the front desk does it for them by the appointment's id, through the same
// functions, so that the rules (open, on the slot grid, capacity, holds, messages) live once.
import { db } from "@/lib/db";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { takePlaces } from "./capacity";
import type { Client } from "./client";
import { holdPlaces } from "./holds";
import { issueManageCode } from "./manage-code";
import { takeOrOfferNextSlots } from "./take-or-offer";
import { queueAppointmentMessage } from "./notify";
import { parseWith, rescheduleRequest } from "./request";
import { ruleSlot, type BookingChannel } from "./slots";
import { hashToken, isSecretTokenShape, newSecretToken } from "@/lib/tokens";
import { isUuid } from "@/lib/validation";

// A fresh object per transaction: Prisma writes the parent's id into the options of a nested one,
// and a shared object would then nest every later transaction into that finished parent.
const txOptions = () => ({ maxWait: 30_000, timeout: 30_000 });
const include = { location: true, citizen: true, requestType: true } as const;

export async function findByToken(token: string, client: Client = db) {
  if (!isSecretTokenShape(token, "appointment")) throw new NotFoundError("appointment");
  const appointment = await client.appointment.findUnique({ where: { manageTokenHash: hashToken(token) }, include });
  if (!appointment) throw new NotFoundError("appointment");
  return appointment;
}

/** The API's look-up: the id and the token must belong together, else 404 (ids cannot be probed). */
export async function findByIdAndToken(id: string, token: string, client: Client = db) {
  const appointment = await findByToken(token, client).catch(() => null);
  if (!appointment || appointment.id !== id) throw new NotFoundError("appointment");
  return appointment;
}

export type ManagedAppointment = Awaited<ReturnType<typeof findByToken>>;

/**
 * Who changes the appointment: the person with the token of their manage link, or the front desk
 * with the appointment's id. The front desk does not know the link's token (only its hash is
 * stored), so its change gives the appointment a new link, which the message to the person carries;
 * the old link stops working. At the front desk the places held back for it count, and the minimum
 * notice for online bookings does not apply.
 */
type ChangedBy = { token: string } | { frontDesk: { appointmentId: string } };

interface Opened {
  appointment: ManagedAppointment;
  /** the token the messages link to */
  token: string;
  /** the new link's hash to store with the change (front desk only) */
  newTokenHash: string | null;
  frontDesk: boolean;
}

async function openForChange(by: ChangedBy, client: Client): Promise<Opened> {
  if ("token" in by)
    return { appointment: await findByToken(by.token, client), token: by.token, newTokenHash: null, frontDesk: false };
  const { appointmentId } = by.frontDesk;
  const appointment = isUuid(appointmentId)
    ? await client.appointment.findUnique({ where: { id: appointmentId }, include })
    : null;
  if (!appointment) throw new NotFoundError("appointment");
  const token = newSecretToken("appointment");
  return { appointment, token, newTokenHash: hashToken(token), frontDesk: true };
}

function assertOpen(appointment: ManagedAppointment, now: Date) {
  if (appointment.status !== "booked")
    throw new ConflictError("not-open", { message: "This appointment is cancelled or has already taken place." });
  if (appointment.startsAt.getTime() <= now.getTime())
    throw new ConflictError("not-open", { message: "This appointment has already begun." });
}

interface ChangeOptions {
  client?: Client;
  now?: Date;
}

/** The appointment after the cancel, and whether this call cancelled it (false: it already was). */
async function cancel(
  by: ChangedBy,
  options: ChangeOptions,
): Promise<{ appointment: ManagedAppointment; cancelled: boolean }> {
  const client = options.client ?? db;
  const now = options.now ?? new Date();
  const { appointment, token, newTokenHash } = await openForChange(by, client);
  if (appointment.status === "cancelled") return { appointment, cancelled: false };
  assertOpen(appointment, now);
  return client.$transaction(async (tx) => {
    const updated = await tx.appointment.updateMany({
      where: { id: appointment.id, status: "booked" },
      data: { status: "cancelled", cancelledAt: now, ...(newTokenHash ? { manageTokenHash: newTokenHash } : {}) },
    });
    if (updated.count === 0) return { appointment, cancelled: false };
    // The printed code opened the old link: it ends with it.
    if (newTokenHash) await tx.manageCode.deleteMany({ where: { appointmentId: appointment.id } });
    await holdPlaces(
      tx,
      { locationId: appointment.locationId, startsAt: appointment.startsAt, endsAt: appointment.endsAt },
      now,
    );
    await queueAppointmentMessage(tx, "cancellation", appointment, token, now);
    return {
      appointment: await tx.appointment.findUniqueOrThrow({ where: { id: appointment.id }, include }),
      cancelled: true,
    };
  }, txOptions());
}

/**
 * Moves the appointment to a new start, checked by the same gate as a booking's start (request.ts).
 * At the front desk the new link also gets a new printed code (the old code ends), for a new printout.
 */
async function reschedule(
  by: ChangedBy,
  input: Date,
  options: ChangeOptions,
): Promise<ManagedAppointment & { manageCode: string | null }> {
  const client = options.client ?? db;
  const now = options.now ?? new Date();
  const { start } = parseWith(rescheduleRequest, { start: input });
  const { appointment, token, newTokenHash, frontDesk } = await openForChange(by, client);
  assertOpen(appointment, now);
  if (appointment.startsAt.getTime() === start.getTime()) return { ...appointment, manageCode: null };
  let manageCode: string | null = null;
  const channel = appointment.channel as BookingChannel;
  const { slot } = await ruleSlot(
    client,
    appointment.requestTypeKey,
    channel,
    appointment.locationId,
    start,
    now,
    frontDesk,
  );
  // Inside a caller's transaction this is a savepoint: a full slot undoes the attempt alone.
  const attempt = () =>
    client.$transaction(async (tx) => {
      // Lock the appointment so that two moves of the same appointment cannot both happen.
      const locked = await tx.$queryRaw<
        { starts_at: Date; status: string }[]
      >`SELECT starts_at, status FROM appointment WHERE id = ${appointment.id}::uuid FOR UPDATE`;
      if (locked[0]?.status !== "booked" || locked[0].starts_at.getTime() !== appointment.startsAt.getTime()) {
        throw new ConflictError("changed", {
          message: "This appointment was changed at the same time. Please reload the page.",
        });
      }
      await takePlaces(tx, slot);
      await holdPlaces(
        tx,
        { locationId: appointment.locationId, startsAt: appointment.startsAt, endsAt: appointment.endsAt },
        now,
      );
      const moved = await tx.appointment.update({
        where: { id: appointment.id },
        data: { startsAt: slot.start, endsAt: slot.end, ...(newTokenHash ? { manageTokenHash: newTokenHash } : {}) },
        include,
      });
      await queueAppointmentMessage(tx, "change", moved, token, now);
      if (frontDesk) manageCode = await issueManageCode(moved.id, token, tx);
      return moved;
    }, txOptions());
  const moved = await takeOrOfferNextSlots(
    client,
    now,
    attempt,
    { requestType: appointment.requestTypeKey, channel, locationId: appointment.locationId, frontDesk },
    slot.start,
  );
  return { ...moved, manageCode };
}

/** The person cancels through the manage link; cancelling twice changes nothing. */
export async function cancelAppointment(token: string, options: ChangeOptions = {}): Promise<ManagedAppointment> {
  return (await cancel({ token }, options)).appointment;
}

/** The person moves the appointment through the manage link. */
export function rescheduleAppointment(
  token: string,
  start: Date,
  options: ChangeOptions = {},
): Promise<ManagedAppointment> {
  return reschedule({ token }, start, options);
}

/** The front desk cancels for the person (pass the staff door's transaction as `client`). */
export function cancelAtFrontDesk(appointmentId: string, options: ChangeOptions = {}) {
  return cancel({ frontDesk: { appointmentId } }, options);
}

/** The front desk moves the appointment for the person, to a slot its reserve may provide. */
export function rescheduleAtFrontDesk(
  appointmentId: string,
  start: Date,
  options: ChangeOptions = {},
): Promise<ManagedAppointment & { manageCode: string | null }> {
  return reschedule({ frontDesk: { appointmentId } }, start, options);
}

/** Consent to the video call, given or withdrawn per appointment. */
export async function setVideoConsent(
  token: string,
  consent: boolean,
  options: { client?: Client; now?: Date } = {},
): Promise<void> {
  const client = options.client ?? db;
  const appointment = await findByToken(token, client);
  if (appointment.channel !== "video") throw new NotFoundError("appointment");
  await client.appointment.update({
    where: { id: appointment.id },
    data: { videoConsentAt: consent ? (options.now ?? new Date()) : null },
  });
}

/** Booked and not begun yet: can still be moved or cancelled. */
export function isOpen(appointment: { status: string; startsAt: Date }, now: Date = new Date()): boolean {
  return appointment.status === "booked" && appointment.startsAt.getTime() > now.getTime();
}
