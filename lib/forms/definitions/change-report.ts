// Report a change (Veränderungsmitteilung): what changed, from when, the details of that change.
import { z } from "zod";
import { choice, date, iban, longText, money, optional, required } from "../schema-helpers";
import type { FormDefinition } from "../types";
import { addressFields, addressShape, contactPage, documentsPage } from "./shared";

export const changeKinds = ["income", "household", "address", "bank", "other"] as const;
export const incomeKinds = ["newJob", "moreIncome", "lessIncome", "jobEnded", "otherIncome"] as const;
export const householdChanges = ["moveIn", "moveOut", "birth", "other"] as const;

const is = (kind: (typeof changeKinds)[number]) => (answers: Record<string, unknown>) => answers.changeKind === kind;

export const changeReport: FormDefinition = {
  key: "change-report",
  checklist: ["date", "proof", "iban"],
  minutes: 5,
  contactFields: { email: "email", phone: "phone", name: "fullName" },
  pages: [
    {
      key: "kind",
      fields: [{ name: "changeKind", kind: "radio", options: changeKinds, optionSet: "changeKind" }],
      schema: () => z.object({ changeKind: choice(changeKinds) }),
    },
    {
      key: "since",
      fields: [{ name: "changeDate", kind: "date" }],
      // A change may be reported ahead (a new job next month), at most three months ahead.
      schema: (context) => z.object({ changeDate: date(context, { maxDaysAhead: 92, maxDaysBack: 3 * 366 }) }),
    },
    {
      key: "income",
      when: is("income"),
      fields: [
        { name: "incomeKind", kind: "radio", options: incomeKinds, optionSet: "incomeKind" },
        { name: "incomeAmount", kind: "money", optional: true },
        { name: "employer", kind: "text", optional: true, autoComplete: "organization" },
      ],
      schema: () =>
        z.object({ incomeKind: choice(incomeKinds), incomeAmount: money().optional(), employer: optional(120) }),
    },
    {
      key: "household",
      when: is("household"),
      fields: [
        { name: "householdChange", kind: "radio", options: householdChanges, optionSet: "householdChange" },
        { name: "householdDetails", kind: "textarea" },
      ],
      schema: () => z.object({ householdChange: choice(householdChanges), householdDetails: longText(2000) }),
    },
    { key: "address", when: is("address"), fields: addressFields, schema: () => z.object(addressShape()) },
    {
      key: "bank",
      when: is("bank"),
      fields: [
        { name: "iban", kind: "iban" },
        { name: "accountHolder", kind: "text", autoComplete: "name" },
      ],
      schema: () => z.object({ iban: iban(), accountHolder: required(120) }),
    },
    {
      key: "other",
      when: is("other"),
      fields: [{ name: "changeDetails", kind: "textarea" }],
      schema: () => z.object({ changeDetails: longText(2000) }),
    },
    documentsPage(),
    contactPage(),
  ],
};
