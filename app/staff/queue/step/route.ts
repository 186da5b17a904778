// A step on a ticket at the chosen desk: call again, not appeared, park, call back, forward, finish —
// and "Fertig, nächste Person" (finish with next=1): finished and the next person called in one
// transaction, so that the desk costs one key per person.
import { z } from "zod";
import { ValidationError } from "@/lib/errors";
import { applyStep, callNext, QueueStepError, stepSchema } from "@/lib/queue";
import { seeOther } from "@/lib/plain-post";
import { staffRoute } from "@/lib/staff";
import { citizenOf } from "../citizen";
import { chosenDesk, queuePath, QUEUE_PATH } from "../desk";

const field = z.string().max(2_000).optional().catch(undefined);
const posted = z.object({
  step: field,
  ticket: field,
  requestType: field,
  toDesk: field,
  outcome: field,
  next: field,
});

export const POST = staffRoute(
  { action: "queue.desk", input: posted, returnTo: QUEUE_PATH },
  async ({ input, tx, audit, location }) => {
    const desk = await chosenDesk();
    if (!desk) return seeOther(queuePath({ problem: "no-desk", change: "1" }));
    await location(desk.locationId);
    const step = stepSchema.safeParse(input);
    if (!step.success) return seeOther(queuePath({ problem: "bad-step" }));
    try {
      const { ticket } = await applyStep(tx, desk, step.data);
      const details = {
        step: step.data.step,
        number: ticket.number,
        desk: desk.desk,
        ...(step.data.step === "finish" ? { outcome: step.data.outcome } : {}),
        ...(step.data.step === "forward"
          ? { toDesk: step.data.toDesk || null, requestType: step.data.requestType || null }
          : {}),
      };
      await audit({
        action: "queue.ticket-changed",
        citizenId: await citizenOf(ticket.appointmentId, tx),
        object: { type: "queue_ticket", id: ticket.id },
        details,
      });
      if (step.data.step !== "finish" || input.next !== "1")
        return seeOther(queuePath({ done: step.data.step, number: ticket.number }));
      const called = await callNext(tx, desk);
      if (!called) return seeOther(queuePath({ done: "finish", number: ticket.number, problem: "nobody-waiting" }));
      await audit({
        action: "queue.ticket-changed",
        citizenId: await citizenOf(called.appointmentId, tx),
        object: { type: "queue_ticket", id: called.id },
        details: { step: "call", number: called.number, desk: desk.desk },
      });
      return seeOther(queuePath({ done: "called", number: called.number }));
    } catch (error) {
      if (error instanceof QueueStepError) return seeOther(queuePath({ problem: error.code }));
      if (error instanceof ValidationError) return seeOther(queuePath({ problem: "unknown-service" }));
      throw error;
    }
  },
);
