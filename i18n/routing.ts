// next-intl routing for the portal's languages (i18n/locales.ts): German unprefixed, the others
// under /<locale>/.
import { defineRouting } from "next-intl/routing";
import { defaultLocale, locales, type Locale } from "./locales";

export { isLocale, localeNames, locales, rtlLocales, type Locale } from "./locales";

/** The language tag for the html lang attribute. */
export function htmlLang(locale: Locale): string {
  return locale;
}

export const routing = defineRouting({
  locales,
  defaultLocale,
  localePrefix: "as-needed",
  // No alternate-language Link header: it repeats the path nine times, and a long path made headers
  // larger than proxies accept. The layout puts the same links into the page (<link rel="alternate">).
  alternateLinks: false,
});
