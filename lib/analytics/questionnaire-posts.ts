// The questionnaire's plain form posts (each page works without JavaScript): start from an
// invitation, answer or skip a question, stop, send. The answers travel in an HttpOnly cookie signed
// with the portal's secret; nothing is stored until the sheet is sent, and then only the sheet.
import { localePath } from "@/i18n/navigation";
import { getEnv, publicBaseUrl } from "@/lib/env";
import { readForm, seeOther } from "@/lib/plain-post";
import {
  answerQuestion,
  newState,
  openState,
  QUESTIONNAIRE_MINUTES,
  questionsFor,
  sealState,
  type QuestionnaireState,
} from "./questionnaire";
import { storePortalResponse } from "./questionnaire-store";

export const QUESTIONNAIRE_COOKIE = "zugang-questionnaire";

function cookieKey(): string {
  return `questionnaire:${getEnv().NEXTAUTH_SECRET ?? "development-only-key"}`;
}

/** The sheet in progress from the cookie's value (a page reads it with next/headers' cookies()). */
export function readQuestionnaire(cookieValue: string | undefined, now = new Date()): QuestionnaireState | null {
  return openState(cookieValue, cookieKey(), now);
}

function cookieOf(request: Request): string | undefined {
  for (const part of (request.headers.get("cookie") ?? "").split(";")) {
    const [name, ...value] = part.trim().split("=");
    if (name === QUESTIONNAIRE_COOKIE) return value.join("=");
  }
  return undefined;
}

const secure = () => (publicBaseUrl().startsWith("https:") ? ["Secure"] : []);

function withState(response: Response, state: QuestionnaireState | null): Response {
  const value = state ? sealState(state, cookieKey()) : "";
  const maxAge = state ? QUESTIONNAIRE_MINUTES * 60 : 0;
  response.headers.append(
    "Set-Cookie",
    [`${QUESTIONNAIRE_COOKIE}=${value}`, "Path=/", `Max-Age=${maxAge}`, "HttpOnly", "SameSite=Lax", ...secure()].join(
      "; ",
    ),
  );
  return response;
}

export const questionnairePath = (locale: string, page: number | "send" | "thanks" | "stopped" | "expired") =>
  localePath(locale, typeof page === "number" ? `/questionnaire/question/${page}` : `/questionnaire/${page}`);

/** The invitation's button: a new sheet carrying only the journey's stated preference. */
export async function startQuestionnaire(request: Request, locale: string): Promise<Response> {
  const data = await readForm(request);
  return withState(seeOther(questionnairePath(locale, 1)), newState(data.get("type"), new Date()));
}

/** One question's form: "next" with an answer, "skip" or "stop". A refused answer comes back with its message. */
export async function answerQuestionnaire(request: Request, locale: string, rawStep: string): Promise<Response> {
  const now = new Date();
  const state = readQuestionnaire(cookieOf(request), now);
  if (!state) return seeOther(questionnairePath(locale, "expired"));
  const data = await readForm(request);
  const move = data.get("move");
  if (move === "stop") return withState(seeOther(questionnairePath(locale, "stopped")), null);
  const step = /^[0-9]{1,2}$/.test(rawStep) ? Number(rawStep) : 0;
  if (step < 1 || step > questionsFor(state).length) return seeOther(questionnairePath(locale, 1));
  const answer = data.get("answer");
  const outcome = answerQuestion(
    state,
    step,
    move === "skip" ? "skip" : "next",
    typeof answer === "string" ? answer : null,
    now,
  );
  if (!outcome.ok) return seeOther(`${questionnairePath(locale, step)}?error=${outcome.problem}#error-summary-title`);
  return withState(seeOther(questionnairePath(locale, outcome.next)), outcome.state);
}

/** Stop: the sheet is thrown away, nothing stored. */
export async function stopQuestionnaire(locale: string): Promise<Response> {
  return withState(seeOther(questionnairePath(locale, "stopped")), null);
}

/** Send: the sheet stored once, the cookie cleared. A second send of the same sheet stores nothing and says thank you again. */
export async function sendQuestionnaire(request: Request, locale: string): Promise<Response> {
  const now = new Date();
  const state = readQuestionnaire(cookieOf(request), now);
  if (!state) return seeOther(questionnairePath(locale, "expired"));
  const outcome = await storePortalResponse(state, now);
  if (outcome === "refused") return seeOther(`${questionnairePath(locale, "send")}?error=refused`);
  return withState(seeOther(questionnairePath(locale, "thanks")), null);
}
