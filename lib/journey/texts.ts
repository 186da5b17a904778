// The journey's texts outside a page render (the JSON API): the same message files and the same
// reason wording as the pages, so the API and the pages never explain a channel differently.
import { textsFor, type Translator } from "@/i18n/translator";
import type { RankedOption } from "./engine";

/** The part of a next-intl translator the journey texts need: pages pass getTranslations("journey"), lib/ textsFor(locale, "journey"). */
export type JourneyTranslator = Translator;

/** The reason of one option; a step an admin added later falls back to a general sentence. */
export function reasonText(t: JourneyTranslator, option: Pick<RankedOption, "channel" | "reasonKey" | "reasonParams">): string {
  const key = `reasons.${option.reasonKey}`;
  const params = { channel: option.channel, ...option.reasonParams };
  if (t.has(key)) return t(key, params);
  if (option.reasonKey.startsWith("step.")) return t("reasons.step.generic", params);
  return t(`reasons.channel.${option.channel}`, params);
}

/** Title and description of a request type: the message files first, the database for new types. */
export function requestTypeText(t: JourneyTranslator, type: { key: string; title: Record<string, string>; description: Record<string, string> }, locale: string) {
  const base = `requestTypes.${type.key}`;
  return {
    title: t.has(`${base}.title`) ? t(`${base}.title`) : localized(type.title, locale),
    description: t.has(`${base}.description`) ? t(`${base}.description`) : localized(type.description, locale),
  };
}

/** The text in the wanted language, else German, else any. */
export function localized(texts: Record<string, string>, locale: string): string {
  return texts[locale] ?? texts[locale.split("-")[0]] ?? texts.de ?? Object.values(texts)[0] ?? "";
}

/** A request type's title in a language, for the pages of other capabilities (booking, forms). */
export function requestTypeTitle(type: { key: string; title: unknown; description: unknown }, locale: string): string {
  const texts = { key: type.key, title: type.title as Record<string, string>, description: type.description as Record<string, string> };
  return requestTypeText(textsFor(locale, "journey"), texts, locale).title;
}
