// The phone channel: a number, a day and time window, and the language of the call.
import { z } from "zod";
import { choice, date, longText, phone, required } from "../schema-helpers";
import type { FormDefinition } from "../types";

export const callbackWindows = ["08-10", "10-12", "12-14", "14-16"] as const;
export const callbackLanguages = ["de", "en", "tr", "ar", "uk", "bg", "ro", "other"] as const;

export const callback: FormDefinition = {
  key: "callback",
  checklist: ["phone", "time", "letter"],
  minutes: 2,
  contactFields: { phone: "callbackPhone", name: "fullName" },
  pages: [
    {
      key: "number",
      fields: [{ name: "callbackPhone", kind: "tel", autoComplete: "tel" }],
      schema: () => z.object({ callbackPhone: phone() }),
    },
    {
      key: "time",
      fields: [
        { name: "callbackDate", kind: "date" },
        { name: "callbackWindow", kind: "radio", options: callbackWindows, optionSet: "callbackWindow" },
      ],
      // Calls are made on working days within the next two weeks.
      schema: (context) =>
        z.object({
          callbackDate: date(context, { maxDaysBack: 0, maxDaysAhead: 14, weekdaysOnly: true }),
          callbackWindow: choice(callbackWindows),
        }),
    },
    {
      key: "language",
      fields: [{ name: "callbackLanguage", kind: "radio", options: callbackLanguages, optionSet: "callbackLanguage" }],
      schema: () => z.object({ callbackLanguage: choice(callbackLanguages) }),
    },
    {
      key: "about",
      fields: [
        { name: "fullName", kind: "text", autoComplete: "name" },
        { name: "callbackTopic", kind: "textarea", optional: true },
      ],
      schema: () => z.object({ fullName: required(120), callbackTopic: longText(1000).optional() }),
    },
  ],
};
