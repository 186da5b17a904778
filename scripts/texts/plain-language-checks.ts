// Rules of Leichte Sprache a machine can see: one sentence per line, no "möchten" (people read
// "wollen" more easily), and no abbreviation or hard word without its explanation in the same text.

/** Lines of a message that hold more than one sentence ("1. Sie wählen" is a numbered line, not two). */
export function linesWithSeveralSentences(message: string): string[] {
  return message.split("\n").filter((line) => /(?<![\d\p{Lu}])[.!?]\s+["„]?\p{L}/u.test(line));
}

export function usesMoechten(message: string): boolean {
  return /(?<!\p{L})möcht/iu.test(message);
}

/**
 * Abbreviations and hard words, each with what must stand beside it; null: never in Leichte
 * Sprache (say it in words instead).
 */
export const EXPLANATIONS: { word: RegExp; name: string; explanation: RegExp | null }[] = [
  { word: /(?<!\p{L})MB(?!\p{L})/u, name: "MB", explanation: null },
  { word: /(?<!\p{L})\.?ics(?!\p{L})/iu, name: "ICS", explanation: null },
  { word: /(?<!\p{L})JSON(?!\p{L})/u, name: "JSON", explanation: null },
  { word: /(?<!\p{L})PDF(?!-Datei)/u, name: "PDF", explanation: null },
  { word: /(?<!\p{L})IBAN(?!\p{L})/u, name: "IBAN", explanation: /Konto-Nummer/ },
  { word: /(?<!\p{L})SMS(?!\p{L})/u, name: "SMS", explanation: /Handy/ },
  { word: /JavaScript/u, name: "JavaScript", explanation: /JavaScript ist/ },
  { word: /Vorgangs-Nummer/u, name: "Vorgangs-Nummer", explanation: /Nummer von Ihre[rm]/ },
  { word: /Weiter-Bewilligung/u, name: "Weiter-Bewilligung", explanation: /weiter Bürger-Geld/ },
  { word: /Mahnung/u, name: "Mahnung", explanation: /Mahnung ist ein Brief/ },
];

/** The abbreviations and hard words a message uses without their explanation. */
export function unexplainedWords(message: string): string[] {
  return EXPLANATIONS.filter(
    ({ word, explanation }) => word.test(message) && (explanation === null || !explanation.test(message)),
  ).map(({ name }) => name);
}
