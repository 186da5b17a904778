// "Call next" at the chosen desk: the first waiting ticket, taken so that no other desk can get it
// (lib/queue, SKIP LOCKED), with the call recorded. The page showed who it would be; if another desk
// was quicker, the next one is called and the page says so.
import { z } from "zod";
import { callNext } from "@/lib/queue";
import { seeOther } from "@/lib/plain-post";
import { staffRoute } from "@/lib/staff";
import { citizenOf } from "../citizen";
import { chosenDesk, queuePath, QUEUE_PATH } from "../desk";

export const POST = staffRoute(
  { action: "queue.desk", input: z.object({ expected: z.string().max(200).catch("") }), returnTo: QUEUE_PATH },
  async ({ input, tx, audit, location }) => {
    const desk = await chosenDesk();
    if (!desk) return seeOther(queuePath({ problem: "no-desk", change: "1" }));
    await location(desk.locationId);
    const called = await callNext(tx, desk);
    if (!called) return seeOther(queuePath({ problem: "nobody-waiting" }));
    await audit({
      action: "queue.ticket-changed",
      citizenId: await citizenOf(called.appointmentId, tx),
      object: { type: "queue_ticket", id: called.id },
      details: { step: "call", number: called.number, desk: desk.desk },
    });
    const instead = input.expected && input.expected !== called.number ? input.expected.slice(0, 10) : undefined;
    return seeOther(queuePath({ done: "called", number: called.number, instead }));
  },
);
