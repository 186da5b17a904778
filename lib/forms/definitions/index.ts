// Every online form, by key. The key is the request type's key (or "callback" for the phone channel).
import type { FormDefinition } from "../types";
import { absence } from "./absence";
import { callback } from "./callback";
import { changeReport } from "./change-report";
import { contactDetails } from "./contact-details";
import { continuedBenefits } from "./continued-benefits";
import { decisionQuestion } from "./decision-question";
import { sickNote } from "./sick-note";
import { submitDocuments } from "./submit-documents";

export const formDefinitions: readonly FormDefinition[] = [
  changeReport,
  submitDocuments,
  sickNote,
  contactDetails,
  absence,
  decisionQuestion,
  callback,
  continuedBenefits,
];

export const formKeys = formDefinitions.map((form) => form.key) as [string, ...string[]];

export function findForm(key: string): FormDefinition | undefined {
  return formDefinitions.find((form) => form.key === key);
}
