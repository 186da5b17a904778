// What a message is made of, in ICU terms: its arguments, their kinds, the options of a select and
// where a plural stands. The translators' import and the tests compare a translation's shape with
// the German one's, so that no placeholder or branch is lost in translation.
import {
  parse,
  TYPE,
  type MessageFormatElement,
  type PluralElement,
  type SelectElement,
} from "@formatjs/icu-messageformat-parser";

const KIND: Partial<Record<TYPE, string>> = {
  [TYPE.argument]: "text",
  [TYPE.number]: "number",
  [TYPE.date]: "date",
  [TYPE.time]: "time",
  [TYPE.plural]: "plural",
  [TYPE.select]: "select",
  [TYPE.tag]: "tag",
};

function visit(elements: MessageFormatElement[], seen: (element: MessageFormatElement) => void): void {
  for (const element of elements) {
    seen(element);
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      for (const option of Object.values(element.options)) visit(option.value, seen);
    }
    if (element.type === TYPE.tag) visit(element.children, seen);
  }
}

/** The parsed message, or the parser's complaint. */
export function parseMessage(message: string): { elements: MessageFormatElement[] } | { error: string } {
  try {
    return { elements: parse(message, { ignoreTag: true }) };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * The message's shape: each argument with its kind, a select with its options (they are values the
 * code passes, the same in every language); a plural's options are the language's own forms, so only
 * "plural" counts. Two messages with the same shape take the same arguments the same way.
 */
export function messageShape(message: string): string {
  const parsed = parseMessage(message);
  if ("error" in parsed) return `unparsable: ${parsed.error}`;
  const parts = new Set<string>();
  visit(parsed.elements, (element) => {
    const kind = KIND[element.type];
    if (!kind || !("value" in element)) return;
    const options = element.type === TYPE.select ? `[${Object.keys(element.options).sort().join("|")}]` : "";
    parts.add(`${element.value}:${kind}${options}`);
  });
  return [...parts].sort().join(", ");
}

/** The plurals of a message, each with its argument and the selectors it offers (one, few, =0…). */
export function plurals(message: string): { argument: string; selectors: string[] }[] {
  const parsed = parseMessage(message);
  if ("error" in parsed) return [];
  const found: { argument: string; selectors: string[] }[] = [];
  visit(parsed.elements, (element) => {
    if (element.type === TYPE.plural) found.push({ argument: element.value, selectors: Object.keys(element.options) });
  });
  return found;
}

/** The literal text of a message: what a reader sees, without argument names or selectors. */
export function literalTexts(message: string): string[] {
  const parsed = parseMessage(message);
  if ("error" in parsed) return [message];
  const texts: string[] = [];
  visit(parsed.elements, (element) => {
    if (element.type === TYPE.literal) texts.push(element.value);
  });
  return texts;
}

export type { PluralElement, SelectElement };
