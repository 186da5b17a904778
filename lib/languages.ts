// The one table of languages' German names, for the staff pages and what lib/ writes for staff (the
// channel ladder's notes, a person's facts): the portal's languages, and the others people say they
// speak or want an interpreter for. Citizens read language names in their own language instead
// (i18n/locales.ts, languageName(readerLocale, code)).
import { locales, type Locale } from "@/i18n/locales";

export const LANGUAGE_NAMES = {
  de: "Deutsch",
  "de-x-ls": "Leichte Sprache",
  en: "Englisch",
  tr: "Türkisch",
  ar: "Arabisch",
  uk: "Ukrainisch",
  bg: "Bulgarisch",
  ro: "Rumänisch",
  ru: "Russisch",
  pl: "Polnisch",
  fa: "Persisch",
  prs: "Dari",
  ps: "Paschtu",
  ku: "Kurdisch",
  ti: "Tigrinya",
  so: "Somali",
  sq: "Albanisch",
  sr: "Serbisch",
  hr: "Kroatisch",
  bs: "Bosnisch",
  fr: "Französisch",
  es: "Spanisch",
  it: "Italienisch",
  el: "Griechisch",
  hu: "Ungarisch",
  vi: "Vietnamesisch",
  gsg: "Deutsche Gebärdensprache",
} as const satisfies Record<Locale, string> & Record<string, string>;

/** The portal's languages with their German names, German first: the choices of a staff form. */
export const PORTAL_LANGUAGE_CHOICES: { code: Locale; name: string }[] = locales.map((code) => ({
  code,
  name: LANGUAGE_NAMES[code],
}));

/**
 * Every language of the table by its German name, German first, then A to Z: what staff pick a
 * person's language or an interpreter's from (Leichte Sprache is a way of writing, not spoken, so
 * it is left out).
 */
export const LANGUAGE_CHOICES: { code: string; name: string }[] = Object.entries(
  LANGUAGE_NAMES as Record<string, string>,
)
  .filter(([code]) => code !== "de-x-ls")
  .map(([code, name]) => ({ code, name }))
  .sort((a, b) => (a.code === "de" ? -1 : b.code === "de" ? 1 : a.name.localeCompare(b.name, "de")));

/** Whether the code names a language of the table (exactly as stored: "tr", not "TR"). */
export function isTableLanguage(code: string): boolean {
  return Object.hasOwn(LANGUAGE_NAMES, code);
}

const intlNames = new Intl.DisplayNames("de", { type: "language" });
const TABLE: Record<string, string> = LANGUAGE_NAMES;

/**
 * A language's German name ("Türkisch" for tr, any case): from the table, else as Intl names it
 * ("Französisch" for fr), else the code itself when it names no language; null stays null.
 */
export function languageName(code: string): string;
export function languageName(code: string | null | undefined): string | null;
export function languageName(code: string | null | undefined): string | null {
  if (!code) return null;
  const known = TABLE[code.toLowerCase()];
  if (known) return known;
  try {
    return intlNames.of(code) ?? code;
  } catch {
    return code;
  }
}

const LETTERS = "abcdefghijklmnopqrstuvwxyz";
let byName: Map<string, string> | undefined;

/** Every German name this file gives (the table's, then Intl's for the two-letter codes), in lower case, to its code. */
function codesByName(): Map<string, string> {
  if (byName) return byName;
  byName = new Map();
  for (const first of LETTERS)
    for (const second of LETTERS) {
      const code = `${first}${second}`;
      const name = intlNames.of(code);
      if (name && name !== code) byName.set(name.toLowerCase(), code);
    }
  for (const [code, name] of Object.entries(TABLE)) byName.set(name.toLowerCase(), code);
  return byName;
}

/**
 * The code of a language staff typed by its German name ("Türkisch", any case, as languageName
 * gives it), so that no staff form asks for a code; anything else comes back as typed, for the
 * form's own check of a code.
 */
export function languageCode(typed: string): string {
  const trimmed = typed.trim();
  return codesByName().get(trimmed.toLowerCase()) ?? trimmed;
}
