// GET /staff/live: the staff screens' live feed (server-sent events), for every signed-in role.
import { z } from "zod";
import { staffLiveEvents, staffRoute } from "@/lib/staff";

export const dynamic = "force-dynamic";

export const GET = staffRoute({ action: "staff.home", input: z.object({}), returnTo: "/staff" }, async ({ session }) =>
  staffLiveEvents(session),
);
