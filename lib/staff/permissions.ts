// Who may do what on the staff side: one table, read by the door (lib/staff/door.ts) before a page
// renders or a post runs, and by menus and buttons through can(). Anything not in the table is
// refused (deny by default): a new page needs its action here before anyone can open it.
import type { StaffRole } from "@/lib/generated/prisma/enums";

const ALL_STAFF: readonly StaffRole[] = ["front_desk", "caseworker", "admin"];

/** Each action (`<object>.<verb>`) with the roles allowed to do it. */
const PERMISSIONS = {
  "staff.home": ALL_STAFF,
  /** the list of queued and sent messages, without their texts */
  "outbox.read": ALL_STAFF,
  /** one message's text (masked, recorded): caseworkers, to check what a person was sent */
  "outbox.read-message": ["caseworker"],
  "feedback.read": ["admin", "caseworker"],
  /** see and lift sign-in locks */
  "sign-in-locks.manage": ["admin"],
  /** an appointment from its reference (the QR code of the confirmation) */
  "appointment.view": ALL_STAFF,
  "appointment.check-in": ["front_desk", "admin"],
  /** find people by customer number, name, date of birth or phone, to book for them */
  "person.find": ["front_desk", "caseworker"],
  /** store a person met at the counter or on the phone, without an e-mail address */
  "person.create": ["front_desk", "caseworker"],
  /** book an appointment for someone at the counter or on the phone, the held-back places included */
  "appointment.book-for-someone": ["front_desk", "caseworker"],
  /** the printable confirmation of an appointment, in the person's language */
  "appointment.print-confirmation": ["front_desk", "caseworker"],
} as const satisfies Record<string, readonly StaffRole[]>;

export type StaffAction = keyof typeof PERMISSIONS;

/** Whether a role may do an action; false for an action or a role the table does not name. */
export function can(role: StaffRole | null | undefined, action: StaffAction): boolean {
  if (!role || !Object.hasOwn(PERMISSIONS, action)) return false;
  const allowed: readonly StaffRole[] = PERMISSIONS[action];
  return allowed.includes(role);
}
