// Who gets through which staff address: one row per page and route handler of the file system, with
// the permission it is checked against (lib/staff/permissions.ts) and its area of the product's table
// of who may do what. The access matrix spec (access-matrix.spec.ts) sends every row's request as
// every role and expects the area's answer; it fails for a file without a row, for a row whose
// permission gives other roles than its area, and for a page filed under another area than the
// product's page table says.
import type { StaffRole } from "@/lib/generated/prisma/enums";
import type { StaffAction } from "@/lib/staff/permissions";

/** The areas of the product's table, with the roles that may use each (anonymous: never, sent to sign in). */
export const AREAS = {
  /** day at a location, booking for someone, check-in, queue desk, people, callbacks */
  cases: ["front_desk", "caseworker"],
  /** inbox of submissions, own appointments, the text of a message a person was sent */
  casework: ["caseworker"],
  /** configuration, staff accounts, audit log, analytics, sign-in locks */
  configuration: ["admin"],
  /** feedback and barrier reports: caseworkers act on them, admins fix the portal */
  feedback: ["caseworker", "admin"],
  /** every staff member: the start page, the list of messages sent, one's own second factor */
  everyone: ["front_desk", "caseworker", "admin"],
} as const satisfies Record<string, readonly StaffRole[]>;

export type Area = keyof typeof AREAS;

/** The product's page table: every address under one of these prefixes belongs to that area. */
export const PRODUCT_PAGES: readonly (readonly [prefix: string, area: Area])[] = [
  ["/staff/front-desk", "cases"],
  ["/staff/queue", "cases"],
  ["/staff/people", "cases"],
  ["/staff/callbacks", "cases"],
  ["/staff/inbox", "casework"],
  ["/staff/appointments", "casework"],
  ["/staff/admin", "configuration"],
  ["/staff/audit", "configuration"],
  ["/staff/analytics", "configuration"],
];

export interface AccessRow {
  action: StaffAction;
  area: Area;
}

/** Every staff page and route handler (path from the project root) with its permission and area. */
export const STAFF_ACCESS: Record<string, AccessRow> = {
  "app/staff/page.tsx": { action: "staff.home", area: "everyone" },
  "app/staff/live/route.ts": { action: "staff.home", area: "everyone" },
  "app/staff/account/second-factor/page.tsx": { action: "account.second-factor", area: "everyone" },
  "app/staff/account/second-factor/start/route.ts": { action: "account.second-factor", area: "everyone" },
  "app/staff/account/second-factor/confirm/route.ts": { action: "account.second-factor", area: "everyone" },
  "app/staff/account/password/page.tsx": { action: "account.password", area: "everyone" },
  "app/staff/account/password/change/route.ts": { action: "account.password", area: "everyone" },
  "app/staff/outbox/page.tsx": { action: "outbox.read", area: "everyone" },
  "app/staff/outbox/[id]/page.tsx": { action: "outbox.read-message", area: "casework" },
  "app/staff/feedback/page.tsx": { action: "feedback.read", area: "feedback" },
  "app/staff/feedback/new/page.tsx": { action: "feedback.send", area: "everyone" },
  "app/staff/feedback/new/send/route.ts": { action: "feedback.send", area: "everyone" },

  "app/staff/check-in/[reference]/page.tsx": { action: "appointment.view", area: "cases" },
  "app/staff/check-in/[reference]/confirm/route.ts": { action: "appointment.check-in", area: "cases" },
  "app/staff/front-desk/page.tsx": { action: "appointments.day", area: "cases" },
  "app/staff/front-desk/export/route.ts": { action: "appointments.export", area: "cases" },
  "app/staff/front-desk/no-show/route.ts": { action: "appointment.no-show", area: "cases" },
  "app/staff/front-desk/cancel/page.tsx": { action: "appointment.cancel", area: "cases" },
  "app/staff/front-desk/cancel/confirm/route.ts": { action: "appointment.cancel", area: "cases" },
  "app/staff/front-desk/rebook/page.tsx": { action: "appointment.rebook", area: "cases" },
  "app/staff/front-desk/rebook/save/route.ts": { action: "appointment.rebook", area: "cases" },
  "app/staff/front-desk/check-in/page.tsx": { action: "appointment.check-in", area: "cases" },
  "app/staff/front-desk/check-in/confirm/route.ts": { action: "appointment.check-in", area: "cases" },
  "app/staff/front-desk/book/page.tsx": { action: "person.find", area: "cases" },
  "app/staff/front-desk/book/person/route.ts": { action: "person.create", area: "cases" },
  "app/staff/front-desk/book/search/route.ts": { action: "person.find", area: "cases" },
  "app/staff/front-desk/book/confirm/route.ts": { action: "appointment.book-for-someone", area: "cases" },
  "app/staff/front-desk/confirmation/[reference]/page.tsx": { action: "appointment.print-confirmation", area: "cases" },
  "app/staff/front-desk/confirmation/[reference]/renew/route.ts": {
    action: "appointment.print-confirmation",
    area: "cases",
  },
  "app/staff/queue/page.tsx": { action: "queue.desk", area: "cases" },
  "app/staff/queue/desk/route.ts": { action: "queue.desk", area: "cases" },
  "app/staff/queue/call/route.ts": { action: "queue.desk", area: "cases" },
  "app/staff/queue/step/route.ts": { action: "queue.desk", area: "cases" },
  "app/staff/queue/ticket/route.ts": { action: "queue.ticket", area: "cases" },
  "app/staff/people/page.tsx": { action: "person.search", area: "cases" },
  "app/staff/people/search/route.ts": { action: "person.search", area: "cases" },
  "app/staff/people/[id]/page.tsx": { action: "person.view", area: "cases" },
  "app/staff/people/[id]/facts/route.ts": { action: "person.record-fact", area: "cases" },
  "app/staff/people/[id]/contact/route.ts": { action: "person.correct", area: "cases" },
  "app/staff/people/[id]/file-form/route.ts": { action: "form.file-for-someone", area: "cases" },
  "app/staff/appointments/page.tsx": { action: "appointments.own", area: "casework" },
  "app/staff/inbox/page.tsx": { action: "inbox.read", area: "casework" },
  "app/staff/inbox/[id]/page.tsx": { action: "submission.read", area: "casework" },
  "app/staff/inbox/[id]/assign/route.ts": { action: "submission.work", area: "casework" },
  "app/staff/inbox/[id]/status/route.ts": { action: "submission.work", area: "casework" },
  "app/staff/inbox/[id]/ask/route.ts": { action: "submission.work", area: "casework" },
  "app/staff/inbox/[id]/attachments/[attachment]/route.ts": { action: "submission.attachment", area: "casework" },
  "app/staff/callbacks/page.tsx": { action: "callbacks.read", area: "cases" },
  "app/staff/callbacks/claim/route.ts": { action: "callback.work", area: "cases" },
  "app/staff/callbacks/outcome/route.ts": { action: "callback.work", area: "cases" },

  "app/staff/admin/sign-in-locks/page.tsx": { action: "sign-in-locks.manage", area: "configuration" },
  "app/staff/admin/sign-in-locks/unlock/route.ts": { action: "sign-in-locks.manage", area: "configuration" },
  "app/staff/admin/security/route.ts": { action: "security-settings.manage", area: "configuration" },
  "app/staff/admin/staff/page.tsx": { action: "staff-accounts.manage", area: "configuration" },
  "app/staff/admin/staff/new/page.tsx": { action: "staff-accounts.manage", area: "configuration" },
  "app/staff/admin/staff/create/route.ts": { action: "staff-accounts.manage", area: "configuration" },
  "app/staff/admin/staff/[id]/page.tsx": { action: "staff-accounts.manage", area: "configuration" },
  "app/staff/admin/staff/[id]/update/route.ts": { action: "staff-accounts.manage", area: "configuration" },
  "app/staff/admin/staff/[id]/active/route.ts": { action: "staff-accounts.manage", area: "configuration" },
  "app/staff/admin/staff/[id]/password/route.ts": { action: "staff-accounts.manage", area: "configuration" },
  "app/staff/admin/staff/[id]/reset-second-factor/route.ts": { action: "staff-accounts.manage", area: "configuration" },
  "app/staff/admin/staff/[id]/reset-link/route.ts": { action: "staff-accounts.manage", area: "configuration" },
  "app/staff/admin/locations/page.tsx": { action: "locations.manage", area: "configuration" },
  "app/staff/admin/locations/[id]/page.tsx": { action: "locations.manage", area: "configuration" },
  "app/staff/admin/locations/[id]/details/route.ts": { action: "locations.manage", area: "configuration" },
  "app/staff/admin/locations/[id]/hours/route.ts": { action: "locations.manage", area: "configuration" },
  "app/staff/admin/locations/[id]/hours/confirm/page.tsx": { action: "locations.manage", area: "configuration" },
  "app/staff/admin/locations/[id]/closures/route.ts": { action: "locations.manage", area: "configuration" },
  "app/staff/admin/locations/[id]/closures/remove/route.ts": { action: "locations.manage", area: "configuration" },
  "app/staff/admin/locations/[id]/closures/confirm/page.tsx": { action: "locations.manage", area: "configuration" },
  "app/staff/admin/locations/[id]/holidays/route.ts": { action: "locations.manage", area: "configuration" },
  "app/staff/admin/locations/[id]/display/route.ts": { action: "locations.manage", area: "configuration" },
  "app/staff/admin/routing/page.tsx": { action: "routing-rules.manage", area: "configuration" },
  "app/staff/admin/routing/save/route.ts": { action: "routing-rules.manage", area: "configuration" },
  "app/staff/admin/routing/restore/route.ts": { action: "routing-rules.manage", area: "configuration" },
  "app/staff/admin/request-types/page.tsx": { action: "request-types.manage", area: "configuration" },
  "app/staff/admin/request-types/[key]/page.tsx": { action: "request-types.manage", area: "configuration" },
  "app/staff/admin/request-types/[key]/save/route.ts": { action: "request-types.manage", area: "configuration" },
  "app/staff/analytics/page.tsx": { action: "analytics.read", area: "configuration" },
  "app/staff/analytics/export/[table]/route.ts": { action: "analytics.export", area: "configuration" },
  "app/staff/analytics/import/page.tsx": { action: "analytics.import", area: "configuration" },
  "app/staff/analytics/import/upload/route.ts": { action: "analytics.import", area: "configuration" },
  "app/staff/audit/page.tsx": { action: "audit.read", area: "configuration" },
  "app/staff/audit/export/route.ts": { action: "audit.export", area: "configuration" },
};

/** Files under the staff folders that are open without a session, and why. */
export const OPEN_FILES: Record<string, string> = {
  "app/staff/login/page.tsx": "the sign-in page",
  "app/staff/password-reset/page.tsx": 'asking for a password reset link (the sign-in page\'s "Passwort vergessen?")',
  "app/staff/password-reset/send/route.ts":
    "asking for a password reset link: its post (same answer for every address)",
  "app/staff/password-reset/[token]/page.tsx": "a password reset link's page (its token is the key)",
  "app/staff/password-reset/[token]/save/route.ts": "a password reset link's post (its token is the key)",
};

/**
 * Harmless values for dynamic segments: nothing has these ids, so a request that gets past the
 * door finds nothing to change (a page answers 404, a post goes back to its list).
 */
export const SAMPLE_SEGMENTS: Record<string, string> = {
  id: "00000000-0000-4000-8000-000000000000",
  reference: "ZZZZ-0000",
  table: "types.csv",
  key: "no-such-request-type",
  attachment: "00000000-0000-4000-8000-000000000001",
};

/**
 * The location dimension (docs/security.md, "Location scoping"): every page and route handler that
 * takes a location or acts on an appointment or ticket, and what a front-desk account of another
 * location gets there — "403", or "listed" for a page that answers with the account's own
 * locations only (the queue desk's page chooses the desk anew when its cookie names another one).
 * The access matrix spec asks each of them; a new file under these folders needs a row.
 */
export const LOCATION_FOLDERS = ["/staff/front-desk", "/staff/queue", "/staff/check-in"] as const;

export const LOCATION_BOUND: Record<string, "403" | "listed"> = {
  "app/staff/front-desk/page.tsx": "403",
  "app/staff/front-desk/export/route.ts": "403",
  "app/staff/front-desk/no-show/route.ts": "403",
  "app/staff/front-desk/cancel/page.tsx": "403",
  "app/staff/front-desk/cancel/confirm/route.ts": "403",
  "app/staff/front-desk/rebook/page.tsx": "403",
  "app/staff/front-desk/rebook/save/route.ts": "403",
  "app/staff/front-desk/check-in/page.tsx": "403",
  "app/staff/front-desk/check-in/confirm/route.ts": "403",
  "app/staff/front-desk/book/page.tsx": "403",
  "app/staff/front-desk/book/search/route.ts": "403",
  "app/staff/front-desk/book/person/route.ts": "403",
  "app/staff/front-desk/book/confirm/route.ts": "403",
  "app/staff/front-desk/confirmation/[reference]/page.tsx": "403",
  "app/staff/front-desk/confirmation/[reference]/renew/route.ts": "403",
  "app/staff/check-in/[reference]/page.tsx": "403",
  "app/staff/check-in/[reference]/confirm/route.ts": "403",
  "app/staff/queue/page.tsx": "listed",
  "app/staff/queue/desk/route.ts": "403",
  "app/staff/queue/call/route.ts": "403",
  "app/staff/queue/step/route.ts": "403",
  "app/staff/queue/ticket/route.ts": "403",
};
