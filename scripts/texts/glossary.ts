// The glossary (messages/glossary.json): per concept and language the one term, the words to avoid
// and whether the German word follows in brackets. Read and checked with zod; the glossary test and
// the translators' export use it.
import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { locales } from "./catalog";

const targetLocales = locales.filter((locale) => locale !== "de");

const termSchema = z.object({
  use: z.string().min(1),
  avoid: z.array(z.string().min(1)),
  germanInBrackets: z.boolean(),
});

const glossarySchema = z.object({
  about: z.string(),
  concepts: z.array(
    z.object({
      id: z.string().regex(/^[a-z]+$/),
      de: z.string().min(1),
      note: z.string().min(1),
      terms: z.object(Object.fromEntries(targetLocales.map((locale) => [locale, termSchema]))),
    }),
  ),
});

export type Glossary = z.infer<typeof glossarySchema>;
export type GlossaryTerm = z.infer<typeof termSchema>;

export const GLOSSARY_FILE = path.join(process.cwd(), "messages", "glossary.json");

export function readGlossary(file = GLOSSARY_FILE): Glossary {
  return glossarySchema.parse(JSON.parse(readFileSync(file, "utf8")));
}

/** The term of a concept in a language; German's is the concept's own word. */
export function termOf(concept: Glossary["concepts"][number], locale: string): GlossaryTerm | undefined {
  return (concept.terms as Record<string, GlossaryTerm>)[locale];
}

/** An avoided word as a pattern: a whole word, or a word's start when it ends in "*". */
function avoidPattern(word: string): RegExp {
  const prefix = word.endsWith("*");
  const escaped = (prefix ? word.slice(0, -1) : word).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(?<![\\p{L}\\p{M}])${escaped}${prefix ? "" : "(?![\\p{L}\\p{M}])"}`, "iu");
}

/** The avoided words a message of a language contains, each with the concept it belongs to. */
export function avoidedWords(glossary: Glossary, locale: string, message: string): string[] {
  return glossary.concepts.flatMap((concept) =>
    (termOf(concept, locale)?.avoid ?? [])
      .filter((word) => avoidPattern(word).test(message))
      .map((word) => `"${word}" (${concept.de}: use "${termOf(concept, locale)!.use}")`),
  );
}

/** The glossary's entries a translator of a German message needs: those whose German word it uses. */
export function notesFor(glossary: Glossary, locale: string, germanMessage: string): string[] {
  return glossary.concepts
    .filter((concept) => germanMessage.toLowerCase().includes(concept.de.toLowerCase()))
    .map((concept) => {
      const term = termOf(concept, locale);
      if (!term) return `${concept.de}: ${concept.note}`;
      const avoid = term.avoid.length > 0 ? `; avoid ${term.avoid.join(", ")}` : "";
      const brackets = term.germanInBrackets ? `; at its first use on a page followed by "(${concept.de})"` : "";
      return `${concept.de}: ${concept.note} Use "${term.use}"${avoid}${brackets}.`;
    });
}
