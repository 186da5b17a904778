// The questionnaire's words: the three types, the factors with their values (as the CSV file and the
// database write them) and German labels, the items on their five-point scales, and the research's
// own row percentages (research digest, Tab. 6–11) to compare the portal's figures with.
import type { Preference } from "@/lib/generated/prisma/enums";

export const TYPES = ["personal", "mixed", "digital"] as const satisfies readonly Preference[];
export type SurveyType = (typeof TYPES)[number];

export const TYPE_LABELS: Record<SurveyType, string> = {
  personal: "Typ 1 „vor allem persönlich“",
  mixed: "Typ 2 „persönlich und digital“",
  digital: "Typ 3 „mehr digital“",
};

export const FACTORS = {
  age: {
    label: "Alter",
    values: { "under-25": "unter 25 Jahre", "25-44": "25 bis 44 Jahre", "over-44": "über 44 Jahre" },
  },
  school: {
    label: "Schulabschluss",
    values: {
      "none-german": "ohne deutschen Schulabschluss",
      hauptschule: "Hauptschulabschluss",
      realschule: "Realschulabschluss",
      abitur: "Abitur",
      other: "anderer Abschluss",
    },
  },
  training: {
    label: "Ausbildungsabschluss",
    values: { none: "ohne Ausbildung", apprenticeship: "abgeschlossene Ausbildung", degree: "Studienabschluss" },
  },
  german: { label: "Deutschkenntnisse", values: { "very-good": "sehr gut", good: "gut", limited: "weniger" } },
  devices: {
    label: "Digitale Ausstattung",
    values: {
      "smartphone-only": "nur Smartphone",
      "smartphone-plus": "Smartphone und weitere Geräte",
      none: "kein Gerät",
    },
  },
  distance: { label: "Entfernung zum Standort", values: { near: "nah", medium: "mittel", far: "fern" } },
  help: {
    label: "Hilfe bei digitalen Angeboten",
    values: { never: "nie", sometimes: "manchmal", often: "oft", always: "immer" },
  },
} as const;

export type Factor = keyof typeof FACTORS;
export const FACTOR_NAMES = Object.keys(FACTORS) as Factor[];
export const factorValues = (factor: Factor): string[] => Object.keys(FACTORS[factor].values);
export const factorValueLabel = (factor: Factor, value: string): string =>
  (FACTORS[factor].values as Record<string, string>)[value] ?? value;

/** The items, with the database column each is stored in. 1 is "ja" (or "wichtig"), 5 is "nein" (or "unwichtig"). */
export const ITEMS = {
  item_11_3: {
    column: "item11_3",
    text: "Ich gehe lieber persönlich in das Jobcenter, weil ich dann bessere Hilfe bekomme.",
    scale: "agree",
  },
  item_11_6: {
    column: "item11_6",
    text: "Ich finde digitale Möglichkeiten praktisch, weil ich alles von Zuhause aus und zu jeder Tageszeit regeln kann.",
    scale: "agree",
  },
  item_11_7: {
    column: "item11_7",
    text: "Mir ist es lieber, meine Sachen im Jobcenter persönlich zu regeln.",
    scale: "agree",
  },
  item_11_8: {
    column: "item11_8",
    text: "Ich würde am liebsten alles mit dem Jobcenter nur digital regeln.",
    scale: "agree",
  },
  item_18: {
    column: "item18",
    text: "Wie wichtig ist Ihnen die Möglichkeit, persönlich ins Jobcenter kommen zu können?",
    scale: "importance",
  },
} as const;
export type Item = keyof typeof ITEMS;
export const ITEM_NAMES = Object.keys(ITEMS) as Item[];

export const SCALES = {
  agree: ["ja", "eher ja", "teils/teils", "eher nein", "nein"],
  importance: ["wichtig", "eher wichtig", "weder noch", "eher unwichtig", "unwichtig"],
} as const;

/** The research's row percentages (type 1, 2, 3) per factor value, Tab. 6–11; values it did not ask have none. */
export const RESEARCH_ROW_PERCENTAGES: Partial<Record<Factor, Record<string, [number, number, number]>>> = {
  devices: { "smartphone-only": [55.4, 30.4, 14.1], "smartphone-plus": [31.4, 34.3, 34.3] },
  school: {
    "none-german": [31.3, 49.3, 19.4],
    hauptschule: [57.7, 26.9, 15.4],
    realschule: [43.1, 26.4, 30.6],
    abitur: [32.4, 21.6, 45.9],
  },
  training: { none: [40.7, 37.2, 22.1], apprenticeship: [55.3, 21.1, 23.7], degree: [18.9, 37.8, 43.2] },
  age: { "under-25": [29.4, 44.1, 26.5], "25-44": [37.8, 30.3, 31.9], "over-44": [55.7, 27.8, 16.5] },
  german: { "very-good": [43.8, 27.5, 28.8], good: [37.5, 31.3, 31.3], limited: [41.7, 45.8, 12.5] },
  distance: { near: [48.4, 35.5, 16.1], medium: [50, 33.3, 16.7], far: [36.8, 39.5, 23.7] },
};

/** The research's type shares (n = 240). */
export const RESEARCH_TYPE_PERCENTAGES: Record<SurveyType, number> = { personal: 42.1, mixed: 32.1, digital: 25.8 };

/** The CSV file's columns, in the order the page and README document them. */
export const CSV_COLUMNS = ["type", ...FACTOR_NAMES, ...ITEM_NAMES] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];
