// Drawing a number: a walk-in at the front desk or at a kiosk gets the next number of the day at a
// location ("A017"), unless the day's limit of walk-in numbers is reached. Its place in the queue
// and the expected wait come with it.
import { z } from "zod";
import { locales } from "@/i18n/locales";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { isPhoneNumber, toE164 } from "@/lib/phone";
import { berlinDate } from "@/lib/time";
import { text, uuid } from "@/lib/validation";
import { inTransaction, type Client } from "./client";
import { estimateWaitMinutes } from "./estimate";
import { queueFacts } from "./facts";

/** The one schema of a new ticket, whoever asks (kiosk API, front desk form). Messages in English for the API; the staff form maps them. */
export const ticketRequest = z.object({
  locationId: uuid("Unknown location."),
  requestType: text({ max: 60, min: 1 }).optional(),
  language: z.enum(locales, "One of the portal's languages: de, de-x-ls, en, tr, ar, uk, bg, ro.").default("de"),
  phone: text({ max: 32 })
    .refine(
      (value) => value === "" || isPhoneNumber(value),
      "A phone number that can be read: digits, optionally starting with + or 00, spaces and ( ) / . - between; national numbers are German.",
    )
    .optional(),
  email: z.union([z.literal(""), z.email("An e-mail address.").max(200)]).optional(),
});
export type TicketRequest = z.input<typeof ticketRequest>;

/** The day's walk-in numbers at the location are all given out. */
export class DailyLimitReachedError extends ConflictError {
  constructor(limit: number) {
    super("daily-limit", { limit });
    this.name = "DailyLimitReachedError";
  }
}

export interface DrawnTicket {
  id: string;
  number: string;
  /** 1 = next in line */
  position: number;
  estimatedWaitMinutes: number;
  locationId: string;
  day: string;
}

const fieldErrors = (error: z.ZodError) => {
  const fields: Record<string, string[]> = {};
  for (const issue of error.issues) (fields[issue.path.map(String).join(".") || "body"] ??= []).push(issue.message);
  return fields;
};

/**
 * Draws the next walk-in number (in the caller's transaction, or a new one). `citizenId`: the front
 * desk draws it for a person it found, so the visit stands on the person's timeline.
 */
export async function drawTicket(
  client: Client,
  input: unknown,
  options: { staffId?: string; citizenId?: string; now?: Date } = {},
): Promise<DrawnTicket> {
  const parsed = ticketRequest.safeParse(input);
  if (!parsed.success) throw new ValidationError(fieldErrors(parsed.error));
  const request = parsed.data;
  const now = options.now ?? new Date();
  return inTransaction(client, async (tx) => {
    const [place] = await tx.$queryRaw<{ daily_limit: number; kind: string; active: boolean }[]>`
      SELECT q.daily_limit, l.kind::text, l.active FROM queue_location q JOIN location l ON l.id = q.location_id
       WHERE q.location_id = ${request.locationId}::uuid`;
    if (!place || !place.active || place.kind !== "physical")
      throw new ValidationError({ locationId: ["Unknown location, or one without a waiting room."] });
    if (request.requestType) {
      const found = await tx.requestType.findFirst({
        where: { key: request.requestType, active: true },
        select: { key: true },
      });
      if (!found) throw new ValidationError({ requestType: ["Unknown request type."] });
    }
    if (options.citizenId !== undefined) {
      const person = uuid().safeParse(options.citizenId).success
        ? await tx.citizen.findUnique({ where: { id: options.citizenId }, select: { id: true } })
        : null;
      if (!person) throw new ValidationError({ citizenId: ["Unknown person."] });
    }
    const day = berlinDate(now);
    const [{ n }] = await tx.$queryRaw<
      { n: number }[]
    >`SELECT queue_next_number(${request.locationId}::uuid, ${day}::date, 'A') AS n`;
    // Over the limit: the error undoes the count with the transaction, so the limit stays exact.
    if (n > place.daily_limit) throw new DailyLimitReachedError(place.daily_limit);
    const number = `A${String(n).padStart(3, "0")}`;
    const facts = await queueFacts(tx, request.locationId, now);
    const ticket = await tx.queueTicket.create({
      data: {
        locationId: request.locationId,
        day: new Date(`${day}T00:00:00Z`),
        number,
        kind: "walk_in",
        requestTypeKey: request.requestType ?? null,
        language: request.language,
        phone: toE164(request.phone),
        email: request.email ? request.email.toLowerCase() : null,
        readyAt: now,
        drawnByStaffId: options.staffId ?? null,
        citizenId: options.citizenId ?? null,
      },
      select: { id: true },
    });
    return {
      id: ticket.id,
      number,
      position: facts.ahead + 1,
      estimatedWaitMinutes: estimateWaitMinutes(facts),
      locationId: request.locationId,
      day,
    };
  });
}

/** A ticket as its holder sees it (the printed ticket's page): number, place in line, expected wait. */
export async function ticketStatus(client: Client, id: string, now: Date = new Date()) {
  if (!uuid().safeParse(id).success) throw new NotFoundError("ticket");
  const ticket = await client.queueTicket.findUnique({
    where: { id },
    select: {
      id: true,
      number: true,
      status: true,
      desk: true,
      readyAt: true,
      locationId: true,
      language: true,
      location: { select: { name: true } },
    },
  });
  if (!ticket) throw new NotFoundError("ticket");
  const [facts, [{ before }]] = await Promise.all([
    queueFacts(client, ticket.locationId, now),
    client.$queryRaw<{ before: number }[]>`
      SELECT count(*)::int AS before FROM queue_ticket
       WHERE location_id = ${ticket.locationId}::uuid AND status = 'waiting' AND ready_at <= ${now}
         AND (ready_at, number) < (${ticket.readyAt}, ${ticket.number})`,
  ]);
  const waiting = ticket.status === "waiting";
  return {
    number: ticket.number,
    status: ticket.status,
    desk: ticket.status === "called" ? ticket.desk : null,
    locationName: ticket.location.name,
    language: ticket.language,
    position: waiting ? before + 1 : null,
    estimatedWaitMinutes: waiting ? estimateWaitMinutes({ ...facts, ahead: before }) : null,
  };
}
