// The transactional outbox: a message is written in the same transaction as the booking or
// submission it belongs to, so a crash between the two can never lose it. The worker
// (lib/notifications/worker.ts) delivers due messages.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { StoredAttachment } from "./attachments";

export type MessageKind = "confirmation" | "change" | "cancellation" | "reminder" | "submission";

export interface OutgoingMessage {
  kind: MessageKind;
  to: { email?: string | null; phone?: string | null };
  subject: string;
  /** Plain text body; SMS gets it shortened to the first paragraph. */
  text: string;
  /** Attachments: a text file, or a calendar file rendered when the message is delivered. */
  attachments?: StoredAttachment[];
  appointmentId?: string;
  submissionId?: string;
  /** Not before this time (reminders). */
  sendAfter?: Date;
}

type Db = Prisma.TransactionClient;

/** PostgreSQL NOTIFY channel the worker listens on. */
export const OUTBOX_CHANNEL = "zugang_outbox";

/** Queues a message to each contact given (e-mail and/or phone); none given, nothing is queued. */
export async function queueMessage(db: Db, message: OutgoingMessage): Promise<number> {
  const recipients = [
    message.to.email ? { transport: "email", recipient: message.to.email } : null,
    message.to.phone ? { transport: "sms", recipient: message.to.phone } : null,
  ].filter((entry): entry is { transport: string; recipient: string } => entry !== null);
  for (const { transport, recipient } of recipients) {
    await db.notificationOutbox.create({
      data: {
        kind: message.kind,
        transport,
        recipient,
        subject: message.subject,
        body: message.text,
        attachments: message.attachments ?? [],
        appointmentId: message.appointmentId,
        submissionId: message.submissionId,
        sendAfter: message.sendAfter ?? new Date(),
      },
    });
  }
  // Wakes the worker when the transaction commits (NOTIFY is transactional); the worker's
  // once-a-minute sweep catches anything it missed and reminders that become due.
  if (recipients.length > 0) await db.$executeRaw`SELECT pg_notify(${OUTBOX_CHANNEL}, '')`;
  return recipients.length;
}

/** Withdraws messages not sent yet (a reminder for an appointment that was cancelled or moved). */
export async function cancelPendingMessages(db: Db, where: { appointmentId: string; kinds?: MessageKind[] }): Promise<number> {
  const result = await db.notificationOutbox.updateMany({
    where: { appointmentId: where.appointmentId, status: "pending", ...(where.kinds ? { kind: { in: where.kinds } } : {}) },
    data: { status: "cancelled" },
  });
  return result.count;
}
