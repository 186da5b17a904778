// Ask to be away from home (Ortsabwesenheit): when, where, how to be reached. Needs approval first,
// so the trip lies ahead.
import { z } from "zod";
import { date, endNotBeforeStart, longText, required } from "../schema-helpers";
import type { FormDefinition } from "../types";
import { contactPage } from "./shared";

export const absence: FormDefinition = {
  key: "absence",
  checklist: ["dates", "destination", "early"],
  minutes: 3,
  contactFields: { email: "email", phone: "phone", name: "fullName" },
  pages: [
    {
      key: "period",
      fields: [
        { name: "awayFrom", kind: "date" },
        { name: "awayUntil", kind: "date" },
      ],
      schema: (context) =>
        z
          .object({
            awayFrom: date(context, { maxDaysBack: 0, maxDaysAhead: 366 }),
            awayUntil: date(context, { maxDaysBack: 0, maxDaysAhead: 400 }),
          })
          .superRefine(endNotBeforeStart("awayFrom", "awayUntil")),
    },
    {
      key: "destination",
      fields: [
        { name: "destination", kind: "text" },
        { name: "reachableAt", kind: "textarea", optional: true },
      ],
      schema: () => z.object({ destination: required(200), reachableAt: longText(500).optional() }),
    },
    contactPage(),
  ],
};
