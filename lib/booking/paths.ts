// Paths of the booking pages in a language (German unprefixed), with a query string.
import { localePath } from "@/i18n/navigation";

export function bookingPath(locale: string, pathname: string, query: Record<string, string | undefined> = {}): string {
  const path = localePath(locale, pathname);
  const search = new URLSearchParams(
    Object.entries(query).filter((entry): entry is [string, string] => !!entry[1]),
  ).toString();
  return search ? `${path}?${search}` : path;
}
