// The location's waiting room: a new call-display link (the old one stops at once, open screens
// included) or the daily limit of walk-in numbers and the display's second language. Recorded.
import { z } from "zod";
import { findLocationForAdmin } from "@/lib/booking";
import { queueSettingsSchema, renewDisplayToken, saveQueueSettings } from "@/lib/queue";
import { staffRoute } from "@/lib/staff";
import { backToList, backWithNotice, backWithProblems, locationPath } from "../answer";

type Params = { id: string };
const field = z.string().max(200).optional().catch(undefined);
const posted = z.object({ intent: field, dailyLimit: field, secondLanguage: field });

export const POST = staffRoute<typeof posted, Params>(
  { action: "locations.manage", input: posted, returnTo: ({ id }) => locationPath(id) },
  async ({ input, params, tx, audit }) => {
    const location = await findLocationForAdmin(tx, params.id);
    if (!location) return backToList();
    if (input.intent === "renew") {
      await renewDisplayToken(tx, location.id);
      await audit({
        action: "queue.display-renewed",
        citizenId: null,
        object: { type: "location", id: location.id },
        details: {},
      });
      return backWithNotice(location.id, "display", "display-renewed");
    }
    const settings = queueSettingsSchema.safeParse({
      dailyLimit: input.dailyLimit?.trim() || undefined,
      secondLanguage: input.secondLanguage ?? "",
    });
    if (!settings.success) {
      const problems = Object.fromEntries(settings.error.issues.map((issue) => [String(issue.path[0]), issue.message]));
      return backWithProblems(location.id, "display", problems, {
        dailyLimit: input.dailyLimit ?? "",
        secondLanguage: input.secondLanguage ?? "",
      });
    }
    const changed = await saveQueueSettings(tx, location.id, settings.data);
    if (Object.keys(changed).length === 0) return backWithNotice(location.id, "display", "unchanged");
    await audit({
      action: "location.updated",
      citizenId: null,
      object: { type: "location", id: location.id },
      details: { changed },
    });
    return backWithNotice(location.id, "display", "saved");
  },
);
