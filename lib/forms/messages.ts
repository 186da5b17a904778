// Texts outside a page (confirmation messages, API error messages) in a chosen language, from the
// same message files the pages use.
import { createTranslator } from "next-intl";
import { isLocale, type Locale } from "@/i18n/routing";

type Messages = Record<string, unknown>;

async function load(locale: Locale): Promise<Messages> {
  return (await import(`@/messages/${locale}/forms.json`)).default as Messages;
}

export interface FormsTranslator {
  (key: string, values?: Record<string, string | number>): string;
  has(key: string): boolean;
}

export async function formsTranslator(language: string): Promise<FormsTranslator> {
  const locale: Locale = isLocale(language) ? language : "de";
  const messages = await load(locale);
  const t = createTranslator({ locale, messages: { forms: messages }, namespace: "forms" }) as unknown as {
    (key: string, values?: Record<string, string | number>): string;
    has(key: string): boolean;
  };
  const translate = ((key: string, values?: Record<string, string | number>) => t(key, values)) as FormsTranslator;
  translate.has = (key: string) => t.has(key);
  return translate;
}

/** The error codes of a validation turned into readable sentences (the API answers in English by default). */
export async function explainErrors(fields: Record<string, string[]>, language = "en"): Promise<Record<string, string[]>> {
  const t = await formsTranslator(language);
  const explained: Record<string, string[]> = {};
  for (const [field, codes] of Object.entries(fields)) {
    explained[field] = codes.map((code) => (t.has(`errors.${code}`) ? t(`errors.${code}`) : code));
  }
  return explained;
}
