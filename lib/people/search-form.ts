// The front desk's search for a person: by customer number, the start of a name, date of birth or
// phone number; every criterion given must match. At least one is needed (no list of everyone).
import { z } from "zod";
import { personFields } from "@/lib/booking";
import { text } from "@/lib/validation";
import { dateOfBirth } from "./person-form";

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
