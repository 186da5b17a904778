// Leichte Sprache (de-x-ls): the rules a machine can check, and the emergency and privacy texts
// keeping every fact the German ones have (a list of facts per text, each found in both).
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { allMessages, readMessages } from "@/scripts/texts/catalog";
import { linesWithSeveralSentences, unexplainedWords, usesMoechten } from "@/scripts/texts/plain-language-checks";

const requestTypeTexts = JSON.parse(
  readFileSync(path.join(process.cwd(), "lib/journey/request-type-texts.json"), "utf8"),
) as Record<string, Record<string, Record<string, string | string[]>>>;

const plain = [
  ...allMessages("de-x-ls").map(({ namespace, key, message }) => ({ where: `${namespace}.${key}`, message })),
  ...Object.entries(requestTypeTexts).flatMap(([type, fields]) =>
    Object.entries(fields).flatMap(([field, texts]) =>
      [texts["de-x-ls"] ?? []].flat().map((message) => ({ where: `request type ${type}.${field}`, message })),
    ),
  ),
];

const need = { money: /Geld/, food: /Essen/, eviction: /Räumung|Wohnung/, power: /Strom/, today: /heute/ };

/** Per text (namespace.key), the facts it must keep: each pattern must match the German and the plain text. */
const FACTS: Record<string, Record<string, RegExp>> = {
  "journey.start.emergencyText": need,
  "journey.preference.needs.emergency": { money: need.money, food: need.food, eviction: need.eviction, power: need.power },
  "journey.emergency.intro": need,
  "journey.emergency.step1": { today: /heute/, "no appointment needed": /keinen Termin/ },
  "journey.emergency.step2": {
    "ID only if possible": /wenn möglich|wenn Sie ihn haben/,
    ID: /Ausweis/,
    letters: /Briefe/,
    "payment demand": /Mahnung/,
    "power cut notice": /Strom/,
  },
  "journey.emergency.step3": { "call us": /[Rr]ufen Sie uns an/ },
  "journey.emergency.after": { "emergency number": /112/, "at any time": /jederzeit|immer/, "life and health": /Leben/ },
  "journey.start.privacy": {
    "request type": /Anliegen/,
    "without name": /ohne Namen|Namen dabei nicht/,
    "to recommend": /empfehlen|Weg zeigen|guten Weg/,
    "to improve": /verbessern|besser/,
    "12 months": /12 Monate/,
  },
  "pages.plainLanguage.emergency.body": { today: need.today, "no appointment": /keinen Termin/ },
  "pages.privacy.controller.body": {
    office: /Jobcenter Mannheim/,
    street: /Ifflandstraße 2–6/,
    phone: /0621 17238-333/,
    "data protection officer": /Datenschutz-?[Bb]eauftragte/,
  },
  "pages.privacy.journey.body": {
    "request type": /Anliegen/,
    answers: /Antworten/,
    "recommendation and choice": /gewählt/,
    "page language": /Sprache (der|von der) Seite/,
    time: /Uhrzeit/,
    "no name or address": /Namen und Ihre(r)? Adresse/,
    "why: recommend": /Weg zu empfehlen|guten Weg zeigen/,
    "why: improve": /verbessern|besser machen/,
    "12 months": /12 Monate/,
  },
  "pages.privacy.appointments.body": {
    name: /Namen/,
    contact: /Kontakt|E-Mail/,
    documents: /Unterlagen|Papiere/,
    "why: to handle the request": /bearbeite/,
    "legal basis": /§ 67a SGB X/,
    "6 months": /6 Monate/,
    "forms: as the law says": /Gesetz/,
  },
  "pages.privacy.feedback.body": {
    message: /Nachricht/,
    page: /Seite/,
    email: /E-Mail/,
    "why: barriers": /Barrieren/,
    "why: to answer": /antworten/,
    "12 months": /12 Monate/,
  },
  "pages.privacy.cookies.body": { "one cookie": /Cookie/, language: /Sprache/, "no advertising": /Werbung/, "no tracking": /Tracking|verfolgen nicht/ },
  "pages.privacy.rights.body": {
    information: /Auskunft|Welche Daten/,
    correction: /Berichtigung|richtig/,
    erasure: /Löschung|löschen/,
    restriction: /Einschränkung|weniger/,
    complaint: /Beschwerde|beschweren/,
    "federal commissioner": /Bundes-?[Bb]eauftragte/,
  },
  "forms.fields.awayUntil.hint": { "without special reason": /[Oo]hne besonderen Grund/, "3 weeks a year": /3 Wochen im Jahr/ },
  "forms.fields.housingChanged.label": { rent: /Miete/, "service charges": /Nebenkosten|Neben-Kosten/ },
  "forms.forms.continued-benefits.checklist.rent": { "tenancy agreement": /Miet-?[Vv]ertrag/, "service charges": /Nebenkosten|Neben-Kosten/ },
};

describe("Leichte Sprache", () => {
  it("has one sentence per line", () => {
    const found = plain.flatMap(({ where, message }) => linesWithSeveralSentences(message).map((line) => `${where}: ${line}`));
    expect(found).toEqual([]);
  });

  it("keeps each item of a list of what to bring on one line (a line of the admin's form is an item)", () => {
    const broken = Object.entries(requestTypeTexts).flatMap(([type, fields]) =>
      [fields.whatToBring?.["de-x-ls"] ?? []].flat().filter((item) => item.includes("\n")).map(() => type),
    );
    expect(broken).toEqual([]);
  });

  it('does not say "möchten"', () => {
    expect(plain.filter(({ message }) => usesMoechten(message)).map(({ where }) => where)).toEqual([]);
  });

  it("explains every abbreviation and hard word it uses", () => {
    const found = plain.flatMap(({ where, message }) => unexplainedWords(message).map((word) => `${where}: ${word}`));
    expect(found).toEqual([]);
  });

  it.each(Object.keys(FACTS))("%s keeps the German text's facts", (where) => {
    const [namespace, ...rest] = where.split(".");
    const key = rest.join(".");
    const german = readMessages("de", namespace).get(key) ?? "";
    const easy = readMessages("de-x-ls", namespace).get(key) ?? "";
    const missing = Object.entries(FACTS[where]).flatMap(([fact, pattern]) => [
      ...(pattern.test(german) ? [] : [`German lacks ${fact}`]),
      ...(pattern.test(easy) ? [] : [`Leichte Sprache lacks ${fact}`]),
    ]);
    expect(missing).toEqual([]);
  });

  it("the checks themselves find two sentences on a line, möchten and a bare abbreviation", () => {
    expect(linesWithSeveralSentences("Danke. Ihre Anfrage ist da.")).toHaveLength(1);
    expect(linesWithSeveralSentences("1. Sie wählen Ihr Anliegen.\nDanke.")).toEqual([]);
    expect(usesMoechten("Was möchten Sie machen?")).toBe(true);
    expect(unexplainedWords("Höchstens 10 MB.")).toEqual(["MB"]);
  });
});
