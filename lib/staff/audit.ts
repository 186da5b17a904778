// The audit log: every staff access to a person's data, and every event of the staff
// sign-in (failures, locks, unlocks), which may have no signed-in actor. Each event is one variant of
// AuditEvent, with its actor, the person concerned, the object and details of a known shape; it is
// stored in audit_log (action, staff_user_id, citizen_id, entity_type, entity_id, details). Rows
// written before the events were typed carry the plain actions "view" and "check-in".
import type { CheckInOutcome, NoShowOutcome } from "@/lib/booking";
import type { StaffAssistance } from "@/lib/journey";
import { db } from "@/lib/db";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { SignInThrottleScope } from "@/lib/generated/prisma/enums";

/** Why a sign-in failed; for the log only, never for the answer (an unknown account and a wrong password are one reason). */
export type SignInFailureReason = "wrong-credentials" | "locked" | "invalid-input";

/**
 * One kind of event: what happened (`<object>.<verb>`), who did it (a staff user's id; null when
 * nobody is signed in), whose data it concerns (a citizen's id, or null), on what object (a table's
 * name and the row's id; no id for a list), and the details of that kind.
 */
interface Event<Action extends string, ObjectType extends string, Details, Actor extends string | null = string, Citizen extends string | null = null, ObjectId extends string | null = string> {
  action: Action;
  actor: Actor;
  citizenId: Citizen;
  object: { type: ObjectType; id: ObjectId };
  details: Details;
}

type Count = { count: number };
type Nothing = Record<string, never>;

export type AuditEvent =
  | Event<"person.viewed", "citizen", Nothing, string, string>
  | Event<"appointment.viewed", "appointment", Nothing, string, string>
  | Event<"appointment.checked-in", "appointment", { outcome: CheckInOutcome }, string, string>
  // A search shows several people: which criteria were used (not what was typed) and whom it listed.
  | Event<"person.searched", "citizen", { criteria: string[]; count: number; shown: string[] }, string, null, null>
  | Event<"person.created", "citizen", Nothing, string, string>
  | Event<"appointment.booked-for-someone", "appointment", { assistance: StaffAssistance; channel: string; requestType: string; startsAt: string; replayed: boolean }, string, string>
  // The day at a location: its list on screen (or printed) and as a CSV file; the location is the object.
  | Event<"appointments.day-listed", "location", { day: string; count: number }, string, null>
  | Event<"appointments.exported", "location", { day: string; count: number }, string, null>
  | Event<"appointment.marked-no-show", "appointment", { outcome: NoShowOutcome }, string, string>
  | Event<"appointment.cancelled", "appointment", { outcome: "cancelled" | "already" }, string, string>
  | Event<"appointment.rebooked", "appointment", { from: string; to: string }, string, string>
  | Event<"outbox.listed", "notification_outbox", Count, string, null, null>
  | Event<"outbox.message-viewed", "notification_outbox", { kind: string }, string, string | null>
  | Event<"feedback.listed", "feedback", Count, string, null, null>
  | Event<"sign-in-locks.listed", "sign_in_throttle", Count, string, null, null>
  | Event<"sign-in.succeeded", "staff_user", { address: string }>
  // The e-mail address tried is the object: whether an account has it is not told, here either.
  | Event<"sign-in.failed", "staff_sign_in", { email: string | null; address: string; reason: SignInFailureReason; failures: Record<string, number> }, null, null, string | null>
  | Event<"sign-in.locked", "sign_in_throttle", { scope: SignInThrottleScope; key: string; failures: number; lockedUntil: string }, null>
  | Event<"sign-in.unlocked", "sign_in_throttle", { scope: SignInThrottleScope; key: string }>;

/** An event done by a signed-in staff member, without the actor, whom the door fills in from the session. */
export type StaffEvent = Extract<AuditEvent, { actor: string }> extends infer E ? (E extends unknown ? Omit<E, "actor"> : never) : never;

type DatabaseClient = PrismaClient | Prisma.TransactionClient;

/** Writes an event; pass the transaction of the change it records, so that both commit or neither. */
export async function recordEvent(event: AuditEvent, client: DatabaseClient = db): Promise<void> {
  await client.auditLog.create({
    data: {
      action: event.action,
      staffUserId: event.actor,
      citizenId: event.citizenId,
      entityType: event.object.type,
      entityId: event.object.id,
      details: event.details as Prisma.InputJsonObject,
    },
  });
}

/** The audit of one staff member's work: each event is written with them as its actor, on the client given (the change's transaction). */
export type Audit = (event: StaffEvent) => Promise<void>;

export function auditAs(actor: string, client: DatabaseClient = db): Audit {
  // A StaffEvent is a variant of AuditEvent whose actor is a staff member; the actor is put back.
  return (event) => recordEvent({ ...event, actor } as AuditEvent, client);
}
