// POST /api/v1/queue/tickets: a ticket kiosk draws a walk-in's number (trusted X-Api-Key only).
import { handle } from "@/lib/api/http";
import { postQueueTicket } from "@/lib/queue";

export const dynamic = "force-dynamic";
export const POST = handle(postQueueTicket);
