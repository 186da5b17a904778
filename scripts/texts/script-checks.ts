// Rules a machine can check in a translation's script: Arabic quotation marks, and Latin words in
// right-to-left text wrapped in direction isolates (U+2066…U+2068 … U+2069), so that "Jobcenter" or
// "123D456789" keep their order and do not pull the surrounding Arabic out of place.
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { literalTexts } from "./icu";

const ISOLATE_OPEN = "\u2068";
const ISOLATE_CLOSE = "\u2069";
const ISOLATED = /[\u2066-\u2068][^\u2066-\u2069]*\u2069/gu;
/** A run of Latin-script words, with digits and the punctuation inside an address or a version ("BITV 2.0"). */
const WORD = String.raw`\.?(?:\p{N}+)?\p{Script=Latin}(?:[\p{Script=Latin}\p{N}@_/+\-–]|[.:](?=[\p{Script=Latin}\p{N}]))*`;
const LATIN_RUN = new RegExp(String.raw`${WORD}(?: (?:\p{N}+(?:[.,\-–]\p{N}+)*|${WORD}))*`, "gu");

/** Latin words of a message's visible text that stand outside a direction isolate. */
export function unisolatedLatin(message: string): string[] {
  return literalTexts(message).flatMap((text) => text.replace(ISOLATED, " ").match(LATIN_RUN) ?? []);
}

/** German or English quotation marks, where Arabic uses «…». */
export function foreignQuotes(message: string): string[] {
  return message.match(/[„“”]/g) ?? [];
}

function isolateRuns(text: string): string {
  return text.replace(new RegExp(`(${ISOLATED.source})|(${LATIN_RUN.source})`, "gu"), (match, isolated?: string) =>
    isolated ? match : `${ISOLATE_OPEN}${match}${ISOLATE_CLOSE}`,
  );
}

/** The message with every Latin run of its visible text isolated; argument names and selectors stay as they are. */
export function isolateLatin(message: string): string {
  let elements: MessageFormatElement[];
  try {
    elements = parse(message, { ignoreTag: true, captureLocation: true });
  } catch {
    return message;
  }
  const spans: { start: number; end: number }[] = [];
  const collect = (list: MessageFormatElement[]) => {
    for (const element of list) {
      if (element.type === TYPE.literal && element.location) {
        spans.push({ start: element.location.start.offset, end: element.location.end.offset });
      }
      if (element.type === TYPE.plural || element.type === TYPE.select) {
        for (const option of Object.values(element.options)) collect(option.value);
      }
    }
  };
  collect(elements);
  let result = message;
  for (const { start, end } of spans.sort((a, b) => b.start - a.start)) {
    result = result.slice(0, start) + isolateRuns(result.slice(start, end)) + result.slice(end);
  }
  return result;
}
