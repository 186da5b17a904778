// Paths of the form pages in a language (German unprefixed, others /en/…, the "as-needed" prefix
// of i18n/routing.ts), for redirects, links and the links in messages.
import { localePath } from "@/i18n/navigation";
import { isLocale, routing } from "@/i18n/routing";

/** A form page's path in a language; an unknown language falls back to German. */
export function localized(language: string, href: string): string {
  return localePath(isLocale(language) ? language : routing.defaultLocale, href);
}

export function statusPath(token: string, language = "de"): string {
  return localized(language, `/forms/status/${token}`);
}

export function draftPath(token: string, step: string, language = "de"): string {
  return localized(language, `/forms/draft/${token}/${step}`);
}
