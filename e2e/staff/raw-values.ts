// What the plain-words crawl (plain-words.spec.ts) looks for in a staff page's visible text: every
// key and enum value of the code and the e2e database, read afresh on each run so that a new one is
// banned the moment it exists, and the patterns that are never words (ISO dates, UUIDs, JSON).
import { readFileSync } from "node:fs";
import path from "node:path";
import * as prismaEnums from "@/lib/generated/prisma/enums";
import { apiChannels, channels } from "@/lib/channels";
import { formDefinitions } from "@/lib/forms/definitions";
import { LANGUAGE_NAMES } from "@/lib/languages";
import { AUDIT_ACTION_NAMES } from "@/lib/staff/audit-sentences";
import { STAFF_ACTIONS } from "@/lib/staff/permissions";
import { PROJECT_ROOT } from "@/tests/staff-entry-files";
import { query } from "./helpers";

/**
 * Values of the code that are also words a page may rightly show, and why they are not banned.
 * Matching is by whole token and case-sensitive, so "Video" or "Online-Formular" never count;
 * these are the lowercase ones that read as German.
 */
const ALLOWED_WORDS: Record<string, string> = {
  online: 'a German word ("online einreichen", "online gestellt"); the channel is named "Online" on staff pages',
  digital: 'a German word ("eher digital (Typ 3)" is the preference\'s own German label)',
  es: 'a German word ("ist es", "gibt es"); Spanish, whose code it is, is named "Spanisch" on staff pages',
  so: 'a German word ("so lange", "so nicht"); Somali, whose code it is, is named "Somali" on staff pages',
};

/** Text patterns that are never words. */
const PATTERNS: readonly [name: string, pattern: RegExp][] = [
  ["ISO timestamp", /\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/],
  ["ISO date", /\b\d{4}-\d{2}-\d{2}\b/],
  ["UUID", /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/i],
  ["JSON", /\{\s*"[^"]*"\s*:/],
  ["[object Object]", /\[object Object\]/],
  ["Invalid Date", /Invalid Date/],
];
const PATTERN_TOKENS: Record<string, string> = {
  undefined: "undefined",
  null: "null",
  NaN: "NaN",
  true: "a boolean",
  false: "a boolean",
};

export type Forbidden = Map<string, string>;

/** Every key and enum value of the code and the database, each with what it is (for the failure message). */
export async function forbiddenValues(): Promise<Forbidden> {
  const forbidden: Forbidden = new Map();
  const add = (what: string, values: Iterable<string>) => {
    for (const value of values)
      if (value && !(value in ALLOWED_WORDS) && !forbidden.has(value)) forbidden.set(value, what);
  };
  for (const [name, values] of Object.entries(prismaEnums))
    if (values && typeof values === "object") add(`enum ${name}`, Object.values(values as Record<string, string>));
  const requestTypes = await query<{ key: string }>("SELECT key FROM request_type");
  // The seed's request types are the keys of their texts (lib/journey/reference-data.ts reads them by key).
  const seeded = Object.keys(
    JSON.parse(readFileSync(path.join(PROJECT_ROOT, "lib/journey/request-type-texts.json"), "utf8")) as object,
  );
  add("request type key", [...seeded, ...requestTypes.map((type) => type.key)]);
  add("language code", Object.keys(LANGUAGE_NAMES));
  const auditActions = await query<{ action: string }>("SELECT DISTINCT action FROM audit_log");
  add("audit action", [...Object.keys(AUDIT_ACTION_NAMES), ...auditActions.map((row) => row.action)]);
  add("permission", STAFF_ACTIONS);
  add("channel key", [...channels, ...apiChannels]);
  add(
    "form key",
    formDefinitions.map((form) => form.key),
  );
  const fields = formDefinitions.flatMap((form) => form.pages.flatMap((page) => page.fields));
  add(
    "form field",
    fields.map((field) => field.name),
  );
  add(
    "form choice",
    fields.flatMap((field) => field.options ?? []),
  );
  const outbox = await query<{ kind: string }>("SELECT DISTINCT kind FROM notification_outbox");
  add(
    "outbox kind",
    outbox.map((row) => row.kind),
  );
  const facts = await query<{ kind: string; source: string }>("SELECT DISTINCT kind, source FROM person_fact");
  add(
    "person fact kind",
    facts.map((row) => row.kind),
  );
  add(
    "person fact source",
    facts.map((row) => row.source),
  );
  const feedback = await query<{ kind: string }>("SELECT DISTINCT kind FROM feedback");
  add(
    "feedback kind",
    feedback.map((row) => row.kind),
  );
  return forbidden;
}

/**
 * The raw values in a page's visible text. Tokens are split at white space and at punctuation that
 * never belongs to a key (a key's own "-", "_", "." and an address's "@" and "/" stay inside it, so
 * "admin@zugang.example" is not the role "admin"); a sentence's full stop or colon at a token's end
 * is dropped.
 */
export function rawValues(text: string, forbidden: Forbidden): { value: string; line: string }[] {
  const found = new Map<string, { value: string; line: string }>();
  const note = (value: string, line: string) => {
    if (!found.has(value)) found.set(value, { value, line: line.trim().slice(0, 120) });
  };
  for (const line of text.split("\n")) {
    for (const [name, pattern] of PATTERNS) {
      const match = pattern.exec(line);
      if (match) note(`${name} "${match[0]}"`, line);
    }
    for (const piece of line.split(/[\s,;()[\]{}"'„“”‚‘’«»<>|·–—…!?=]+/)) {
      const token = piece.replace(/[.:]+$/, "").replace(/^[.:]+/, "");
      const what = forbidden.get(token) ?? PATTERN_TOKENS[token];
      if (what) note(`${what} "${token}"`, line);
    }
  }
  return [...found.values()];
}
