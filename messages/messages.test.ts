// Every message key of the German source exists, non-empty, in every language, and no language
// has keys German lacks; each message takes the German one's arguments the same way (its ICU shape:
// placeholders, plurals, the options of a select).
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { namespaces } from "@/i18n/namespaces";
import { locales } from "@/i18n/routing";
import { messageShape } from "@/scripts/texts/icu";

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const dotted = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") entries.set(dotted, value);
    else for (const [k, v] of flatten(value, dotted)) entries.set(k, v);
  }
  return entries;
}

function load(locale: string, namespace: string): Map<string, string> {
  const file = path.join(process.cwd(), "messages", locale, `${namespace}.json`);
  return flatten(JSON.parse(readFileSync(file, "utf8")) as Tree);
}


describe.each(namespaces)("messages/%s", (namespace) => {
  const source = load("de", namespace);

  it.each(locales.filter((locale) => locale !== "de"))("%s has every key, filled in, and no extra ones", (locale) => {
    const target = load(locale, namespace);
    const missing = [...source.keys()].filter((key) => !target.has(key));
    const extra = [...target.keys()].filter((key) => !source.has(key));
    const empty = [...target].filter(([, value]) => value.trim() === "").map(([key]) => key);
    expect({ missing, extra, empty }).toEqual({ missing: [], extra: [], empty: [] });
  });

  it.each(locales.filter((locale) => locale !== "de"))("%s keeps the placeholders of German", (locale) => {
    const target = load(locale, namespace);
    const mismatched = [...source]
      .filter(([key, message]) => target.has(key) && messageShape(target.get(key)!) !== messageShape(message))
      .map(([key]) => key);
    expect(mismatched).toEqual([]);
  });
});
