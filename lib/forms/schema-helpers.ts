// zod building blocks for form answers, all built on text() of lib/validation.ts: a control
// character is refused with the code invalidCharacters (line breaks and tabs only in multi-line
// answers). Messages are codes (forms.errors.<code>), translated on the page and in the API, so one
// schema serves every language.
import { electronicFormatIBAN, isValidIBAN } from "ibantools";
import { z } from "zod";
import { isPhoneNumber, toE164 } from "@/lib/phone";
import { addDays } from "@/lib/time";
import { isCalendarDay, text } from "@/lib/validation";
import type { ValidationContext } from "./types";

const codes = { required: "required", tooShort: "required", tooLong: "tooLong" };

/** A one-line answer (an input field). */
export const required = (max = 200) => text({ max, min: 1, messages: codes });
export const optional = (max = 200) => required(max).optional();
/** A multi-line answer (a textarea): line breaks and tabs are kept. */
export const longText = (max = 4000) => text({ max, min: 1, multiline: true, messages: codes });

const emailFormat = z.email();
export const email = () =>
  required(200).refine((value) => emailFormat.safeParse(value).success, { error: "invalidEmail" });

/** A phone number that can be read (national numbers are German), stored as E.164 like every number (lib/phone.ts). */
export const phone = () =>
  required(30)
    .refine((value) => isPhoneNumber(value), { error: "invalidPhone" })
    .transform((value) => toE164(value) ?? value);

export const postalCode = () => required(5).regex(/^(?!00)\d{5}$/, { error: "invalidPostalCode" });

/** An IBAN with or without spaces; stored in electronic format (no spaces, upper case). */
export const iban = () =>
  required(50)
    .transform((value) => electronicFormatIBAN(value) ?? "")
    .refine((value) => isValidIBAN(value), { error: "invalidIban" });

/** Euro amount: 1234, 1234,50 or 1.234,50 (German) or 1234.50. */
export const money = () =>
  required(20).refine((value) => /^\d{1,3}(\.\d{3})*(,\d{1,2})?$|^\d+([.,]\d{1,2})?$/.test(value), {
    error: "invalidAmount",
  });

export const choice = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values, { error: "chooseOne" });

export const choices = <T extends readonly [string, ...string[]]>(values: T) =>
  z.array(z.enum(values, { error: "chooseOne" }), { error: "chooseAtLeastOne" }).min(1, { error: "chooseAtLeastOne" });

export interface DateRule {
  /** latest allowed: days from today (0 = today, negative = that long ago); undefined = no limit */
  maxDaysAhead?: number;
  /** earliest allowed: days before today (0 = today); undefined = no limit */
  maxDaysBack?: number;
  weekdaysOnly?: boolean;
}

/** A calendar date YYYY-MM-DD (what <input type="date"> sends), checked against today in Berlin. */
export const date = (context: ValidationContext, rule: DateRule = {}) =>
  text({ max: 10, min: 1, messages: { ...codes, tooLong: "invalidDate" } })
    .refine(isCalendarDay, { error: "invalidDate" })
    .superRefine((value, check) => {
      if (!isCalendarDay(value)) return;
      if (rule.maxDaysAhead !== undefined && value > addDays(context.today, rule.maxDaysAhead)) {
        const code =
          rule.maxDaysAhead === 0 ? "dateInFuture" : rule.maxDaysAhead < 0 ? "dateTooRecent" : "dateTooFarAhead";
        check.addIssue({ code: "custom", message: code });
      }
      if (rule.maxDaysBack !== undefined && value < addDays(context.today, -rule.maxDaysBack)) {
        check.addIssue({ code: "custom", message: rule.maxDaysBack === 0 ? "dateInPast" : "dateTooFarBack" });
      }
      if (rule.weekdaysOnly && [0, 6].includes(new Date(`${value}T12:00:00Z`).getUTCDay())) {
        check.addIssue({ code: "custom", message: "weekdayOnly" });
      }
    });

/** Adds "end before start" to the end field when both dates are valid. */
export function endNotBeforeStart(start: string, end: string) {
  return (answers: Record<string, unknown>, check: z.RefinementCtx) => {
    const from = answers[start];
    const until = answers[end];
    if (
      typeof from === "string" &&
      typeof until === "string" &&
      isCalendarDay(from) &&
      isCalendarDay(until) &&
      until < from
    ) {
      check.addIssue({ code: "custom", path: [end], message: "endBeforeStart" });
    }
  };
}
