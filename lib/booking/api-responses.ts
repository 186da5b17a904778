// Bodies the booking API answers with that the route handlers build themselves (the conflicts of
// book.ts, manage.ts and take-or-offer.ts, the booking's first and replayed answers), for the
// OpenAPI document; the contract test checks real answers against them.
import { z } from "zod";
import { uuid } from "@/lib/validation";
import { slotSchema } from "./api-schemas";

const videoUrl = z.url().optional().describe("video only: the room link");

export const bookingCreated = z.object({
  id: uuid(),
  reference: z.string(),
  manageToken: z.string().describe("only in this first answer; the portal keeps no readable copy"),
  manageUrl: z.url(),
  icsUrl: z.url(),
  videoUrl,
});

export const bookingReplayed = z.object({
  id: uuid(),
  reference: z.string(),
  replayed: z.literal(true),
  videoUrl,
});

/** 409 of a booking: one body per conflict, told apart by `error`. */
export const bookingConflict = z.discriminatedUnion("error", [
  z.object({
    error: z.literal("slot-taken"),
    message: z.string(),
    nextSlots: z.array(slotSchema).describe("the next free slots after the one asked for"),
  }),
  z.object({
    error: z.literal("too-many-appointments"),
    message: z.string(),
    limit: z.int().describe("open appointments one contact may hold"),
  }),
  z.object({ error: z.literal("idempotency-key-reused"), message: z.string() }),
  z.object({ error: z.literal("idempotency-conflict"), message: z.string() }),
]);

/** 409 of a cancellation: the appointment has begun, taken place or is no longer open. */
export const cancelConflict = z.object({ error: z.literal("not-open"), message: z.string() });
