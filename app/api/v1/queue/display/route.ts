// GET /api/v1/queue/display?token=…: what a location's call display shows, as JSON.
import { handle } from "@/lib/api/http";
import { getQueueDisplay } from "@/lib/queue";

export const dynamic = "force-dynamic";
export const GET = handle(getQueueDisplay);
