// A message about a decision letter (Bescheid): which letter, what about, the question itself.
import { z } from "zod";
import { choice, date, longText } from "../schema-helpers";
import type { FormDefinition } from "../types";
import { contactPage, documentsPage } from "./shared";

export const decisionTopics = ["amount", "rejection", "repayment", "reduction", "other"] as const;

export const decisionQuestion: FormDefinition = {
  key: "decision-question",
  checklist: ["letter", "date", "question"],
  minutes: 5,
  contactFields: { email: "email", phone: "phone", name: "fullName" },
  pages: [
    {
      key: "decision",
      fields: [
        { name: "decisionDate", kind: "date" },
        { name: "decisionTopic", kind: "radio", options: decisionTopics, optionSet: "decisionTopic" },
      ],
      // The letter has arrived already: its date cannot lie ahead.
      schema: (context) =>
        z.object({
          decisionDate: date(context, { maxDaysAhead: 0, maxDaysBack: 10 * 366 }),
          decisionTopic: choice(decisionTopics),
        }),
    },
    {
      key: "message",
      fields: [{ name: "message", kind: "textarea", maxLength: 4000 }],
      schema: () => z.object({ message: longText(4000) }),
    },
    documentsPage(),
    contactPage(),
  ],
};
