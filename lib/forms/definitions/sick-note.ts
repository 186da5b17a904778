// Report being unable to work (Arbeitsunfähigkeit): since when, until when, is there a certificate.
import { z } from "zod";
import { choice, date, endNotBeforeStart } from "../schema-helpers";
import type { FormDefinition } from "../types";
import { contactPage, documentsPage, yesNo } from "./shared";

export const certificateAnswers = ["yes", "no", "later"] as const;

export const sickNote: FormDefinition = {
  key: "sick-note",
  checklist: ["certificate", "dates", "appointment"],
  minutes: 3,
  contactFields: { email: "email", phone: "phone", name: "fullName" },
  pages: [
    {
      key: "period",
      fields: [
        { name: "sickFrom", kind: "date" },
        { name: "sickUntil", kind: "date" },
      ],
      // Being ill has started (today at the latest); the expected end may lie ahead.
      schema: (context) =>
        z
          .object({
            sickFrom: date(context, { maxDaysAhead: 0, maxDaysBack: 366 }),
            sickUntil: date(context, { maxDaysAhead: 366 }),
          })
          .superRefine(endNotBeforeStart("sickFrom", "sickUntil")),
    },
    {
      key: "certificate",
      fields: [{ name: "hasCertificate", kind: "radio", options: certificateAnswers, optionSet: "certificate" }],
      schema: () => z.object({ hasCertificate: choice(certificateAnswers) }),
    },
    documentsPage({ when: (answers) => answers.hasCertificate === "yes", minFiles: 1 }),
    {
      key: "appointment",
      fields: [{ name: "missedAppointment", kind: "radio", options: yesNo, optionSet: "yesNo" }],
      schema: () => z.object({ missedAppointment: choice(yesNo) }),
    },
    contactPage(),
  ],
};
