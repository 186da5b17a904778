// A desk's work on the queue: preview and call the next, call again (capped), not appeared, park
// and call back, forward to another service or desk, finish with an outcome. "Call next" takes the
// first waiting ticket with SELECT … FOR UPDATE SKIP LOCKED in its transaction: two desks calling at
// the same moment, in any app process, lock different rows, so they never get the same person.
import { z } from "zod";
import { ConflictError, ValidationError } from "@/lib/errors";
import { text, uuid } from "@/lib/validation";
import { notifyAlmostTurn } from "./almost";
import { inTransaction, type Client, type Tx } from "./client";

/** How often a desk may call the same ticket (the first call included) before it must decide. */
export const MAX_CALLS = 3;

export const deskName = text({
  max: 40,
  min: 1,
  messages: { required: "Bitte den Namen des Platzes oder Raums angeben.", tooLong: "Höchstens 40 Zeichen." },
});
export const deskSchema = z.object({ locationId: uuid("Bitte einen Standort wählen."), desk: deskName });
export type Desk = z.output<typeof deskSchema>;

export const OUTCOMES = {
  done: "erledigt",
  "follow-up": "Folgetermin nötig",
  "documents-missing": "Unterlagen fehlen",
  referred: "weitergeleitet an andere Stelle",
} as const;
export type Outcome = keyof typeof OUTCOMES;

export interface CalledTicket {
  id: string;
  number: string;
  desk: string;
  callCount: number;
  appointmentId: string | null;
}

interface NextRow {
  id: string;
  number: string;
  appointment_id: string | null;
}

/** The ticket a desk's "call next" would take now (nothing locked): the preview. */
export async function previewNext(
  client: Client,
  desk: Desk,
  now: Date = new Date(),
): Promise<{ id: string; number: string } | null> {
  const [next] = await client.$queryRaw<NextRow[]>`
    SELECT id::text, number, appointment_id::text FROM queue_ticket
     WHERE location_id = ${desk.locationId}::uuid AND status = 'waiting' AND ready_at <= ${now} AND (target_desk IS NULL OR target_desk = ${desk.desk})
     ORDER BY (target_desk IS NOT NULL) DESC, ready_at, number
     LIMIT 1`;
  return next ?? null;
}

async function recordCall(tx: Tx, locationId: string, ticket: { id: string; number: string }, desk: string, now: Date) {
  await tx.$executeRaw`
    INSERT INTO queue_call (location_id, ticket_id, number, desk, called_at)
    VALUES (${locationId}::uuid, ${ticket.id}::uuid, ${ticket.number}, ${desk}, ${now})`;
}

/**
 * Calls the first waiting ticket (tickets forwarded to this desk first, then by the time they
 * joined): null when no one is waiting. In the caller's transaction, or its own.
 */
export async function callNext(client: Client, desk: Desk, now: Date = new Date()): Promise<CalledTicket | null> {
  return inTransaction(client, async (tx) => {
    const [next] = await tx.$queryRaw<NextRow[]>`
      SELECT id::text, number, appointment_id::text FROM queue_ticket
       WHERE location_id = ${desk.locationId}::uuid AND status = 'waiting' AND ready_at <= ${now} AND (target_desk IS NULL OR target_desk = ${desk.desk})
       ORDER BY (target_desk IS NOT NULL) DESC, ready_at, number
       LIMIT 1
       FOR NO KEY UPDATE SKIP LOCKED`;
    if (!next) return null;
    await tx.$executeRaw`
      UPDATE queue_ticket
         SET status = 'called', desk = ${desk.desk}, target_desk = NULL, call_count = 1, called_at = ${now},
             first_called_at = coalesce(first_called_at, ${now})
       WHERE id = ${next.id}::uuid`;
    await recordCall(tx, desk.locationId, next, desk.desk, now);
    await notifyAlmostTurn(tx, desk.locationId, now);
    return { id: next.id, number: next.number, desk: desk.desk, callCount: 1, appointmentId: next.appointment_id };
  });
}

export const STEPS = ["recall", "no-show", "park", "call-back", "forward", "finish"] as const;
export type Step = (typeof STEPS)[number];

export const stepSchema = z.discriminatedUnion("step", [
  z.object({ step: z.literal("recall"), ticket: uuid() }),
  z.object({ step: z.literal("no-show"), ticket: uuid() }),
  z.object({ step: z.literal("park"), ticket: uuid() }),
  z.object({ step: z.literal("call-back"), ticket: uuid() }),
  z.object({
    step: z.literal("forward"),
    ticket: uuid(),
    requestType: text({ max: 60 }).optional(),
    toDesk: text({ max: 40 }).optional(),
  }),
  z.object({
    step: z.literal("finish"),
    ticket: uuid(),
    outcome: z.enum(Object.keys(OUTCOMES) as [Outcome, ...Outcome[]], "Bitte ein Ergebnis wählen."),
  }),
]);
export type StepInput = z.output<typeof stepSchema>;

/** A step the ticket's state does not allow (another desk has it, it was finished meanwhile, the calls are used up). */
export class QueueStepError extends ConflictError {
  constructor(code: "not-at-this-desk" | "recall-limit" | "not-parked" | "forward-nowhere") {
    super(code);
    this.name = "QueueStepError";
  }
}

export interface StepResult {
  ticket: { id: string; number: string; status: string; callCount: number; appointmentId: string | null };
  step: Step;
}

interface TicketRow {
  id: string;
  number: string;
  status: string;
  call_count: number;
  appointment_id: string | null;
}

const asResult = (row: TicketRow, step: Step): StepResult => ({
  ticket: {
    id: row.id,
    number: row.number,
    status: row.status,
    callCount: row.call_count,
    appointmentId: row.appointment_id,
  },
  step,
});

/** One step on a ticket at a desk; the ticket must be called to this desk (parked, for call-back). */
export async function applyStep(
  client: Client,
  desk: Desk,
  input: StepInput,
  now: Date = new Date(),
): Promise<StepResult> {
  return inTransaction(client, async (tx) => {
    const where = { id: input.ticket, location: desk.locationId, desk: desk.desk };
    let rows: TicketRow[];
    switch (input.step) {
      case "recall": {
        rows = await tx.$queryRaw<TicketRow[]>`
          UPDATE queue_ticket SET call_count = call_count + 1, called_at = ${now}
           WHERE id = ${where.id}::uuid AND location_id = ${where.location}::uuid AND status = 'called' AND desk = ${where.desk} AND call_count < ${MAX_CALLS}
           RETURNING id::text, number, status::text, call_count, appointment_id::text`;
        if (rows.length === 0) {
          const [current] = await tx.$queryRaw<
            TicketRow[]
          >`SELECT id::text, number, status::text, call_count, appointment_id::text FROM queue_ticket
             WHERE id = ${where.id}::uuid AND location_id = ${where.location}::uuid AND status = 'called'
               AND desk = ${where.desk}`;
          throw new QueueStepError(current ? "recall-limit" : "not-at-this-desk");
        }
        await recordCall(tx, desk.locationId, rows[0], desk.desk, now);
        return asResult(rows[0], input.step);
      }
      case "call-back": {
        rows = await tx.$queryRaw<TicketRow[]>`
          UPDATE queue_ticket SET status = 'called', desk = ${where.desk}, call_count = 1, called_at = ${now}
           WHERE id = ${where.id}::uuid AND location_id = ${where.location}::uuid AND status = 'parked'
           RETURNING id::text, number, status::text, call_count, appointment_id::text`;
        if (rows.length === 0) throw new QueueStepError("not-parked");
        await recordCall(tx, desk.locationId, rows[0], desk.desk, now);
        return asResult(rows[0], input.step);
      }
      case "no-show":
      case "finish":
        rows = await tx.$queryRaw<TicketRow[]>`
          UPDATE queue_ticket SET status = ${input.step === "finish" ? "finished" : "no_show"}::"QueueTicketStatus", finished_at = ${now},
                 outcome = ${input.step === "finish" ? input.outcome : null}, phone = NULL, email = NULL
           WHERE id = ${where.id}::uuid AND location_id = ${where.location}::uuid AND status = 'called' AND desk = ${where.desk}
           RETURNING id::text, number, status::text, call_count, appointment_id::text`;
        break;
      case "park":
        rows = await tx.$queryRaw<TicketRow[]>`
          UPDATE queue_ticket SET status = 'parked'
           WHERE id = ${where.id}::uuid AND location_id = ${where.location}::uuid AND status = 'called' AND desk = ${where.desk}
           RETURNING id::text, number, status::text, call_count, appointment_id::text`;
        break;
      case "forward": {
        const requestType = input.requestType || null;
        const toDesk = input.toDesk || null;
        if (!requestType && !toDesk) throw new QueueStepError("forward-nowhere");
        if (
          requestType &&
          !(await tx.requestType.findFirst({ where: { key: requestType, active: true }, select: { key: true } }))
        ) {
          throw new ValidationError({ requestType: ["Dieses Anliegen gibt es nicht."] });
        }
        // Back to waiting with its first place in line kept: the next desk of that service (or the desk named) calls it first.
        rows = await tx.$queryRaw<TicketRow[]>`
          UPDATE queue_ticket SET status = 'waiting', desk = NULL, call_count = 0, target_desk = ${toDesk},
                 request_type_key = coalesce(${requestType}, request_type_key)
           WHERE id = ${where.id}::uuid AND location_id = ${where.location}::uuid AND status = 'called' AND desk = ${where.desk}
           RETURNING id::text, number, status::text, call_count, appointment_id::text`;
        break;
      }
    }
    if (rows.length === 0) throw new QueueStepError("not-at-this-desk");
    return asResult(rows[0], input.step);
  });
}
