// The transactional outbox: a message is written in the same transaction as the booking or
// submission it belongs to, so a crash between the two can never lose it. The worker
// (lib/notifications/worker.ts) delivers due messages.
// The rows are written by the database function queue_outbox() (migrations
// 20261130100000_book_appointment_function and 20261130110000_notify_idle_worker), which also wakes
// the worker with a NOTIFY when it may be idle (docs/notifications.md): the booking calls it inside
// its own single-statement transaction, everything else through queueMessages().
import type { Prisma } from "@/lib/generated/prisma/client";
import type { StoredAttachment } from "./attachments";

export type MessageKind =
  | "confirmation"
  | "change"
  | "cancellation"
  | "reminder"
  | "submission"
  | "queue-turn"
  | "callback"
  | "information-request"
  /** a staff member's password reset link (German, to the account's address) */
  | "password-reset";

export interface OutgoingMessage {
  kind: MessageKind;
  to: { email?: string | null; phone?: string | null };
  subject: string;
  /** Plain text body; SMS gets it shortened to the first paragraph. */
  text: string;
  /** Attachments: a file, or the input of a registered renderer that makes it at delivery (attachments.ts). */
  attachments?: StoredAttachment[];
  appointmentId?: string;
  submissionId?: string;
  /** Not before this time (reminders). */
  sendAfter?: Date;
}

/** One notification_outbox row as queue_outbox() takes it (the table's column names). */
export interface OutboxRow {
  kind: MessageKind;
  transport: "email" | "sms";
  recipient: string;
  subject: string;
  body: string;
  attachments: StoredAttachment[];
  appointment_id: string | null;
  submission_id: string | null;
  send_after: string;
}

type Db = Prisma.TransactionClient;

/** PostgreSQL NOTIFY channel the worker listens on (queue_outbox() notifies on it). */
export const OUTBOX_CHANNEL = "zugang_outbox";

/** One row per contact given (e-mail and/or phone); no contact, no row. */
export function outboxRows(messages: OutgoingMessage[], now: Date = new Date()): OutboxRow[] {
  return messages.flatMap((message) => {
    const common = {
      kind: message.kind,
      subject: message.subject,
      body: message.text,
      attachments: message.attachments ?? [],
      appointment_id: message.appointmentId ?? null,
      submission_id: message.submissionId ?? null,
      send_after: (message.sendAfter ?? now).toISOString(),
    };
    return [
      ...(message.to.email ? [{ ...common, transport: "email" as const, recipient: message.to.email }] : []),
      ...(message.to.phone ? [{ ...common, transport: "sms" as const, recipient: message.to.phone }] : []),
    ];
  });
}

/** Queues messages inside the caller's transaction; returns the number of rows (recipients). */
export async function queueMessages(db: Db, messages: OutgoingMessage[]): Promise<number> {
  const rows = outboxRows(messages);
  if (rows.length > 0) await db.$executeRaw`SELECT queue_outbox(${JSON.stringify(rows)}::jsonb)`;
  return rows.length;
}

/** Queues a message to each contact given (e-mail and/or phone); none given, nothing is queued. */
export function queueMessage(db: Db, message: OutgoingMessage): Promise<number> {
  return queueMessages(db, [message]);
}

/** Withdraws messages not sent yet (a reminder for an appointment that was cancelled or moved). */
export async function cancelPendingMessages(
  db: Db,
  where: { appointmentId: string; kinds?: MessageKind[] },
): Promise<number> {
  const result = await db.notificationOutbox.updateMany({
    where: {
      appointmentId: where.appointmentId,
      status: "pending",
      ...(where.kinds ? { kind: { in: where.kinds } } : {}),
    },
    data: { status: "cancelled" },
  });
  return result.count;
}
