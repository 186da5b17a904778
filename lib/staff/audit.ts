// The audit log: every staff access to a person's data, and every event of the staff
// sign-in (failures, locks, unlocks), which may have no signed-in actor. Each event is one variant of
// AuditEvent, with its actor, the person concerned, the object and details of a known shape; it is
// stored in audit_log (action, staff_user_id, citizen_id, entity_type, entity_id, details). Rows
// written before the events were typed carry the plain actions "view" and "check-in".
import type { CheckInOutcome, HoursRow, NoShowOutcome } from "@/lib/booking";
import type { RuleChange, SettingChange, StaffAssistance } from "@/lib/journey";
import { db } from "@/lib/db";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { SignInThrottleScope, StaffRole } from "@/lib/generated/prisma/enums";

/** Why a sign-in failed; for the log only, never for the answer (an unknown account and a wrong password are one reason). */
export type SignInFailureReason = "wrong-credentials" | "wrong-code" | "locked" | "proof-missing" | "invalid-input";

/**
 * One kind of event: what happened (`<object>.<verb>`), who did it (a staff user's id; null when
 * nobody is signed in), whose data it concerns (a citizen's id, or null), on what object (a table's
 * name and the row's id; no id for a list), and the details of that kind.
 */
interface Event<
  Action extends string,
  ObjectType extends string,
  Details,
  Actor extends string | null = string,
  Citizen extends string | null = null,
  ObjectId extends string | null = string,
> {
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
  // A fact recorded or corrected by staff on the person page: which kind, and its new value.
  // One's own appointments listed: how many, whose.
  | Event<
      "appointments.own-listed",
      "appointment",
      { count: number; total?: number; people: string[] },
      string,
      null,
      null
    >
  // The inbox: listed (filters, how many), a submission opened, an attachment opened, and the changes.
  | Event<
      "inbox.listed",
      "form_submission",
      {
        filters: {
          status: string | null;
          form: string | null;
          assignee: string;
          from?: string | null;
          to?: string | null;
        };
        count: number;
      },
      string,
      null,
      null
    >
  | Event<"submission.viewed", "form_submission", Nothing, string, string | null>
  | Event<"attachment.opened", "attachment", { submission: string; name: string }, string, string | null>
  | Event<"submission.assigned", "form_submission", Nothing, string, string | null>
  | Event<"submission.status-changed", "form_submission", { from: string | null; to: string }, string, string | null>
  | Event<
      "submission.information-requested",
      "form_submission",
      { template: string; note: boolean },
      string,
      string | null
    >
  // The callback queue: listed (how many, which requests were shown), a callback claimed, its outcome.
  | Event<
      "callbacks.listed",
      "form_submission",
      {
        filters?: {
          status: string | null;
          requestType: string | null;
          claimed: string | null;
          day: string | null;
        };
        count: number;
        shown: string[];
      },
      string,
      null,
      null
    >
  | Event<"callback.claimed", "form_submission", { outcome: string }, string, string | null>
  | Event<"callback.outcome-recorded", "form_submission", { outcome: string; tries: number }, string, string | null>
  // A form started at the counter for the person (the submission follows when it is filed).
  | Event<"form.started-for-someone", "citizen", { form: string }, string, string>
  | Event<"person.fact-recorded", "person_fact", { kind: string; value: string }, string, string, null>
  // Phone, e-mail or language corrected on the person page: which fields, never their values.
  | Event<"person.corrected", "citizen", { fields: ("phone" | "email" | "language")[] }, string, string>
  | Event<
      "appointment.booked-for-someone",
      "appointment",
      { assistance: StaffAssistance; channel: string; requestType: string; startsAt: string; replayed: boolean },
      string,
      string
    >
  // The day at a location: its list on screen (or printed) and as a CSV file; the location is the object.
  | Event<"appointments.day-listed", "location", { day: string; count: number }, string, null>
  | Event<"appointments.exported", "location", { day: string; count: number }, string, null>
  | Event<"appointment.marked-no-show", "appointment", { outcome: NoShowOutcome }, string, string>
  | Event<
      "appointment.cancelled",
      "appointment",
      { outcome: "cancelled" | "already"; because?: "closure" | "hours" },
      string,
      string
    >
  | Event<"appointment.rebooked", "appointment", { from: string; to: string }, string, string>
  // A confirmation reprinted with a new manage code: the old code and link ended.
  | Event<"appointment.manage-link-renewed", "appointment", Nothing, string, string>
  // The waiting room's queue: a desk's list (appointment tickets name their person), numbers drawn, each step on a ticket.
  | Event<"queue.listed", "location", { desk: string; count: number }, string, null>
  | Event<"queue.ticket-drawn", "queue_ticket", { number: string; locationId: string }, string, string | null>
  | Event<
      "queue.ticket-changed",
      "queue_ticket",
      {
        step: string;
        number: string;
        desk: string;
        outcome?: string;
        toDesk?: string | null;
        requestType?: string | null;
      },
      string,
      string | null
    >
  | Event<"queue.display-renewed", "location", Nothing>
  | Event<"outbox.listed", "notification_outbox", Count, string, null, null>
  | Event<"outbox.message-viewed", "notification_outbox", { kind: string }, string, string | null>
  | Event<"feedback.listed", "feedback", Count, string, null, null>
  | Event<"sign-in-locks.listed", "sign_in_throttle", Count, string, null, null>
  | Event<
      "sign-in.succeeded",
      "staff_user",
      { address: string; method: "password" | "password+totp" | "single-sign-on" }
    >
  // Single sign-on for an e-mail address without an active staff account.
  | Event<
      "sign-in.refused",
      "staff_sign_in",
      { email: string | null; method: "single-sign-on" },
      null,
      null,
      string | null
    >
  // The e-mail address tried is the object: whether an account has it is not told, here either.
  | Event<
      "sign-in.failed",
      "staff_sign_in",
      { email: string | null; address: string; reason: SignInFailureReason; failures: Record<string, number> },
      null,
      null,
      string | null
    >
  | Event<
      "sign-in.locked",
      "sign_in_throttle",
      { scope: SignInThrottleScope; key: string; failures: number; lockedUntil: string },
      null
    >
  | Event<"sign-in.unlocked", "sign_in_throttle", { scope: SignInThrottleScope; key: string }>
  // Staff accounts, changed by an admin; the object is the account.
  | Event<"staff.listed", "staff_user", Count, string, null, null>
  | Event<"staff.created", "staff_user", { email: string; role: StaffRole; locations: string[] }>
  | Event<
      "staff.updated",
      "staff_user",
      { role: { from: StaffRole; to: StaffRole }; locations: { from: string[]; to: string[] } }
    >
  | Event<"staff.deactivated", "staff_user", Nothing>
  | Event<"staff.reactivated", "staff_user", Nothing>
  | Event<"staff.second-factor-reset", "staff_user", Nothing>
  // A new password: set by an admin, changed by its owner, or set through a reset link (the owner is the actor then).
  | Event<"staff.password-set", "staff_user", { by: "admin" | "own" | "reset-link" }>
  // A reset link sent to the account's address (used once, valid until the time given).
  | Event<"staff.password-reset-sent", "staff_user", { expiresAt: string }>
  | Event<"staff.password-reset-requested", "staff_user", { expiresAt: string }>
  // One's own second factor.
  | Event<"second-factor.setup-started", "staff_user", Nothing>
  | Event<"second-factor.enabled", "staff_user", Nothing>
  | Event<"security.admin-second-factor-changed", "security_setting", { required: boolean }>
  // Locations, changed by an admin; the location is the object. A setting's value before and after.
  | Event<"location.updated", "location", { changed: Record<string, { from: SettingValue; to: SettingValue }> }>
  | Event<"location.hours-saved", "location", { before: HoursRow[]; after: HoursRow[]; cancelled?: number }>
  | Event<
      "location.closure-added",
      "location",
      { startsOn: string; endsOn: string; reason: string; holiday: boolean; cancelled?: number }
    >
  // The booked appointments a closure would cancel, shown to the admin before it is saved; after it,
  // those of the cancelled whom nobody can tell by e-mail or SMS.
  | Event<"location.closure-checked", "location", { startsOn: string; endsOn: string; count: number }>
  // The booked appointments new opening hours would drop, shown to the admin before they are saved.
  | Event<"location.hours-checked", "location", { count: number }>
  | Event<"location.closure-removed", "location", { startsOn: string; endsOn: string; reason: string }>
  // The routing rules: a new version saved from the editor, or an earlier one brought back as a new version.
  | Event<"routing-rules.saved", "routing_rule_set", { version: number; changes: RuleChange[] }>
  | Event<
      "routing-rules.restored",
      "routing_rule_set",
      { version: number; restoredFrom: number; changes: RuleChange[] }
    >
  // A request type's settings saved by an admin: each changed setting before and after ("title.en",
  // "allowedChannels", "slotMinutes"…), and the routing rules' version written to fit changed channels.
  | Event<
      "request-type.saved",
      "request_type",
      { changed: Record<string, SettingChange>; routingVersion: number | null }
    >
  // Reading the audit log is recorded in it, with the filters used.
  | Event<"audit.listed", "audit_log", { filters: AuditFilterDetails; page: number; count: number }, string, null, null>
  | Event<"audit.exported", "audit_log", { filters: AuditFilterDetails; count: number }, string, null, null>
  // Analytics: anonymous figures only; the filters used, the table handed out, the paper file taken in or refused.
  | Event<"analytics.viewed", "analytics", { filters: AnalyticsFilterDetails }, string, null, null>
  | Event<"analytics.exported", "analytics", { table: string; filters: AnalyticsFilterDetails }, string, null, string>
  | Event<
      "analytics.imported",
      "survey_import",
      { fileName: string; outcome: "imported" | "refused" | "duplicate"; count: number },
      string,
      null,
      string | null
    >;

/** The dashboard's filters as an analytics event records them. */
export interface AnalyticsFilterDetails {
  from: string | null;
  to: string | null;
  location: string | null;
}

/** A location's setting as its audit event records it. */
export type SettingValue = string | number | boolean | null;

/** The audit log's filters as an event records them. */
export interface AuditFilterDetails {
  staff: string | null;
  person: string | null;
  action: string | null;
  from: string | null;
  to: string | null;
}

/** An event done by a signed-in staff member, without the actor, whom the door fills in from the session. */
export type StaffEvent =
  Extract<AuditEvent, { actor: string }> extends infer E ? (E extends unknown ? Omit<E, "actor"> : never) : never;

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

/** The view of one appointment (its page, a row's page); null where none was found, so nothing was shown. */
export function appointmentViewed(appointment: { id: string; citizenId: string } | null): StaffEvent | null {
  return appointment
    ? {
        action: "appointment.viewed",
        citizenId: appointment.citizenId,
        object: { type: "appointment", id: appointment.id },
        details: {},
      }
    : null;
}
