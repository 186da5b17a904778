// The front desk's person: what staff may enter for someone who comes to the counter. No e-mail
// address needed: people without one are the ones who come, and a form that demands one makes staff
// type fake addresses (one is taken when the person has it). Name, e-mail, phone and customer number
// are checked exactly as every booking checks them (booking's person fields), so a person stored
// here can always be booked for.
import { z } from "zod";
import { locales } from "@/i18n/routing";
import { personFields } from "@/lib/booking";
import { berlinDate } from "@/lib/time";
import { isCalendarDay, typedDay } from "@/lib/validation";

/** The earliest date of birth taken (older is a typing error). */
const EARLIEST_BIRTH = "1900-01-01";

/** A date of birth (YYYY-MM-DD or DD.MM.YYYY): a real day, not in the future, not before 1900; YYYY-MM-DD after parsing. */
export const dateOfBirth = z.preprocess(
  (value) => (typeof value === "string" ? typedDay(value) : value),
  z
    .string("dateOfBirth")
    .refine((day) => isCalendarDay(day) && day >= EARLIEST_BIRTH && day <= berlinDate(new Date()), "dateOfBirth"),
);

/** An answer that may be left out: missing, null and blank all become null. */
const optional = <T extends z.ZodType<string, unknown>>(schema: T) =>
  z
    .preprocess((value) => (typeof value === "string" && value.trim() === "" ? null : value), schema.nullish())
    .transform((value) => value ?? null);

/** A new person at the counter: a name; e-mail, phone, customer number, date of birth and language if known. */
export const newPerson = z.object({
  name: personFields.shape.name,
  email: personFields.shape.email,
  phone: personFields.shape.phone,
  customerNumber: personFields.shape.customerNumber,
  dateOfBirth: optional(dateOfBirth),
  language: z.enum(locales, "language").default("de"),
});

export type NewPerson = z.input<typeof newPerson>;
