// The portal's languages, as plain data: safe to import from a client component without pulling
// next-intl into the browser. German is the source; plain German (Leichte Sprache) uses the
// private-use tag de-x-ls ("de-LS" would mean German as spoken in Lesotho).
export const locales = ["de", "de-x-ls", "en", "tr", "ar", "uk", "bg", "ro"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "de";
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

export function isLocale(value: string): value is Locale {
  return (locales as readonly string[]).includes(value);
}

/** A language's name in the reader's language ("Arabisch" for a German reader); plain German reads German names. */
export function languageName(readerLocale: string, code: string): string {
  try {
    return (
      new Intl.DisplayNames([readerLocale === "de-x-ls" ? "de" : readerLocale], { type: "language" }).of(code) ?? code
    );
  } catch {
    return code;
  }
}
