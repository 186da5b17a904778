// Paths of citizen pages in a language: German (the default) without a prefix, the others under
// /<locale>/, as next-intl's "as-needed" routing expects. Plain code on purpose: next-intl's
// createNavigation also puts its client-side Link into the JavaScript of every page that imports it
// (about 13 kB gzipped), though the portal only renders plain server-side <a> links.
import { defaultLocale } from "./locales";

/** "/x" in German, "/en/x" in English; "/" becomes "/" or "/en". */
export function localePath(locale: string, href: string): string {
  if (locale === defaultLocale) return href;
  return `/${locale}${href === "/" ? "" : href}`;
}
