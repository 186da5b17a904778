// The journey's texts outside a page render (the JSON API): the same message files and the same
// reason wording as the pages, so the API and the pages never explain a channel differently.
// A request type's own texts (title, short explanation, what to bring) are stored with it, per
// language; a language left empty shows the German text (docs/journey.md, "Request types").
import type { Translator } from "@/i18n/translator";
import type { RankedOption } from "./engine";

/** The part of a next-intl translator the journey texts need: pages pass getTranslations("journey"), lib/ textsFor(locale, "journey"). */
export type JourneyTranslator = Translator;

/** The reason of one option; a step an admin added later falls back to a general sentence. */
export function reasonText(
  t: JourneyTranslator,
  option: Pick<RankedOption, "channel" | "reasonKey" | "reasonParams">,
): string {
  const key = `reasons.${option.reasonKey}`;
  const params = { channel: option.channel, ...option.reasonParams };
  if (t.has(key)) return t(key, params);
  if (option.reasonKey.startsWith("step.")) return t("reasons.step.generic", params);
  return t(`reasons.channel.${option.channel}`, params);
}

/** The language whose text is shown for a page in `locale`: its own when filled in, else German (plain German is German's). */
export function textLanguage(texts: Readonly<Record<string, unknown>>, locale: string): string {
  const filled = (language: string) => {
    const value = texts[language];
    return Array.isArray(value)
      ? value.some((item) => typeof item === "string" && item.trim() !== "")
      : typeof value === "string" && value.trim() !== "";
  };
  return filled(locale) ? locale : "de";
}

/** The text in the wanted language, else German; "" when German is empty too. */
export function localized(texts: Readonly<Record<string, string>>, locale: string): string {
  const text = texts[textLanguage(texts, locale)];
  return typeof text === "string" ? text.trim() : "";
}

type StoredTexts = { title: unknown; description: unknown };
const textsOf = (value: unknown): Record<string, string> =>
  value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, string>) : {};

/**
 * Title and short explanation of a stored request type in a language (German where that language is
 * empty), with the language each is written in, for a lang attribute where German stands in.
 */
export function requestTypeText(
  type: StoredTexts,
  locale: string,
): { title: string; description: string; titleLanguage: string; descriptionLanguage: string } {
  const title = textsOf(type.title);
  const description = textsOf(type.description);
  return {
    title: localized(title, locale),
    description: localized(description, locale),
    titleLanguage: textLanguage(title, locale),
    descriptionLanguage: textLanguage(description, locale),
  };
}

/** A request type's title in a language, for the pages of other capabilities (booking, forms). */
export function requestTypeTitle(type: StoredTexts, locale: string): string {
  return requestTypeText(type, locale).title;
}

/** What to bring to an appointment for this request type, in a language (German's list where that language's is empty). */
export function whatToBring(type: { whatToBring: unknown }, locale: string): string[] {
  const lists = textsOf(type.whatToBring) as unknown as Record<string, unknown>;
  const list = lists[textLanguage(lists, locale)];
  return Array.isArray(list)
    ? list.filter((item): item is string => typeof item === "string" && item.trim() !== "").map((item) => item.trim())
    : [];
}
