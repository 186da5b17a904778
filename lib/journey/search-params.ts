// Next's searchParams object as URLSearchParams (repeated fields stay repeated). A value with a
// control character was never sent by one of our pages: it is left out, as if the link had not
// carried it, so the page starts afresh rather than showing it.
import { hasControlCharacters } from "@/lib/validation";

export type SearchParamsRecord = Record<string, string | string[] | undefined>;

export function toSearchParams(record: SearchParamsRecord): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(record)) {
    for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value]) {
      if (!hasControlCharacters(key) && !hasControlCharacters(item)) params.append(key, item);
    }
  }
  return params;
}
