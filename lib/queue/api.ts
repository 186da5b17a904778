// The queue's JSON API for kiosks and screens: drawing a number (trusted channels only, by their
// X-Api-Key) and what the call display shows (by its token).
import { z } from "zod";
import { textsFor } from "@/i18n/translator";
import { invalid, json, notFound, parseJsonBody } from "@/lib/api/http";
import { isTrustedClient } from "@/lib/booking";
import { db } from "@/lib/db";
import { publicBaseUrl } from "@/lib/env";
import { displayByToken } from "./display";
import { DailyLimitReachedError, drawTicket, ticketRequest } from "./tickets";

/** The kiosk's body: a walk-in's number for a service at a location, optionally a phone for "almost your turn". */
export const ticketApiBody = ticketRequest.pick({ locationId: true, requestType: true, language: true, phone: true });

export const ticketCreated = z.object({
  number: z.string().describe("the ticket number to print and call, e.g. A017"),
  position: z.int().min(1).describe("1 = next in line"),
  estimatedWaitMinutes: z.int().min(0),
  ticketUrl: z.url().describe("the ticket's page: place in line and expected wait, kept up to date"),
});

export const dailyLimitReached = z.object({
  error: z.literal("daily-limit"),
  limit: z.int(),
  message: z.string().describe("what the kiosk shows, in the language asked for"),
});
export const unauthorized = z.object({ error: z.literal("unauthorized"), message: z.string() });

export const displayQuery = z.object({
  token: z.string({ error: "The display's token is required." }).min(1, "The display's token is required.").max(200),
});

export const displayResponse = z.object({
  location: z.object({ id: z.uuid(), name: z.string() }),
  secondLanguage: z.string().nullable(),
  calls: z
    .array(z.object({ number: z.string(), desk: z.string(), calledAt: z.string().describe("ISO 8601 instant") }))
    .describe("newest first"),
  waiting: z.int().min(0),
  estimatedWaitMinutes: z.int().min(0),
  at: z.string().describe("when the state was read, ISO 8601"),
});

export const ticketPath = (id: string) => `/display/ticket/${id}`;

export async function postQueueTicket(request: Request): Promise<Response> {
  if (!isTrustedClient(request.headers)) {
    return json({ error: "unauthorized", message: "A trusted channel's X-Api-Key is required." }, { status: 401 });
  }
  const body = await parseJsonBody(request, ticketApiBody);
  if (!body.ok) return body.response;
  try {
    const ticket = await drawTicket(db, body.value);
    return json(
      {
        number: ticket.number,
        position: ticket.position,
        estimatedWaitMinutes: ticket.estimatedWaitMinutes,
        ticketUrl: `${publicBaseUrl()}${ticketPath(ticket.id)}`,
      },
      { status: 201 },
    );
  } catch (error) {
    if (error instanceof DailyLimitReachedError) {
      return json(
        {
          error: "daily-limit",
          limit: error.details.limit,
          message: textsFor(body.value.language ?? "de", "queue")("dailyLimit"),
        },
        { status: 409 },
      );
    }
    throw error;
  }
}

export async function getQueueDisplay(request: Request): Promise<Response> {
  const token = new URL(request.url).searchParams.get("token");
  const parsed = displayQuery.safeParse({ token: token ?? undefined });
  if (!parsed.success) return invalid({ token: parsed.error.issues.map((issue) => issue.message) });
  const state = await displayByToken(parsed.data.token);
  return state ? json(state) : notFound();
}
