// Choosing the desk (or room) and location this browser works at, once per session.
import { z } from "zod";
import { deskSchema } from "@/lib/queue";
import { seeOther } from "@/lib/plain-post";
import { staffRoute } from "@/lib/staff";
import { deskCookie, queuePath, QUEUE_PATH } from "../desk";

const field = z.string().max(2_000).catch("");

export const POST = staffRoute(
  { action: "queue.desk", input: z.object({ locationId: field, desk: field }), returnTo: QUEUE_PATH },
  async ({ input, tx, location }) => {
    const desk = deskSchema.safeParse(input);
    if (!desk.success) return seeOther(queuePath({ problem: "bad-desk", change: "1" }));
    const known = await tx.location.findFirst({
      where: { id: desk.data.locationId, active: true, kind: "physical" },
      select: { id: true },
    });
    if (!known) return seeOther(queuePath({ problem: "bad-desk", change: "1" }));
    await location(known.id);
    const response = seeOther(queuePath({ done: "desk" }));
    response.headers.append("Set-Cookie", deskCookie(desk.data));
    return response;
  },
);
