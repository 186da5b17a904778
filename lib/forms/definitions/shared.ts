// Pages and fields several forms share: who is asking (so the Jobcenter can find the file), an
// address, and the documents upload.
import { z } from "zod";
import { date, email, optional, phone, postalCode, required } from "../schema-helpers";
import type { FieldDefinition, PageDefinition, ValidationContext } from "../types";

/** Customer number (Kundennummer) or BG number as printed on letters: letters, digits, spaces. */
const customerNumber = () =>
  optional(20).refine((value) => value === undefined || /^[0-9A-Za-z ]{6,20}$/.test(value), {
    error: "invalidCustomerNumber",
  });

export const contactFields: FieldDefinition[] = [
  { name: "fullName", kind: "text", autoComplete: "name" },
  { name: "dateOfBirth", kind: "date", autoComplete: "bday" },
  { name: "customerNumber", kind: "text", optional: true, autoComplete: "off", maxLength: 20 },
  { name: "email", kind: "email", optional: true, autoComplete: "email" },
  { name: "phone", kind: "tel", optional: true, autoComplete: "tel" },
];

export const contactSchema = (context: ValidationContext) =>
  z.object({
    fullName: required(120),
    // Born at least 14 years ago and at most 120.
    dateOfBirth: date(context, { maxDaysAhead: -14 * 365, maxDaysBack: 120 * 366 }),
    customerNumber: customerNumber(),
    email: email().optional(),
    phone: phone().optional(),
  });

export function contactPage(section?: string): PageDefinition {
  return { key: "contact", fields: contactFields, schema: contactSchema, section };
}

export const addressFields: FieldDefinition[] = [
  { name: "street", kind: "text", autoComplete: "address-line1" },
  { name: "postalCode", kind: "postalCode", autoComplete: "postal-code" },
  { name: "city", kind: "text", autoComplete: "address-level2" },
];

export const addressShape = () => ({ street: required(120), postalCode: postalCode(), city: required(80) });

export function documentsPage(
  options: { minFiles?: number; section?: string; when?: PageDefinition["when"] } = {},
): PageDefinition {
  return {
    key: "documents",
    kind: "upload",
    fields: [],
    schema: () => z.object({}),
    minFiles: options.minFiles ?? 0,
    section: options.section,
    when: options.when,
  };
}

export const yesNo = ["yes", "no"] as const;
