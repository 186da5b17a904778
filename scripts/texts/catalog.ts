// The message files as data: every language's namespaces flattened to dotted keys, read from a
// messages folder (the project's, or a copy in a test). German is the source of every key.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { namespaces } from "@/i18n/namespaces";
import { defaultLocale, locales, type Locale } from "@/i18n/locales";

export { defaultLocale, locales, namespaces, type Locale };
export type Namespace = (typeof namespaces)[number];

/** The project's messages folder. */
export const MESSAGES_DIR = path.join(process.cwd(), "messages");

type Tree = { [key: string]: string | Tree };

export function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const dotted = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") entries.set(dotted, value);
    else for (const [k, v] of flatten(value, dotted)) entries.set(k, v);
  }
  return entries;
}

export function messageFile(locale: string, namespace: string, dir = MESSAGES_DIR): string {
  return path.join(dir, locale, `${namespace}.json`);
}

/** One namespace of one language, key → message, in the file's order. */
export function readMessages(locale: string, namespace: string, dir = MESSAGES_DIR): Map<string, string> {
  const file = messageFile(locale, namespace, dir);
  if (!existsSync(file)) return new Map();
  return flatten(JSON.parse(readFileSync(file, "utf8")) as Tree);
}

/** Every message of a language: one entry per namespace and key. */
export function allMessages(
  locale: string,
  dir = MESSAGES_DIR,
): { namespace: Namespace; key: string; message: string }[] {
  return namespaces.flatMap((namespace) =>
    [...readMessages(locale, namespace, dir)].map(([key, message]) => ({ namespace, key, message })),
  );
}
