// Paths of the form pages in a language (German unprefixed, others /en/…, the "as-needed" prefix
// of i18n/routing.ts), for redirects, links and the links in messages.
import { isLocale, routing } from "@/i18n/routing";

export function localized(language: string, href: string): string {
  const locale = isLocale(language) ? language : routing.defaultLocale;
  if (locale === routing.defaultLocale) return href;
  return href === "/" ? `/${locale}` : `/${locale}${href}`;
}

export function statusPath(token: string, language = "de"): string {
  return localized(language, `/forms/status/${token}`);
}

export function draftPath(token: string, step: string, language = "de"): string {
  return localized(language, `/forms/draft/${token}/${step}`);
}
