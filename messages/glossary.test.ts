// One term per concept: no message of any language (nor a request type's stored texts) uses a word
// the glossary (messages/glossary.json) tells that language to avoid.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { allMessages, locales } from "@/scripts/texts/catalog";
import { avoidedWords, readGlossary } from "@/scripts/texts/glossary";

const glossary = readGlossary();
const requestTypeTexts = JSON.parse(
  readFileSync(path.join(process.cwd(), "lib/journey/request-type-texts.json"), "utf8"),
) as Record<string, Record<string, Record<string, string | string[]>>>;

describe("the glossary", () => {
  it("names a term for every concept in every language", () => {
    const concepts = glossary.concepts.map((concept) => concept.de);
    expect(concepts).toEqual(
      expect.arrayContaining([
        "Jobcenter",
        "Termin",
        "Anliegen",
        "Vorgangsnummer",
        "Kundennummer",
        "Bescheid",
        "Weiterbewilligungsantrag",
        "Bewilligungszeitraum",
        "Bürgergeld",
        "Mahnung",
        "Widerspruch",
      ]),
    );
  });

  it.each(locales.filter((locale) => locale !== "de"))("%s: no message uses an avoided word", (locale) => {
    const found = allMessages(locale).flatMap(({ namespace, key, message }) =>
      avoidedWords(glossary, locale, message).map((word) => `${namespace}.${key}: ${word}`),
    );
    for (const [type, fields] of Object.entries(requestTypeTexts)) {
      for (const [field, texts] of Object.entries(fields)) {
        const text = [texts[locale] ?? []].flat().join("\n");
        found.push(...avoidedWords(glossary, locale, text).map((word) => `request type ${type}.${field}: ${word}`));
      }
    }
    expect(found).toEqual([]);
  });
});
