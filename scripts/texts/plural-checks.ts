// Counted messages: a number shown with a noun ("3 freie Zeiten") needs ICU plural, in German and in
// every language, with every plural form the language has (Arabic six, Ukrainian four, Romanian three).
import { messageShape, plurals } from "./icu";

/** Arguments that carry a count; "Schritt {current} von {total}" shows positions, not counted nouns. */
export const COUNT_ARGUMENTS = ["count", "minutes", "max", "maxFiles", "tries", "total"] as const;

/** Count arguments a message shows as a plain number before a word: "{count} freie Zeiten", "{tries}-mal". */
export function countsWithoutPlural(message: string): string[] {
  return COUNT_ARGUMENTS.filter((name) => new RegExp(`\\{\\s*${name}\\s*\\}\\s*-?\\p{L}`, "u").test(message));
}

/** The count arguments a message puts in a plural. */
export function pluralCounts(message: string): string[] {
  return plurals(message)
    .map((plural) => plural.argument)
    .filter((name) => (COUNT_ARGUMENTS as readonly string[]).includes(name));
}

/** What is wrong with a translation of a counted German message, for one count argument. */
export function pluralProblems(locale: string, message: string, argument: string): string[] {
  const found = plurals(message).filter((plural) => plural.argument === argument);
  if (found.length === 0) return [`{${argument}} has no plural`];
  const problems: string[] = [];
  if (messageShape(message).split(", ").includes(`${argument}:text`)) {
    problems.push(`{${argument}} also stands outside its plural`);
  }
  const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
  for (const plural of found) {
    const missing = categories.filter((category) => !plural.selectors.includes(category));
    if (missing.length > 0) problems.push(`{${argument}} lacks the forms ${missing.join(", ")}`);
  }
  return problems;
}
