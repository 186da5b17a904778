// Every message that shows a count uses ICU plural, in German and in every language, with all of the
// language's plural forms; each renders through next-intl at the counts people meet.
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { allMessages, locales, readMessages } from "@/scripts/texts/catalog";
import { messageShape } from "@/scripts/texts/icu";
import { countsWithoutPlural, pluralCounts, pluralProblems } from "@/scripts/texts/plural-checks";

const COUNTS = [0, 1, 2, 3, 5, 11, 20, 21, 100, 2000];
const counted = allMessages("de").flatMap(({ namespace, key, message }) =>
  pluralCounts(message).length > 0 ? [{ namespace, key, counts: pluralCounts(message), german: message }] : [],
);

function nest(entries: Map<string, string>): Record<string, unknown> {
  const tree: Record<string, unknown> = {};
  for (const [key, value] of entries) {
    const parts = key.split(".");
    let node = tree;
    for (const part of parts.slice(0, -1)) node = (node[part] ??= {}) as Record<string, unknown>;
    node[parts.at(-1)!] = value;
  }
  return tree;
}

/** Values for the other arguments of a message: numbers where the German takes a number, else a word. */
function otherValues(german: string, count: number): Record<string, string | number> {
  return Object.fromEntries(
    messageShape(german)
      .split(", ")
      .map((part) => part.split(":")[0])
      .map((name) => [name, ["done", "answered", "maxMb", "current"].includes(name) ? count : name === "channel" ? "phone" : "X"]),
  );
}

describe("counts", () => {
  it("German shows no count without a plural", () => {
    const found = allMessages("de").flatMap(({ namespace, key, message }) =>
      countsWithoutPlural(message).map((name) => `${namespace}.${key}: {${name}}`),
    );
    expect(found).toEqual([]);
  });

  it("German has counted messages to check", () => {
    expect(counted.map(({ namespace, key }) => `${namespace}.${key}`)).toContain("booking.day.free");
  });

  it.each(locales)("%s has every plural form wherever German counts", (locale) => {
    const problems = counted.flatMap(({ namespace, key, counts }) => {
      const message = readMessages(locale, namespace).get(key) ?? "";
      return counts.flatMap((name) => pluralProblems(locale, message, name).map((problem) => `${namespace}.${key}: ${problem}`));
    });
    expect(problems).toEqual([]);
  });

  it.each(locales)("%s renders each counted message at 0, 1, 2, 3, 5, 11, 20, 21, 100 and 2,000", (locale) => {
    const format = new Intl.NumberFormat(locale);
    const problems: string[] = [];
    for (const { namespace, key, counts, german } of counted) {
      const t = createTranslator({
        locale,
        namespace,
        messages: { [namespace]: nest(readMessages(locale, namespace)) },
        onError: (error) => problems.push(`${namespace}.${key}: ${error.message}`),
      }) as unknown as (key: string, values: Record<string, string | number>) => string;
      for (const count of COUNTS) {
        const values = { ...otherValues(german, count), ...Object.fromEntries(counts.map((name) => [name, count])) };
        const text = t(key, values);
        if (/[{}]/.test(text)) problems.push(`${namespace}.${key} at ${count}: ${text}`);
        // From 3 on every language writes the number itself (one and two may be words: "einmal", "ملفان").
        if (count >= 3 && !text.includes(format.format(count))) problems.push(`${namespace}.${key} at ${count}: ${text}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
