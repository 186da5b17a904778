// "Almost your turn": whoever left a phone number or an e-mail address with their ticket is told
// once, through the outbox in the same transaction as the call, when at most two people are
// before them (next but two).
import { textsFor } from "@/i18n/translator";
import { queueMessages, type OutgoingMessage } from "@/lib/notifications";
import type { Tx } from "./client";

/** Told when this many people at most are before them. */
export const ALMOST_TURN_AHEAD = 2;

interface Row {
  id: string;
  number: string;
  phone: string | null;
  email: string | null;
  language: string;
  location_name: string;
}

/** Queues the message for the first waiting tickets with a contact not told yet; returns how many were told. */
export async function notifyAlmostTurn(tx: Tx, locationId: string, now: Date): Promise<number> {
  // The first in line (forwarded tickets wait for their desk and are not counted); queue_notice's
  // key makes the message go once, even when two desks call at the same moment.
  const rows = await tx.$queryRaw<Row[]>`
    WITH line AS (
      SELECT t.id, t.number, t.phone, t.email, t.language, l.name AS location_name
        FROM queue_ticket t JOIN location l ON l.id = t.location_id
       WHERE t.location_id = ${locationId}::uuid AND t.status = 'waiting' AND t.ready_at <= ${now} AND t.target_desk IS NULL
       ORDER BY t.ready_at, t.number
       LIMIT ${ALMOST_TURN_AHEAD + 1}
    ), told AS (
      INSERT INTO queue_notice (ticket_id, sent_at)
      SELECT id, ${now} FROM line WHERE phone IS NOT NULL OR email IS NOT NULL
      ON CONFLICT (ticket_id) DO NOTHING
      RETURNING ticket_id
    )
    SELECT line.id::text, line.number, line.phone, line.email, line.language, line.location_name FROM line JOIN told ON told.ticket_id = line.id`;
  if (rows.length === 0) return 0;
  const messages: OutgoingMessage[] = rows.map((row) => {
    const t = textsFor(row.language, "queue");
    const values = { number: row.number, location: row.location_name };
    return {
      kind: "queue-turn",
      to: { phone: row.phone, email: row.email },
      subject: t("almostTurn.subject", values),
      text: t("almostTurn.text", values),
    };
  });
  await queueMessages(tx, messages);
  return rows.length;
}
