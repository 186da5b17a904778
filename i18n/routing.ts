// The portal's languages. German is the source; plain German (Leichte Sprache) uses the private-use
// tag de-x-ls ("de-LS" would mean German as spoken in Lesotho).
import { defineRouting } from "next-intl/routing";

export const locales = ["de", "de-x-ls", "en", "tr", "ar", "uk", "bg", "ro"] as const;
export type Locale = (typeof locales)[number];
export const rtlLocales: readonly Locale[] = ["ar"];

/** Each language named in itself, for the language switch. */
export const localeNames: Record<Locale, string> = {
  de: "Deutsch",
  "de-x-ls": "Leichte Sprache",
  en: "English",
  tr: "Türkçe",
  ar: "العربية",
  uk: "Українська",
  bg: "Български",
  ro: "Română",
};

/** The language tag for the html lang attribute (de-x-ls is German to a screen reader). */
export function htmlLang(locale: Locale): string {
  return locale;
}

export const routing = defineRouting({
  locales,
  defaultLocale: "de",
  localePrefix: "as-needed",
});

export function isLocale(value: string): value is Locale {
  return (locales as readonly string[]).includes(value);
}
