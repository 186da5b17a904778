// Phone numbers, one way: every number is stored as E.164 ("+496215550101") where it enters (citizen
// forms, the JSON API, staff forms, the kiosk), so that one number typed in any spelling matches the
// same stored value; pages show German numbers in the national format ("0621 5550101"). Germany is
// the default region: "0621 5550101" is a Mannheim number, "0049 …" and "+49 …" are the same one.
// Stored numbers from before this rule were converted by migration 20261207410000_phone_e164; those
// it could not read are listed in phone_numbers_unreadable and kept as they were.
import { parsePhoneNumberFromString } from "libphonenumber-js/max";

/** The characters people write phone numbers with; anything else (letters) makes a number unreadable. */
const PHONE_CHARACTERS = /^\+?[0-9 ()/.\-–]+$/;

/** At most this many characters are looked at (a phone field is never longer). */
const MAX_LENGTH = 40;

/**
 * The number in E.164 ("+496215550101"), or null when it cannot be read as a phone number: letters,
 * too few or too many digits for its country, or no number at all. National numbers are German.
 */
export function toE164(raw: string | null | undefined): string | null {
  const value = raw?.trim() ?? "";
  if (value === "" || value.length > MAX_LENGTH || !PHONE_CHARACTERS.test(value)) return null;
  // "+49 (0)621 …": the trunk zero in brackets is written, not dialled.
  const written = value.replace(/\(0\)/g, "").replace(/–/g, "-");
  const international = written.replace(/^\s*00(?=[1-9])/, "+");
  const parsed = parsePhoneNumberFromString(international, "DE");
  if (!parsed || !parsed.isValid()) return null;
  return parsed.number;
}

/** Whether what was typed is a phone number that can be stored. */
export function isPhoneNumber(raw: string | null | undefined): boolean {
  return toE164(raw) !== null;
}

/**
 * The number as staff and people read it: German numbers in the national format ("0621 5550101"),
 * others in the international one ("+90 212 555 01 01"); a stored value that is no readable number
 * (kept by the migration) as it was stored.
 */
export function phoneForDisplay(stored: string | null | undefined): string {
  if (!stored) return "";
  const parsed = parsePhoneNumberFromString(stored, "DE");
  if (!parsed || !parsed.isValid()) return stored;
  return parsed.country === "DE" ? parsed.formatNational() : parsed.formatInternational();
}
