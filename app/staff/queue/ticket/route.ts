// A walk-in's number drawn at the front desk, for a service at the desk's location (or the one chosen),
// and for a person found there when it comes from the person page.
import { z } from "zod";
import { ValidationError } from "@/lib/errors";
import { DailyLimitReachedError, drawTicket } from "@/lib/queue";
import { seeOther } from "@/lib/plain-post";
import { staffRoute } from "@/lib/staff";
import { queuePath, QUEUE_PATH } from "../desk";

const field = z.string().max(2_000).optional().catch(undefined);
const posted = z.object({
  locationId: field,
  requestType: field,
  language: field,
  phone: field,
  email: field,
  personId: field,
});

const FIELD_NAMES: Record<string, string> = {
  locationId: "Standort",
  requestType: "Anliegen",
  language: "Sprache",
  phone: "Telefon",
  email: "E-Mail",
  citizenId: "Person",
};

export const POST = staffRoute(
  { action: "queue.ticket", input: posted, returnTo: QUEUE_PATH },
  async ({ session, input, tx, audit, location }) => {
    if (input.locationId) await location(input.locationId);
    const request = {
      locationId: input.locationId,
      requestType: input.requestType || undefined,
      language: input.language || undefined,
      phone: input.phone?.trim() || undefined,
      email: input.email?.trim() || undefined,
    };
    try {
      const citizenId = input.personId || undefined;
      const ticket = await drawTicket(tx, request, { staffId: session.staff.id, citizenId });
      await audit({
        action: "queue.ticket-drawn",
        citizenId: citizenId ?? null,
        object: { type: "queue_ticket", id: ticket.id },
        details: { number: ticket.number, locationId: ticket.locationId },
      });
      return seeOther(
        queuePath({
          done: "drawn",
          number: ticket.number,
          position: String(ticket.position),
          minutes: String(ticket.estimatedWaitMinutes),
          ticket: ticket.id,
        }),
      );
    } catch (error) {
      if (error instanceof DailyLimitReachedError) return seeOther(queuePath({ problem: "daily-limit" }));
      if (error instanceof ValidationError) {
        const detail = Object.keys(error.fields)
          .map((name) => FIELD_NAMES[name] ?? name)
          .join(", ");
        return seeOther(queuePath({ problem: "bad-ticket", detail }));
      }
      throw error;
    }
  },
);
