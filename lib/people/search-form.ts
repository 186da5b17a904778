// The front desk's search fields (name, date of birth, customer number, phone), checked by field so
// that a bad value is refused where it was typed, and turned into the one search's criteria. At
// least one is needed (no list of everyone).
import { z } from "zod";
import { normalizePhone, parseWith, personFields } from "@/lib/booking";
import { text } from "@/lib/validation";
import { dateOfBirth } from "./person-form";
import type { SearchCriteria } from "./search";

const blankAsMissing = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

export const personSearch = z
  .object({
    customerNumber: personFields.shape.customerNumber,
    name: z.preprocess(
      blankAsMissing,
      text({ max: 200, min: 2, messages: { tooShort: "nameTooShort", tooLong: "tooLong" } }).optional(),
    ),
    dateOfBirth: z.preprocess(blankAsMissing, dateOfBirth.optional()),
    phone: personFields.shape.phone,
  })
  .refine((query) => Object.values(query).some((value) => value), { message: "criterion", path: ["form"] });

export type PersonSearch = z.input<typeof personSearch>;

/** The fields as the one search's criteria; a ValidationError with codes by field for what cannot be searched. */
export function criteriaFromFields(input: PersonSearch): SearchCriteria {
  const fields = parseWith(personSearch, input);
  return {
    name: fields.name ?? null,
    dateOfBirth: fields.dateOfBirth ?? null,
    email: null,
    number: null,
    customerNumber: fields.customerNumber ? fields.customerNumber.replace(/\s/g, "").toUpperCase() : null,
    phone: normalizePhone(fields.phone),
  };
}
