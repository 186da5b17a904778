// The admin's request type form (/staff/admin/request-types/<key>), pure: the posted fields read and
// checked (problems by field, in German), what differs from the stored values, and the languages
// left empty, which show the German text (texts.ts). The store (request-type-store.ts) saves it.
import { z } from "zod";
import { locales } from "@/i18n/locales";
import { LANGUAGE_NAMES } from "@/lib/languages";
import { hasControlCharacters } from "@/lib/validation";
import { channels as allChannels, type Channel } from "./situation";

/** The portal's languages, German first (the source, and the fallback of every other). */
export const PORTAL_LANGUAGES = locales;
export type PortalLanguage = (typeof PORTAL_LANGUAGES)[number];

/**
 * Slot length in minutes. Booking builds slots from 15-minute units (lib/booking/availability.ts,
 * UNIT_MINUTES; a unit test keeps the two in step), so a length is a multiple of 15; a counter
 * appointment of more than four hours is not an appointment.
 */
export const SLOT_MINUTES = { min: 15, max: 240, step: 15 } as const;

export const TEXT_LIMITS = { title: 120, description: 400, bringItem: 200, bringItems: 12 } as const;

export const titleField = (language: string) => `title-${language}`;
export const descriptionField = (language: string) => `description-${language}`;
export const bringField = (language: string) => `bring-${language}`;
export const channelField = (channel: Channel) => `channel-${channel}`;

// The door's schema only bounds the post (a longer one answers 400); the limits a person can
// break while typing are checked below, by field, with the entries kept.
const loose = z.string().max(20_000).optional();
const textFields = Object.fromEntries(
  PORTAL_LANGUAGES.flatMap((language) =>
    [titleField(language), descriptionField(language), bringField(language)].map((name) => [name, loose]),
  ),
) as Record<string, typeof loose>;

/** The posted form as the staff door parses it. */
export const requestTypeFormSchema = z.object({
  basedOn: z.string().max(40).optional(),
  slotMinutes: z.string().max(100).optional(),
  channel: z.union([z.string().max(40), z.array(z.string().max(40)).max(10)]).optional(),
  ...textFields,
});
/** The posted fields: the named ones, and a title, explanation and list per language. */
export type RequestTypeFormFields = z.output<typeof requestTypeFormSchema> &
  Record<string, string | string[] | undefined>;

/** A request type's settings as stored (and as a checked form gives them). */
export interface RequestTypeSettings {
  title: Record<string, string>;
  description: Record<string, string>;
  whatToBring: Record<string, string[]>;
  allowedChannels: Channel[];
  slotMinutes: number;
}

export type RequestTypeProblems = Record<string, string>;

/** What the check needs to know beyond the form: whether an online form exists for this request type. */
export interface RequestTypeFormContext {
  /** a form definition of the portal, or the official external site (first application) */
  hasOnlineForm: boolean;
}

const fieldText = (fields: Record<string, unknown>, name: string) =>
  typeof fields[name] === "string" ? (fields[name] as string) : "";
const lines = (value: string) =>
  value
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "");

/** The channels ticked, in the order of the channel list, unknown values left out. */
export function tickedChannels(value: RequestTypeFormFields["channel"]): Channel[] {
  const ticked = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return allChannels.filter((channel) => ticked.includes(channel));
}

/** Reads and checks the form: the settings to store, or the problems by field (field name → German message). */
export function checkRequestTypeForm(
  fields: RequestTypeFormFields,
  context: RequestTypeFormContext,
): { ok: true; settings: RequestTypeSettings } | { ok: false; problems: RequestTypeProblems } {
  const problems: RequestTypeProblems = {};
  const title: Record<string, string> = {};
  const description: Record<string, string> = {};
  const whatToBring: Record<string, string[]> = {};
  for (const language of PORTAL_LANGUAGES) {
    const name = LANGUAGE_NAMES[language];
    const titleText = fieldText(fields, titleField(language)).trim();
    if (language === "de" && titleText === "")
      problems[titleField(language)] =
        "Bitte geben Sie den deutschen Titel an. Er wird in jeder Sprache gezeigt, in der kein Titel steht.";
    else if (titleText.length > TEXT_LIMITS.title)
      problems[titleField(language)] =
        `${name}: Der Titel darf höchstens ${TEXT_LIMITS.title} Zeichen lang sein (jetzt ${titleText.length}).`;
    else if (hasControlCharacters(titleText, { isolates: true }))
      problems[titleField(language)] =
        `${name}: Der Titel enthält ein Steuerzeichen oder einen Zeilenumbruch. Bitte schreiben Sie ihn in eine Zeile.`;
    title[language] = titleText;

    const descriptionText = fieldText(fields, descriptionField(language)).replace(/\r\n/g, "\n").trim();
    if (descriptionText.length > TEXT_LIMITS.description)
      problems[descriptionField(language)] =
        `${name}: Die kurze Erklärung darf höchstens ${TEXT_LIMITS.description} Zeichen lang sein (jetzt ${descriptionText.length}).`;
    else if (hasControlCharacters(descriptionText, { multiline: true, isolates: true }))
      problems[descriptionField(language)] =
        `${name}: Die kurze Erklärung enthält ein Steuerzeichen. Bitte entfernen Sie es.`;
    description[language] = descriptionText;

    const items = lines(fieldText(fields, bringField(language)));
    const tooLong = items.find((item) => item.length > TEXT_LIMITS.bringItem);
    if (items.length > TEXT_LIMITS.bringItems)
      problems[bringField(language)] =
        `${name}: Bitte nennen Sie höchstens ${TEXT_LIMITS.bringItems} Dinge zum Mitbringen (jetzt ${items.length}).`;
    else if (tooLong)
      problems[bringField(language)] =
        `${name}: Jede Zeile von „Mitbringen“ darf höchstens ${TEXT_LIMITS.bringItem} Zeichen lang sein („${tooLong.slice(0, 30)}…“ hat ${tooLong.length}).`;
    else if (items.some((item) => hasControlCharacters(item, { isolates: true })))
      problems[bringField(language)] = `${name}: „Mitbringen“ enthält ein Steuerzeichen. Bitte entfernen Sie es.`;
    whatToBring[language] = items;
  }

  const allowedChannels = tickedChannels(fields.channel);
  if (!allowedChannels.includes("in_person")) {
    problems[channelField("in_person")] =
      "„Vor Ort“ lässt sich nicht abschalten: Der persönliche Kontakt muss bei jedem Anliegen möglich bleiben. Bitte lassen Sie „Vor Ort“ angehakt.";
  }
  if (allowedChannels.includes("online") && !context.hasOnlineForm) {
    problems[channelField("online")] =
      "Für dieses Anliegen gibt es kein Online-Formular. Ein neues Formular wird im Portal programmiert, es lässt sich hier nicht einschalten. Bitte nehmen Sie den Haken bei „Online-Formular“ heraus.";
  }

  const slotText = fieldText(fields, "slotMinutes").trim();
  const slotMinutes = /^\d{1,4}$/.test(slotText) ? Number(slotText) : Number.NaN;
  if (slotText === "") problems.slotMinutes = "Bitte geben Sie die Länge eines Termins in Minuten an.";
  else if (!Number.isInteger(slotMinutes))
    problems.slotMinutes = "Die Terminlänge ist eine ganze Zahl von Minuten, zum Beispiel 30.";
  else if (slotMinutes < SLOT_MINUTES.min || slotMinutes > SLOT_MINUTES.max)
    problems.slotMinutes = `Die Terminlänge muss zwischen ${SLOT_MINUTES.min} und ${SLOT_MINUTES.max} Minuten liegen.`;
  else if (slotMinutes % SLOT_MINUTES.step !== 0)
    problems.slotMinutes = `Die Terminlänge muss ein Vielfaches von ${SLOT_MINUTES.step} Minuten sein (15, 30, 45 …): Termine werden in Viertelstunden vergeben.`;

  if (Object.keys(problems).length > 0) return { ok: false, problems };
  return { ok: true, settings: { title, description, whatToBring, allowedChannels, slotMinutes } };
}

/** One changed setting with its value before and after, as the audit event records it. */
export type SettingChange = { from: string | number | string[]; to: string | number | string[] };

/** What differs between the stored settings and the new ones, by setting ("title.en", "allowedChannels", …). */
export function settingChanges(before: RequestTypeSettings, after: RequestTypeSettings): Record<string, SettingChange> {
  const changes: Record<string, SettingChange> = {};
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  for (const language of PORTAL_LANGUAGES) {
    const pairs: [string, string | string[], string | string[]][] = [
      [`title.${language}`, before.title[language] ?? "", after.title[language] ?? ""],
      [`description.${language}`, before.description[language] ?? "", after.description[language] ?? ""],
      [`whatToBring.${language}`, before.whatToBring[language] ?? [], after.whatToBring[language] ?? []],
    ];
    for (const [name, from, to] of pairs) if (!same(from, to)) changes[name] = { from, to };
  }
  const channelsBefore = allChannels.filter((channel) => before.allowedChannels.includes(channel));
  if (!same(channelsBefore, after.allowedChannels))
    changes.allowedChannels = { from: channelsBefore, to: after.allowedChannels };
  if (before.slotMinutes !== after.slotMinutes)
    changes.slotMinutes = { from: before.slotMinutes, to: after.slotMinutes };
  return changes;
}

export type TextPart = "title" | "description" | "whatToBring";
export const TEXT_PART_NAMES: Record<TextPart, string> = {
  title: "Titel",
  description: "kurze Erklärung",
  whatToBring: "Mitbringen",
};

/** A language whose texts are (partly) empty: citizens reading it see the German text there. */
export interface LanguageGap {
  language: PortalLanguage;
  parts: TextPart[];
}

const empty = (value: unknown) =>
  Array.isArray(value)
    ? value.every((item) => typeof item !== "string" || item.trim() === "")
    : typeof value !== "string" || value.trim() === "";

/**
 * The languages other than German with an empty title, explanation or list of what to bring (the
 * list only where German has one). The same rule as texts.ts's fallback: what is empty here is
 * shown in German.
 */
export function languageGaps(
  settings: Pick<RequestTypeSettings, "title" | "description" | "whatToBring">,
): LanguageGap[] {
  const gaps: LanguageGap[] = [];
  for (const language of PORTAL_LANGUAGES.filter((candidate) => candidate !== "de")) {
    const parts: TextPart[] = [];
    if (empty(settings.title[language])) parts.push("title");
    if (empty(settings.description[language]) && !empty(settings.description.de)) parts.push("description");
    if (empty(settings.whatToBring[language]) && !empty(settings.whatToBring.de)) parts.push("whatToBring");
    if (parts.length > 0) gaps.push({ language, parts });
  }
  return gaps;
}

/** One sentence per gap, for the list and the edit page. */
export function gapText(gap: LanguageGap): string {
  const parts = gap.parts.map((part) => TEXT_PART_NAMES[part]);
  const named = parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(", ")} und ${parts[parts.length - 1]}`;
  return `${LANGUAGE_NAMES[gap.language]}: ${named.charAt(0).toUpperCase()}${named.slice(1)} ${parts.length === 1 ? "fehlt" : "fehlen"} – wer das Portal in dieser Sprache liest, sieht dort den deutschen Text.`;
}
