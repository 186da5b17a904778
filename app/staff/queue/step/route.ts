// A step on a ticket at the chosen desk: call again, not appeared, park, call back, forward, finish.
import { z } from "zod";
import { ValidationError } from "@/lib/errors";
import { applyStep, QueueStepError, stepSchema } from "@/lib/queue";
import { seeOther } from "@/lib/plain-post";
import { staffRoute } from "@/lib/staff";
import { citizenOf } from "../citizen";
import { chosenDesk, queuePath, QUEUE_PATH } from "../desk";

const field = z.string().max(2_000).optional().catch(undefined);
const posted = z.object({ step: field, ticket: field, requestType: field, toDesk: field, outcome: field });

export const POST = staffRoute(
  { action: "queue.desk", input: posted, returnTo: QUEUE_PATH },
  async ({ input, tx, audit }) => {
    const desk = await chosenDesk();
    if (!desk) return seeOther(queuePath({ problem: "no-desk", change: "1" }));
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
      return seeOther(queuePath({ done: step.data.step, number: ticket.number }));
    } catch (error) {
      if (error instanceof QueueStepError) return seeOther(queuePath({ problem: error.code }));
      if (error instanceof ValidationError) return seeOther(queuePath({ problem: "unknown-service" }));
      throw error;
    }
  },
);
