// Texts outside a page render (e-mails, SMS, calendar files, API answers) through next-intl's
// createTranslator, from the same message files the pages read: the one way lib/ looks up a text.
// Pages use getTranslations; what they pass into lib/ has the same call shape (Translator).
// A key missing in a language falls back to German, as a page would show nothing better.
import { createTranslator } from "next-intl";
import arBooking from "@/messages/ar/booking.json";
import bgBooking from "@/messages/bg/booking.json";
import deBooking from "@/messages/de/booking.json";
import deLsBooking from "@/messages/de-x-ls/booking.json";
import enBooking from "@/messages/en/booking.json";
import roBooking from "@/messages/ro/booking.json";
import trBooking from "@/messages/tr/booking.json";
import ukBooking from "@/messages/uk/booking.json";
import arForms from "@/messages/ar/forms.json";
import bgForms from "@/messages/bg/forms.json";
import deForms from "@/messages/de/forms.json";
import deLsForms from "@/messages/de-x-ls/forms.json";
import enForms from "@/messages/en/forms.json";
import roForms from "@/messages/ro/forms.json";
import trForms from "@/messages/tr/forms.json";
import ukForms from "@/messages/uk/forms.json";
import arJourney from "@/messages/ar/journey.json";
import bgJourney from "@/messages/bg/journey.json";
import deJourney from "@/messages/de/journey.json";
import deLsJourney from "@/messages/de-x-ls/journey.json";
import enJourney from "@/messages/en/journey.json";
import roJourney from "@/messages/ro/journey.json";
import trJourney from "@/messages/tr/journey.json";
import ukJourney from "@/messages/uk/journey.json";
import arQueue from "@/messages/ar/queue.json";
import bgQueue from "@/messages/bg/queue.json";
import deQueue from "@/messages/de/queue.json";
import deLsQueue from "@/messages/de-x-ls/queue.json";
import enQueue from "@/messages/en/queue.json";
import roQueue from "@/messages/ro/queue.json";
import trQueue from "@/messages/tr/queue.json";
import ukQueue from "@/messages/uk/queue.json";
import { defaultLocale, isLocale, type Locale } from "./locales";

/** The message files lib/ reads outside a page render, per language. */
const MESSAGES = {
  ar: { booking: arBooking, forms: arForms, journey: arJourney, queue: arQueue },
  bg: { booking: bgBooking, forms: bgForms, journey: bgJourney, queue: bgQueue },
  de: { booking: deBooking, forms: deForms, journey: deJourney, queue: deQueue },
  "de-x-ls": { booking: deLsBooking, forms: deLsForms, journey: deLsJourney, queue: deLsQueue },
  en: { booking: enBooking, forms: enForms, journey: enJourney, queue: enQueue },
  ro: { booking: roBooking, forms: roForms, journey: roJourney, queue: roQueue },
  tr: { booking: trBooking, forms: trForms, journey: trJourney, queue: trQueue },
  uk: { booking: ukBooking, forms: ukForms, journey: ukJourney, queue: ukQueue },
} satisfies Record<Locale, Record<string, object>>;

export type TextNamespace = keyof (typeof MESSAGES)[Locale];

/** A translator bound to one namespace: t(key, values) and t.has(key). */
export interface Translator {
  (key: string, values?: Record<string, string | number>): string;
  has(key: string): boolean;
}

const cache = new Map<string, Translator>();

function bound(locale: Locale, namespace: TextNamespace): Translator {
  const cached = cache.get(`${locale}|${namespace}`);
  if (cached) return cached;
  const messages = { [namespace]: MESSAGES[locale][namespace] };
  const t = createTranslator({ locale, messages, namespace }) as unknown as Translator;
  const fallback = locale === defaultLocale ? null : bound(defaultLocale, namespace);
  const translate = ((key: string, values?: Record<string, string | number>) =>
    t.has(key) || !fallback ? t(key, values) : fallback(key, values)) as Translator;
  translate.has = (key: string) => t.has(key) || (fallback?.has(key) ?? false);
  cache.set(`${locale}|${namespace}`, translate);
  return translate;
}

/** The texts of one namespace in a language; an unknown language is German. */
export function textsFor(language: string, namespace: TextNamespace): Translator {
  return bound(isLocale(language) ? language : defaultLocale, namespace);
}

/**
 * A counted message as one template per plural form of the language ({ one: "# Minute", other: "# Minuten" }
 * with "{count}" where the number stands), for a client part that counts by itself: it picks the form
 * with Intl.PluralRules and puts the number in, so the server's plural rules are not sent to the browser.
 */
export function pluralTemplates(language: string, t: Translator, key: string): Record<string, string> {
  const locale = isLocale(language) ? language : defaultLocale;
  const rules = new Intl.PluralRules(locale);
  const format = new Intl.NumberFormat(locale);
  const templates: Record<string, string> = {};
  for (const category of rules.resolvedOptions().pluralCategories) {
    // The smallest whole number of this form; some languages keep a form for fractions alone ("other" in Ukrainian).
    const sample = [...Array.from({ length: 1000 }, (_, n) => n), 1.5].find((n) => rules.select(n) === category);
    if (sample === undefined) continue;
    templates[category] = t(key, { count: sample }).replace(format.format(sample), "{count}");
  }
  return templates;
}
