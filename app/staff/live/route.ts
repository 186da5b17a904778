// GET /staff/live: the staff screens' live feed (server-sent events), for every signed-in role. A
// request that does not ask for an event stream (a plain download, a crawler of the staff pages)
// gets 406 and a sentence, instead of a stream that never ends.
import { headers } from "next/headers";
import { z } from "zod";
import { staffLiveEvents, staffRoute } from "@/lib/staff";

export const dynamic = "force-dynamic";

export const GET = staffRoute(
  { action: "staff.home", input: z.object({}), returnTo: "/staff" },
  async ({ session }) => {
    if (!(await headers()).get("accept")?.includes("text/event-stream"))
      return new Response("Diese Adresse liefert die Live-Aktualisierung der Seiten als Ereignisstrom.", {
        status: 406,
        headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
      });
    return staffLiveEvents(session);
  },
);
