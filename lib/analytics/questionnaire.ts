// The research's questionnaire in the portal, one question a page: the questions and their values,
// the answers so far carried between the pages in a signed cookie (no row in the database, no
// journey id, no address: the person's type is the only thing taken from the journey), moving
// forward, skipping, and the answer sheet the end stores. Pure; questionnaire-posts.ts does HTTP.
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { FACTORS, ITEMS, TYPES, type Factor, type Item, type SurveyType } from "./vocabulary";
import type { SurveyRow } from "./survey-import";

export type QuestionKey = "type" | Item | Factor;

export interface Question {
  key: QuestionKey;
  /** how the page asks it: the type, a statement on the agree scale, the importance scale, a factor */
  kind: "type" | "agree" | "importance" | "factor";
  values: readonly string[];
}

const SCALE_VALUES = ["1", "2", "3", "4", "5"] as const;

/** The attitudes first (as the research's Tab. 1–3 print them), then the factors, the most personal last. */
const ORDER = [
  "item_11_3",
  "item_11_7",
  "item_11_6",
  "item_11_8",
  "item_18",
  "devices",
  "help",
  "distance",
  "german",
  "age",
  "school",
  "training",
] as const satisfies readonly (Item | Factor)[];

const TYPE_QUESTION: Question = { key: "type", kind: "type", values: TYPES };

function question(key: (typeof ORDER)[number]): Question {
  if (key in ITEMS) return { key, kind: ITEMS[key as Item].scale, values: SCALE_VALUES };
  return { key, kind: "factor", values: Object.keys(FACTORS[key as Factor].values) };
}

const ASKED: Question[] = ORDER.map(question);

/** How long the answers wait for the next page (renewed with every answer). */
export const QUESTIONNAIRE_MINUTES = 120;

export interface QuestionnaireState {
  /** random, for the one store at the end (a second send of the same sheet stores nothing) */
  nonce: string;
  /** the stated preference of the journey the invitation came from; null: the first question asks it */
  carriedType: SurveyType | null;
  answers: Partial<Record<QuestionKey, string>>;
  /** milliseconds since 1970 */
  expiresAt: number;
}

const stateSchema = z.object({
  nonce: z.string().regex(/^[A-Za-z0-9_-]{22}$/),
  carriedType: z.enum(TYPES).nullable(),
  answers: z.record(z.string(), z.string().max(20)),
  expiresAt: z.number().int(),
});

/** The questions of this sheet: the type only when the journey did not bring one. */
export function questionsFor(state: Pick<QuestionnaireState, "carriedType">): Question[] {
  return state.carriedType ? ASKED : [TYPE_QUESTION, ...ASKED];
}

/** The most questions a sheet can have (the invitation names it). */
export const MAX_QUESTIONS = ASKED.length + 1;

/** A new sheet; a type that is not one of the three is not carried (the first question asks it). */
export function newState(type: unknown, now: Date): QuestionnaireState {
  const carriedType =
    typeof type === "string" && (TYPES as readonly string[]).includes(type) ? (type as SurveyType) : null;
  return {
    nonce: randomBytes(16).toString("base64url"),
    carriedType,
    answers: {},
    expiresAt: now.getTime() + QUESTIONNAIRE_MINUTES * 60_000,
  };
}

const mac = (payload: string, key: string) => createHmac("sha256", key).update(payload).digest("base64url");

/** The cookie's value: the state and its HMAC, so that the browser can carry it but not change it. */
export function sealState(state: QuestionnaireState, key: string): string {
  const payload = Buffer.from(JSON.stringify(state)).toString("base64url");
  return `${payload}.${mac(payload, key)}`;
}

/** The state of a cookie's value; null when it is missing, changed, malformed or expired. */
export function openState(value: string | undefined | null, key: string, now: Date): QuestionnaireState | null {
  if (!value || value.length > 4000) return null;
  const [payload, signature, ...rest] = value.split(".");
  if (!payload || !signature || rest.length) return null;
  const expected = Buffer.from(mac(payload, key));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
  } catch {
    return null;
  }
  const state = stateSchema.safeParse(parsed);
  if (!state.success || state.data.expiresAt < now.getTime()) return null;
  return state.data as QuestionnaireState;
}

export type Move = "next" | "skip";
export type AnswerProblem = "required" | "invalid" | "typeRequired";
export type AnswerOutcome =
  { ok: true; state: QuestionnaireState; next: number | "send" } | { ok: false; problem: AnswerProblem };

/** Question `step` (1-based) answered or skipped: the new state and where to go next, or why not. */
export function answerQuestion(
  state: QuestionnaireState,
  step: number,
  move: Move,
  answer: string | null,
  now: Date,
): AnswerOutcome {
  const questions = questionsFor(state);
  const asked = questions[step - 1];
  if (!asked) return { ok: false, problem: "invalid" };
  const answers = { ...state.answers };
  if (move === "skip") {
    if (asked.kind === "type") return { ok: false, problem: "typeRequired" };
    delete answers[asked.key];
  } else {
    if (answer === null || answer === "")
      return { ok: false, problem: asked.kind === "type" ? "typeRequired" : "required" };
    if (!asked.values.includes(answer)) return { ok: false, problem: "invalid" };
    answers[asked.key] = answer;
  }
  return {
    ok: true,
    state: { ...state, answers, expiresAt: now.getTime() + QUESTIONNAIRE_MINUTES * 60_000 },
    next: step < questions.length ? step + 1 : "send",
  };
}

/** How many of the sheet's questions have an answer. */
export function answeredCount(state: QuestionnaireState): number {
  return questionsFor(state).filter((asked) => state.answers[asked.key] !== undefined).length;
}

const itemValue = z.enum(SCALE_VALUES).transform(Number).nullable();
const factorValue = (factor: Factor) => z.enum(Object.keys(FACTORS[factor].values) as [string, ...string[]]).nullable();

/** The one schema of a sheet to store: every value one the paper form allows too. */
const responseSchema = z.object({
  type: z.enum(TYPES),
  age: factorValue("age"),
  school: factorValue("school"),
  training: factorValue("training"),
  german: factorValue("german"),
  devices: factorValue("devices"),
  distance: factorValue("distance"),
  help: factorValue("help"),
  item_11_3: itemValue,
  item_11_6: itemValue,
  item_11_7: itemValue,
  item_11_8: itemValue,
  item_18: itemValue,
});

/** The answer sheet to store, or null when a value is not allowed (or the type is missing). */
export function responseOf(state: QuestionnaireState): SurveyRow | null {
  const value = (key: QuestionKey) => state.answers[key] ?? null;
  const parsed = responseSchema.safeParse({
    type: state.carriedType ?? value("type"),
    ...Object.fromEntries(ORDER.map((key) => [key, value(key)])),
  });
  return parsed.success ? (parsed.data as SurveyRow) : null;
}
