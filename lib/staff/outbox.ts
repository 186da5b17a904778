// The staff view of the outbox. The list carries what staff need to answer "was it sent?" —
// recipient, kind, status, times, the appointment's or request's reference — and never a message
// body. Opening one body is a separate, audited step, and its private links come masked.
import { db } from "@/lib/db";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { finishPage, keysetOrder, keysetPlan, keysetWhere, type ListPage, type PageRequest } from "@/lib/list-query";
import type { OutboxStatus } from "@/lib/generated/prisma/enums";
import type { StaffEvent } from "./audit";
import { maskPrivateLinks } from "./mask-links";

export interface OutboxEntry {
  id: string;
  kind: string;
  transport: string;
  recipient: string;
  status: OutboxStatus;
  createdAt: Date;
  sendAfter: Date;
  sentAt: Date | null;
  attempts: number;
  lastError: string | null;
  /** the appointment's or the request's reference */
  reference: string | null;
}

/** One page of the messages, newest first, without their bodies, with the total; paged by (created_at, id). */
export async function listOutbox(
  options: { client?: PrismaClient; page?: PageRequest } = {},
): Promise<ListPage<OutboxEntry>> {
  const client = options.client ?? db;
  const plan = keysetPlan(options.page ?? {}, "desc");
  const where = keysetWhere<Prisma.NotificationOutboxWhereInput>("createdAt", plan);
  const [total, fetched] = await Promise.all([
    client.notificationOutbox.count(),
    client.notificationOutbox.findMany({
      where,
      orderBy: keysetOrder("createdAt", plan),
      take: plan.take,
      select: {
        id: true,
        kind: true,
        transport: true,
        recipient: true,
        status: true,
        createdAt: true,
        sendAfter: true,
        sentAt: true,
        attempts: true,
        lastError: true,
        appointmentId: true,
        submissionId: true,
      },
    }),
  ]);
  const shown = finishPage(fetched, plan, (message) => ({ at: message.createdAt, id: message.id }));
  const references = await referencesOf(client, shown.rows);
  const rows = shown.rows.map(({ appointmentId, submissionId, lastError, ...message }) => ({
    ...message,
    // A relay's error may quote the message.
    lastError: lastError === null ? null : maskPrivateLinks(lastError),
    reference: references.get(appointmentId ?? submissionId ?? "")?.reference ?? null,
  }));
  return { ...shown, total, rows };
}

type Concerned = { appointmentId: string | null; submissionId: string | null };

/** The reference and person of each message's appointment or request, by their id. */
async function referencesOf(
  client: PrismaClient,
  messages: Concerned[],
): Promise<Map<string, { reference: string; citizenId: string | null }>> {
  const appointmentIds = messages.flatMap((message) => (message.appointmentId ? [message.appointmentId] : []));
  const submissionIds = messages.flatMap((message) => (message.submissionId ? [message.submissionId] : []));
  const select = { id: true, reference: true, citizenId: true } as const;
  const [appointments, submissions] = await Promise.all([
    appointmentIds.length ? client.appointment.findMany({ where: { id: { in: appointmentIds } }, select }) : [],
    submissionIds.length ? client.formSubmission.findMany({ where: { id: { in: submissionIds } }, select }) : [],
  ]);
  return new Map([...appointments, ...submissions].map(({ id, ...rest }) => [id, rest]));
}

export interface OpenedMessage extends OutboxEntry {
  subject: string;
  /** the body with private links and tokens masked */
  body: string;
  attachmentNames: string[];
  /** the person the message's appointment or request belongs to, if known */
  citizenId: string | null;
}

/**
 * One message with its body, masked; null for an id that names no message. Its page records the
 * view (`messageViewed`) through the door.
 */
export async function openMessage(id: string, options: { client?: PrismaClient } = {}): Promise<OpenedMessage | null> {
  const client = options.client ?? db;
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const message = await client.notificationOutbox.findUnique({ where: { id } });
  if (!message) return null;
  const concerned = (await referencesOf(client, [message])).get(message.appointmentId ?? message.submissionId ?? "");
  const attachments = Array.isArray(message.attachments) ? message.attachments : [];
  return {
    id: message.id,
    kind: message.kind,
    transport: message.transport,
    recipient: message.recipient,
    status: message.status,
    createdAt: message.createdAt,
    sendAfter: message.sendAfter,
    sentAt: message.sentAt,
    attempts: message.attempts,
    lastError: message.lastError === null ? null : maskPrivateLinks(message.lastError),
    reference: concerned?.reference ?? null,
    citizenId: concerned?.citizenId ?? null,
    subject: maskPrivateLinks(message.subject),
    body: maskPrivateLinks(message.body),
    attachmentNames: attachments.flatMap((entry) =>
      entry && typeof entry === "object" && "filename" in entry && typeof entry.filename === "string"
        ? [entry.filename]
        : [],
    ),
  };
}

/** The view of one message's text: the staff member, the message and the person concerned; null for no message. */
export function messageViewed(message: OpenedMessage | null): StaffEvent | null {
  return message
    ? {
        action: "outbox.message-viewed",
        citizenId: message.citizenId,
        object: { type: "notification_outbox", id: message.id },
        details: { kind: message.kind },
      }
    : null;
}
