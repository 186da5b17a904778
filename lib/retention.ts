// Retention limits (stated on the privacy page): personal data is deleted when its
// time is up. The worker runs every rule nightly; each rule is one statement (a DELETE; queueContacts clears two fields), cheap and idempotent.
// The periods are set here only; docs/notifications.md lists them, and lib/retention.test.ts keeps the two equal.
import type { PrismaClient } from "@/lib/generated/prisma/client";

const DAY = 86_400_000;

/** How long things are kept, in days. Form submissions are not deleted here: they go to the case file. */
export const RETENTION_DAYS = {
  appointmentAfterEnd: 183,
  citizenWithoutRecords: 183,
  journey: 365,
  feedback: 365,
  finishedMessage: 90,
  idempotencyRecord: 7,
  rateLimitCounter: 1,
  auditLog: 730,
  queueTicket: 183,
  staffSession: 7,
} as const;

export interface RetentionRule {
  /** what the rule deletes, as the worker's log line and purgeExpiredData's counts name it */
  name: string;
  purge(prisma: PrismaClient, now: Date): Promise<{ count: number }>;
}

const olderThan = (now: Date, days: number) => ({ lt: new Date(now.getTime() - days * DAY) });

/** In this order: a person goes once their last appointment has gone. */
export const RETENTION_RULES: RetentionRule[] = [
  {
    name: "appointments",
    purge: (prisma, now) =>
      prisma.appointment.deleteMany({ where: { endsAt: olderThan(now, RETENTION_DAYS.appointmentAfterEnd) } }),
  },
  {
    name: "citizens",
    purge: (prisma, now) =>
      prisma.citizen.deleteMany({
        where: {
          OR: [
            { deleteAfter: { lt: now } },
            {
              createdAt: olderThan(now, RETENTION_DAYS.citizenWithoutRecords),
              appointments: { none: {} },
              submissions: { none: {} },
            },
          ],
        },
      }),
  },
  {
    name: "journeys",
    purge: (prisma, now) => prisma.journey.deleteMany({ where: { createdAt: olderThan(now, RETENTION_DAYS.journey) } }),
  },
  {
    name: "feedback",
    purge: (prisma, now) =>
      prisma.feedback.deleteMany({ where: { createdAt: olderThan(now, RETENTION_DAYS.feedback) } }),
  },
  {
    name: "messages",
    purge: (prisma, now) =>
      prisma.notificationOutbox.deleteMany({
        where: { status: { not: "pending" }, createdAt: olderThan(now, RETENTION_DAYS.finishedMessage) },
      }),
  },
  // Drafts hold what a person typed (names, contacts): gone once expired, whether saved again or not.
  { name: "formDrafts", purge: (prisma, now) => prisma.formDraft.deleteMany({ where: { expiresAt: { lt: now } } }) },
  {
    name: "bookingDrafts",
    purge: (prisma, now) => prisma.bookingDraft.deleteMany({ where: { expiresAt: { lt: now } } }),
  },
  {
    name: "idempotencyRecords",
    purge: (prisma, now) =>
      prisma.idempotencyRecord.deleteMany({ where: { createdAt: olderThan(now, RETENTION_DAYS.idempotencyRecord) } }),
  },
  // The waiting room: a ticket's phone or e-mail (for "almost your turn") is cleared when it is done,
  // and by the day after for a ticket left open; the tickets themselves (numbers, times, desks) go later.
  {
    name: "queueContacts",
    purge: (prisma, now) =>
      prisma.queueTicket.updateMany({
        where: { day: olderThan(now, 1), OR: [{ phone: { not: null } }, { email: { not: null } }] },
        data: { phone: null, email: null },
      }),
  },
  {
    name: "queueTickets",
    purge: (prisma, now) =>
      prisma.queueTicket.deleteMany({ where: { day: olderThan(now, RETENTION_DAYS.queueTicket) } }),
  },
  {
    name: "rateLimitCounters",
    purge: (prisma, now) =>
      prisma.rateLimitCounter.deleteMany({ where: { windowStart: olderThan(now, RETENTION_DAYS.rateLimitCounter) } }),
  },
  // A staff session, counted from its last request: by then it has ended (sign-out, deactivation, a
  // new role or password end it later than its last request, never earlier) or expired (the idle
  // limit is at most 12 hours, lib/env.ts). Who signed in when stays in the audit log.
  {
    name: "staffSessions",
    purge: (prisma, now) =>
      prisma.staffSession.deleteMany({ where: { lastSeenAt: olderThan(now, RETENTION_DAYS.staffSession) } }),
  },
  // Audit rows are deleted only by purge_audit_log() (migration 20261207310000), which runs as the
  // tables' owner and never deletes anything younger than 730 days, whatever cut-off it is given.
  {
    name: "auditLog",
    purge: async (prisma, now) => {
      const cutoff = new Date(now.getTime() - RETENTION_DAYS.auditLog * DAY);
      const [row] = await prisma.$queryRaw<{ deleted: bigint }[]>`SELECT purge_audit_log(${cutoff}) AS deleted`;
      return { count: Number(row.deleted) };
    },
  },
];

export type PurgeCounts = Record<string, number>;

export async function purgeExpiredData(prisma: PrismaClient, now = new Date()): Promise<PurgeCounts> {
  const counts: PurgeCounts = {};
  for (const rule of RETENTION_RULES) counts[rule.name] = (await rule.purge(prisma, now)).count;
  return counts;
}
