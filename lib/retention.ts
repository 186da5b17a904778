// Retention limits (product.md §8, stated on the privacy page): personal data is deleted when its
// time is up. Runs daily in the worker; each rule is one DELETE, so it is cheap and idempotent.
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
} as const;

export type PurgeCounts = Record<string, number>;

export async function purgeExpiredData(prisma: PrismaClient, now = new Date()): Promise<PurgeCounts> {
  const before = (days: number) => new Date(now.getTime() - days * DAY);
  const counts: PurgeCounts = {};
  counts.appointments = (await prisma.appointment.deleteMany({ where: { endsAt: { lt: before(RETENTION_DAYS.appointmentAfterEnd) } } })).count;
  counts.citizens = (
    await prisma.citizen.deleteMany({
      where: {
        OR: [
          { deleteAfter: { lt: now } },
          { createdAt: { lt: before(RETENTION_DAYS.citizenWithoutRecords) }, appointments: { none: {} }, submissions: { none: {} } },
        ],
      },
    })
  ).count;
  counts.journeys = (await prisma.journey.deleteMany({ where: { createdAt: { lt: before(RETENTION_DAYS.journey) } } })).count;
  counts.feedback = (await prisma.feedback.deleteMany({ where: { createdAt: { lt: before(RETENTION_DAYS.feedback) } } })).count;
  counts.messages = (
    await prisma.notificationOutbox.deleteMany({ where: { status: { not: "pending" }, createdAt: { lt: before(RETENTION_DAYS.finishedMessage) } } })
  ).count;
  counts.formDrafts = (await prisma.formDraft.deleteMany({ where: { expiresAt: { lt: now } } })).count;
  counts.idempotencyRecords = (await prisma.idempotencyRecord.deleteMany({ where: { createdAt: { lt: before(RETENTION_DAYS.idempotencyRecord) } } })).count;
  counts.rateLimitCounters = (await prisma.rateLimitCounter.deleteMany({ where: { windowStart: { lt: before(RETENTION_DAYS.rateLimitCounter) } } })).count;
  counts.auditLog = (await prisma.auditLog.deleteMany({ where: { createdAt: { lt: before(RETENTION_DAYS.auditLog) } } })).count;
  return counts;
}
