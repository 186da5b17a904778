// Apply for continued benefits (Weiterbewilligungsantrag): the long form, in sections with a task
// list: household, income, housing costs, bank details, documents, contact.
import { z } from "zod";
import { choice, choices, date, iban, longText, money, required } from "../schema-helpers";
import type { FormDefinition } from "../types";
import { contactPage, documentsPage, yesNo } from "./shared";

export const incomeSources = [
  "employment",
  "selfEmployment",
  "childBenefit",
  "maintenance",
  "pension",
  "unemploymentBenefit",
  "other",
] as const;

export const continuedBenefits: FormDefinition = {
  key: "continued-benefits",
  checklist: ["letter", "payslips", "rent", "iban"],
  minutes: 20,
  sections: ["household", "income", "housing", "bank", "documents", "contact"],
  contactFields: { email: "email", phone: "phone", name: "fullName" },
  pages: [
    {
      key: "household",
      section: "household",
      fields: [{ name: "householdSame", kind: "radio", options: yesNo, optionSet: "yesNo" }],
      schema: () => z.object({ householdSame: choice(yesNo) }),
    },
    {
      key: "householdChanges",
      section: "household",
      when: (answers) => answers.householdSame === "no",
      fields: [
        { name: "householdDetails", kind: "textarea" },
        { name: "householdChangeDate", kind: "date" },
      ],
      schema: (context) =>
        z.object({
          householdDetails: longText(2000),
          householdChangeDate: date(context, { maxDaysAhead: 92, maxDaysBack: 2 * 366 }),
        }),
    },
    {
      key: "income",
      section: "income",
      fields: [{ name: "hasIncome", kind: "radio", options: yesNo, optionSet: "yesNo" }],
      schema: () => z.object({ hasIncome: choice(yesNo) }),
    },
    {
      key: "incomeDetails",
      section: "income",
      when: (answers) => answers.hasIncome === "yes",
      fields: [
        { name: "incomeSources", kind: "checkboxes", options: incomeSources, optionSet: "incomeSources" },
        { name: "incomeAmount", kind: "money" },
      ],
      schema: () => z.object({ incomeSources: choices(incomeSources), incomeAmount: money() }),
    },
    {
      key: "housing",
      section: "housing",
      fields: [
        { name: "rentCold", kind: "money" },
        { name: "serviceCharges", kind: "money" },
        { name: "heatingCosts", kind: "money" },
        { name: "housingChanged", kind: "radio", options: yesNo, optionSet: "yesNo" },
      ],
      schema: () =>
        z.object({ rentCold: money(), serviceCharges: money(), heatingCosts: money(), housingChanged: choice(yesNo) }),
    },
    {
      key: "bank",
      section: "bank",
      fields: [
        { name: "iban", kind: "iban" },
        { name: "accountHolder", kind: "text", autoComplete: "name" },
      ],
      schema: () => z.object({ iban: iban(), accountHolder: required(120) }),
    },
    documentsPage({ section: "documents" }),
    contactPage("contact"),
  ],
};
