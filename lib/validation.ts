// The zod building blocks every entry point validates text and dates with: the JSON API, the plain
// form posts, stored drafts and query strings. Text that carries a NUL or another control character
// is refused here, once, with a field error (PostgreSQL cannot store a NUL and answers with an
// error); line breaks and tabs pass only where a field is multi-line. A calendar day must exist
// (2026-02-30 is refused, not rolled over into March).
import { z } from "zod";

/**
 * Control characters, other than line breaks and tabs (those are allowed in multi-line fields), and
 * the bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): in a name
 * staff read, "U+202E" turns the rest of a line around and can make it say something else.
 */
const CONTROL_SINGLE_LINE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
const CONTROL_MULTI_LINE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** The message (or message code) a refused character gives, unless a caller names another. */
export const CONTROL_CHARACTER_MESSAGE = "invalidCharacters";

/** The direction isolates (U+2066–U+2069): how translations keep a Latin word apart in Arabic text. */
const ISOLATES = /[\u2066-\u2069]/g;

/**
 * Whether a text holds a refused character. `isolates` lets the direction isolates through: for
 * the portal's own translated texts, which admins edit (messages/glossary: Latin words in Arabic),
 * never for names or free text people send.
 */
export function hasControlCharacters(
  value: string,
  options: { multiline?: boolean; isolates?: boolean } = {},
): boolean {
  const checked = options.isolates ? value.replace(ISOLATES, "") : value;
  return (options.multiline ? CONTROL_MULTI_LINE : CONTROL_SINGLE_LINE).test(checked);
}

export interface TextOptions {
  /** most characters allowed (after trimming) */
  max: number;
  /** fewest characters (after trimming); 0 when left out */
  min?: number;
  /** line breaks and tabs allowed */
  multiline?: boolean;
  /** messages (or message codes) for each way a value can be wrong */
  messages?: { required?: string; tooShort?: string; tooLong?: string; characters?: string };
  /** trims white space at both ends (default true) */
  trim?: boolean;
}

/**
 * A text field: a string, trimmed, within its length, without control characters. Use it instead
 * of a bare z.string() for anything a client sends.
 */
export function text(options: TextOptions) {
  const { max, min = 0, multiline = false, messages = {}, trim = true } = options;
  const base = z.string(messages.required ? { error: messages.required } : undefined);
  const trimmed = trim ? base.trim() : base;
  const ranged = (min > 0 ? trimmed.min(min, messages.tooShort ?? messages.required) : trimmed).max(
    max,
    messages.tooLong,
  );
  return ranged.refine((value) => !hasControlCharacters(value, { multiline }), {
    message: messages.characters ?? CONTROL_CHARACTER_MESSAGE,
  });
}

/**
 * The days the portal accepts anywhere: 1900 on, and before the very last day of 9999, because a
 * day's range ends at the start of the next day and 10000-01-01 is no date the portal (nor
 * PostgreSQL's input) can write as YYYY-MM-DD.
 */
export const DAY_RANGE = { first: "1900-01-01", last: "9999-12-30" } as const;

/** Whether a YYYY-MM-DD string names a day that exists in the calendar, within DAY_RANGE. */
export function isCalendarDay(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match || value < DAY_RANGE.first || value > DAY_RANGE.last) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * A day as typed at a German counter ("2.4.1971", "02.04.1971") as YYYY-MM-DD; any other text
 * trimmed and otherwise as it is (ISO days pass unchanged), for a check such as isCalendarDay.
 */
export function typedDay(value: string): string {
  const german = /^\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\s*$/.exec(value);
  return german ? `${german[3]}-${german[2].padStart(2, "0")}-${german[1].padStart(2, "0")}` : value.trim();
}

/** A calendar day YYYY-MM-DD that exists (no 2026-02-30, no 2026-04-31). */
export function calendarDay(messages: { format?: string; notADay?: string } = {}) {
  return z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, messages.format ?? "Use the form YYYY-MM-DD.")
    .refine(isCalendarDay, messages.notADay ?? "Not a real date.");
}

/**
 * The one UUID check (ids of rows, journeys, locations; idempotency keys of the web forms): a
 * schema for inputs, with the message or message code a caller names.
 */
export function uuid(message?: string) {
  return message === undefined ? z.uuid() : z.uuid(message);
}

const anyUuid = uuid();

/** Whether a value from a URL or a form is a UUID; anything else is not looked up at all. */
export function isUuid(value: unknown): value is string {
  return anyUuid.safeParse(value).success;
}
