// Input kept only to be shown again (a rejected form, with its errors) must still be storable:
// PostgreSQL refuses a NUL in text and in JSON. Control characters, which lib/validation.ts refuses
// in every answer anyway, become U+FFFD (�) in what is kept, so the person sees where they were.
import { hasControlCharacters } from "@/lib/validation";

const REPLACEMENT = "\uFFFD";

function storableText(value: string): string {
  // Line breaks and tabs stay: a multi-line answer keeps its lines.
  return hasControlCharacters(value, { multiline: true })
    ? Array.from(value, (character) =>
        hasControlCharacters(character, { multiline: true }) ? REPLACEMENT : character,
      ).join("")
    : value;
}

/** The value with every text in it (object keys too) made storable; other values are left as they are. */
export function storable<T>(value: T): T {
  if (typeof value === "string") return storableText(value) as T;
  if (Array.isArray(value)) return value.map((item) => storable(item)) as T;
  if (value !== null && typeof value === "object" && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [storableText(key), storable(item)])) as T;
  }
  return value;
}
