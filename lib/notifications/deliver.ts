// Delivers due messages from the outbox. Rows are claimed with FOR UPDATE SKIP LOCKED, so several
// workers never send the same message at once; a failed send is retried with growing delays and
// given up (status failed) after MAX_ATTEMPTS. Delivery is at least once: a crash after sending but
// before the commit sends that message again.
// A worker that runs out of due messages declares itself idle before it stops looking, so that
// the next queued message notifies it (see queue_outbox() and deliverUntilIdle below).
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { renderAttachment, type StoredAttachment } from "./attachments";
import { LocalOutboxTransport, type OutboxMessage, type Transports } from "./transports";

export const MAX_ATTEMPTS = 6;
const RETRY_MINUTES = [1, 5, 15, 60, 240];

export interface DeliveryResult {
  sent: number;
  retried: number;
  failed: number;
}

type ClaimedRow = Omit<OutboxMessage, "attachments"> & { attachments: StoredAttachment[]; attempts: number };

export async function deliverDueMessages(
  prisma: PrismaClient,
  transports: Transports,
  options: { batchSize?: number; now?: Date } = {},
): Promise<DeliveryResult> {
  const batchSize = options.batchSize ?? 20;
  const now = options.now ?? new Date();
  return prisma.$transaction(
    async (tx) => {
      const rows = await tx.$queryRaw<ClaimedRow[]>`
        SELECT id, kind, transport, recipient, subject, body, attachments, attempts
          FROM notification_outbox
         WHERE status = 'pending' AND send_after <= ${now}
         ORDER BY send_after
         LIMIT ${batchSize}
           FOR UPDATE SKIP LOCKED`;
      const result: DeliveryResult = { sent: 0, retried: 0, failed: 0 };
      for (const row of rows) {
        const transport = row.transport === "sms" ? transports.sms : transports.email;
        try {
          // Attachments of a registered kind (a booking's calendar file) are made here (attachments.ts).
          await transport.send({ ...row, attachments: row.attachments.map(renderAttachment) });
          await tx.notificationOutbox.update({
            where: { id: row.id },
            // Kept locally, the row says so: transport "local" instead of "email"/"sms".
            data: {
              status: "sent",
              sentAt: new Date(),
              attempts: row.attempts + 1,
              lastError: null,
              ...(transport instanceof LocalOutboxTransport ? { transport: "local" } : {}),
            },
          });
          result.sent += 1;
        } catch (error) {
          const attempts = row.attempts + 1;
          const giveUp = attempts >= MAX_ATTEMPTS;
          const delay = RETRY_MINUTES[Math.min(attempts - 1, RETRY_MINUTES.length - 1)] * 60_000;
          await tx.notificationOutbox.update({
            where: { id: row.id },
            data: {
              attempts,
              lastError: error instanceof Error ? error.message.slice(0, 500) : "unknown error",
              ...(giveUp ? { status: "failed" } : { sendAfter: new Date(now.getTime() + delay) }),
            },
          });
          if (giveUp) result.failed += 1;
          else result.retried += 1;
        }
      }
      return result;
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
}

const worked = (result: DeliveryResult) => result.sent + result.retried + result.failed > 0;

/**
 * Delivers until nothing due is left. Messages queued while the worker is busy do not notify (see
 * queue_outbox()), so before it stops the worker declares itself idle, which waits until every
 * transaction queueing right now has ended, and then looks once more: whatever they queued is seen
 * by that look, and anything queued later notifies.
 */
export async function deliverUntilIdle(
  prisma: PrismaClient,
  transports: Transports,
  onBatch: (result: DeliveryResult) => void = () => undefined,
): Promise<void> {
  for (;;) {
    let result = await deliverDueMessages(prisma, transports);
    if (!worked(result)) {
      await prisma.$executeRaw`SELECT notification_worker_idle()`;
      result = await deliverDueMessages(prisma, transports);
      if (!worked(result)) return;
    }
    onBatch(result);
  }
}
