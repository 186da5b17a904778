// The translators' round trip: one language's messages as an XLIFF 2.0 file (one <file> per
// namespace, the message key as the unit's id, German as source, the translation as target, the
// glossary's entries and the plural forms as notes), and such a file read back. A file is taken
// whole or not at all: a unit whose placeholders, plurals or selects differ from the German, whose
// German changed since the export, or whose key is unknown refuses the file, naming the key.
import { readFileSync, writeFileSync } from "node:fs";
import { js2xliff, xliff2js, type XliffDocument } from "xliff";
import { defaultLocale, locales, MESSAGES_DIR, messageFile, namespaces, readMessages, type Locale } from "./catalog";
import { notesFor, readGlossary, type Glossary } from "./glossary";
import { messageShape, plurals } from "./icu";
import { pluralProblems } from "./plural-checks";
import { replaceStrings } from "./json-source";

/** The notes a translator gets for one message. */
function unitNotes(glossary: Glossary, locale: Locale, german: string): string[] {
  const notes = notesFor(glossary, locale, german);
  const counted = plurals(german);
  if (counted.length > 0) {
    const forms = new Intl.PluralRules(locale).resolvedOptions().pluralCategories.join(", ");
    notes.push(
      `Counts (${counted.map((plural) => `{${plural.argument}}`).join(", ")}) need the plural forms ${forms}.`,
    );
  }
  if (messageShape(german) !== "")
    notes.push(`Keep the placeholders and their ICU structure: ${messageShape(german)}.`);
  return notes;
}

/** A language's messages as an XLIFF 2.0 document. */
export async function exportXliff(locale: Locale, dir = MESSAGES_DIR): Promise<string> {
  if (locale === defaultLocale) throw new Error("German is the source; choose a language to translate into.");
  const glossary = readGlossary();
  const resources: XliffDocument["resources"] = {};
  for (const namespace of namespaces) {
    const target = readMessages(locale, namespace, dir);
    resources[namespace] = Object.fromEntries(
      [...readMessages(defaultLocale, namespace, dir)].map(([key, german]) => {
        const notes = unitNotes(glossary, locale, german);
        return [key, { source: german, target: target.get(key) ?? "", ...(notes.length > 0 ? { note: notes } : {}) }];
      }),
    );
  }
  const xml = await js2xliff({ sourceLanguage: defaultLocale, targetLanguage: locale, resources }, { indent: "  " });
  return `<?xml version="1.0" encoding="UTF-8"?>\n${xml}\n`;
}

export interface ImportResult {
  locale: Locale;
  /** "namespace.key" of every message the file changed */
  changed: string[];
}

export class XliffRefusedError extends Error {
  constructor(readonly problems: string[]) {
    super(`The file was not imported:\n${problems.map((problem) => `  ${problem}`).join("\n")}`);
    this.name = "XliffRefusedError";
  }
}

function text(value: unknown): string | null {
  if (typeof value === "string") return value;
  if (value === undefined) return "";
  return null;
}

/** Reads an XLIFF file back into the language's message files, or refuses it whole. */
export async function importXliff(xml: string, dir = MESSAGES_DIR): Promise<ImportResult> {
  let document: XliffDocument;
  try {
    document = await xliff2js(xml);
  } catch {
    throw new XliffRefusedError(["This is not an XLIFF 2.0 file."]);
  }
  const locale = document?.targetLanguage as Locale | undefined;
  if (document?.sourceLanguage !== defaultLocale || !locale || !locales.includes(locale) || locale === defaultLocale) {
    throw new XliffRefusedError([
      `The file must translate from German (srcLang="de") into one of ${locales.filter((l) => l !== defaultLocale).join(", ")}.`,
    ]);
  }
  const problems: string[] = [];
  const changes = new Map<string, Map<string, string>>();
  for (const [namespace, units] of Object.entries(document.resources ?? {})) {
    if (!(namespaces as readonly string[]).includes(namespace)) {
      problems.push(`${namespace}: no such group of messages`);
      continue;
    }
    const german = readMessages(defaultLocale, namespace, dir);
    const current = readMessages(locale, namespace, dir);
    for (const [key, unit] of Object.entries(units)) {
      const where = `${namespace}.${key}`;
      const source = text(unit.source);
      const target = text(unit.target);
      if (!german.has(key)) problems.push(`${where}: no such message`);
      else if (source === null || target === null) problems.push(`${where}: markup inside the text; write plain text`);
      else if (source !== german.get(key))
        problems.push(`${where}: the German text changed since the export; export again`);
      else if (target.trim() === "") problems.push(`${where}: no translation`);
      else if (messageShape(target) !== messageShape(source)) {
        problems.push(
          `${where}: placeholders or ICU structure differ from the German (German: ${messageShape(source) || "none"}; translation: ${messageShape(target) || "none"})`,
        );
      } else {
        const plural = plurals(source).flatMap(({ argument }) => pluralProblems(locale, target, argument));
        if (plural.length > 0) problems.push(`${where}: ${plural.join("; ")}`);
        else if (current.get(key) !== target) {
          if (!changes.has(namespace)) changes.set(namespace, new Map());
          changes.get(namespace)!.set(key, target);
        }
      }
    }
  }
  if (problems.length > 0) throw new XliffRefusedError(problems);
  for (const [namespace, values] of changes) {
    const file = messageFile(locale, namespace, dir);
    writeFileSync(file, replaceStrings(readFileSync(file, "utf8"), values));
  }
  return {
    locale,
    changed: [...changes].flatMap(([namespace, values]) => [...values.keys()].map((key) => `${namespace}.${key}`)),
  };
}
