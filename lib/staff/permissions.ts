// Who may do what on the staff side: one table, read by the door (lib/staff/door.ts) before a page
// renders or a post runs, and by menus and buttons through can(). Anything not in the table is
// refused (deny by default): a new page needs its action here before anyone can open it.
import type { StaffRole } from "@/lib/generated/prisma/enums";

const ALL_STAFF: readonly StaffRole[] = ["front_desk", "caseworker", "admin"];
/** Those who handle people's cases; admins configure the portal and do not. */
const CASE_HANDLERS: readonly StaffRole[] = ["front_desk", "caseworker"];

/** Each action (`<object>.<verb>`) with the roles allowed to do it. */
const PERMISSIONS = {
  "staff.home": ALL_STAFF,
  /** the list of queued and sent messages, without their texts */
  "outbox.read": ALL_STAFF,
  /** one message's text (masked, recorded): caseworkers, to check what a person was sent */
  "outbox.read-message": ["caseworker"],
  "feedback.read": ["admin", "caseworker"],
  /** feedback on the staff tools, from every staff page (the research asks for the staff's participation) */
  "feedback.send": ALL_STAFF,
  /** see and lift sign-in locks */
  "sign-in-locks.manage": ["admin"],
  /** an appointment from its reference (the QR code of the confirmation) */
  "appointment.view": CASE_HANDLERS,
  "appointment.check-in": CASE_HANDLERS,
  /** the day at a location: every in-person appointment with its person, on screen and printed */
  "appointments.day": CASE_HANDLERS,
  /** the day's list as a CSV file */
  "appointments.export": CASE_HANDLERS,
  /** mark one appointment as "nicht erschienen" once its grace time has passed */
  "appointment.no-show": CASE_HANDLERS,
  /** cancel for the person (the person is told as after their own cancel) */
  "appointment.cancel": CASE_HANDLERS,
  /** move to another slot for the person, the front desk's places included */
  "appointment.rebook": CASE_HANDLERS,
  /** find people by customer number, name, date of birth or phone, to book for them */
  "person.find": CASE_HANDLERS,
  /** the staff search for a person (/staff/people): customer number, name as typed, date of birth, phone, e-mail */
  "person.search": CASE_HANDLERS,
  /** the person page: facts with who recorded them, the channel ladder, the timeline (no submission contents) */
  "person.view": CASE_HANDLERS,
  /** record or correct a fact for the person (marked as recorded by staff) */
  "person.record-fact": CASE_HANDLERS,
  /** correct the person's phone, e-mail and language (marked as recorded by staff, audited) */
  "person.correct": CASE_HANDLERS,
  /** the callback queue: open callback requests with window, phone, language and the channel ladder */
  "callbacks.read": CASE_HANDLERS,
  /** claim a callback and record what the call came to (reached, not reached, an appointment) */
  "callback.work": CASE_HANDLERS,
  /** the inbox of form submissions: by status, form, age and assignee */
  "inbox.read": ["caseworker"],
  /** one submission with its answers, questions and answers, status history */
  "submission.read": ["caseworker"],
  /** an attachment of a submission, opened (each opening recorded) */
  "submission.attachment": ["caseworker"],
  /** assign a submission, change its status, ask the person for information */
  "submission.work": ["caseworker"],
  /** one's own appointments, today first, with the video room and the person's page */
  "appointments.own": ["caseworker"],
  /** fill in a form with a person at the counter (the submission is marked as filed with help) */
  "form.file-for-someone": CASE_HANDLERS,
  /** store a person met at the counter or on the phone, without an e-mail address */
  "person.create": CASE_HANDLERS,
  /** book an appointment for someone at the counter or on the phone, the held-back places included */
  "appointment.book-for-someone": CASE_HANDLERS,
  /** the printable confirmation of an appointment, in the person's language */
  "appointment.print-confirmation": CASE_HANDLERS,
  /** work a desk of the waiting room's queue: see who waits, preview and call the next, the steps on a called ticket */
  "queue.desk": CASE_HANDLERS,
  /** draw a walk-in's number at the front desk */
  "queue.ticket": CASE_HANDLERS,
  /** one's own second factor (TOTP): set it up, renew it */
  "account.second-factor": ALL_STAFF,
  /** one's own password: change it (current and new), the first thing after an admin set it */
  "account.password": ALL_STAFF,
  /** staff accounts: list, create, role and locations, deactivate and reactivate, reset the second factor, send a password reset link */
  "staff-accounts.manage": ["admin"],
  /** whether the admin role must sign in with the second factor */
  "security-settings.manage": ["admin"],
  /** locations: address, accessibility, booking window, opening hours and capacity, closures, the call display's link */
  "locations.manage": ["admin"],
  /** the routing rules: base orders and situation steps, with a preview; save, restore an earlier version */
  "routing-rules.manage": ["admin"],
  /** request types: titles and explanations per language, allowed channels, slot length, what to bring */
  "request-types.manage": ["admin"],
  /** the audit log: read, filter, page */
  "audit.read": ["admin"],
  /** the audit log as a CSV file */
  "audit.export": ["admin"],
  /** the analytics dashboard: anonymous figures, small cells suppressed */
  "analytics.read": ["admin"],
  /** a dashboard table as a CSV file */
  "analytics.export": ["admin"],
  /** paper questionnaires imported from a CSV file */
  "analytics.import": ["admin"],
} as const satisfies Record<string, readonly StaffRole[]>;

export type StaffAction = keyof typeof PERMISSIONS;

/** Every action the table names, in its order (for the test that pins each role's actions). */
export const STAFF_ACTIONS = Object.keys(PERMISSIONS) as StaffAction[];

/** Whether a role may do an action; false for an action or a role the table does not name. */
export function can(role: StaffRole | null | undefined, action: StaffAction): boolean {
  if (!role || !Object.hasOwn(PERMISSIONS, action)) return false;
  const allowed: readonly StaffRole[] = PERMISSIONS[action];
  return allowed.includes(role);
}
