// GET /display/{token}/events: the call display's live feed (server-sent events).
import { displayEvents } from "@/lib/queue";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }) {
  return displayEvents(request, (await params).token);
}
