// What the form pages' plain posts do: start, save a page, remove a file, submit. Each reads the
// posted form, checks it, saves, and returns the page to go to next; the route handlers under
// app/[locale]/forms/ answer with 303 See Other to it (post/redirect/get). Errors travel in the
// draft and are shown by that page, so bad input never ends in an error page.
import { randomUUID } from "node:crypto";
import { isUuid } from "@/lib/validation";
import { db } from "@/lib/db";
import { publicBaseUrl } from "@/lib/env";
import { NotFoundError } from "@/lib/errors";
import { isRequestTypeKey } from "@/lib/journey";
import { berlinDate } from "@/lib/time";
import { findForm } from "./definitions";
import { createDraft, findDraft, saveDraft, type Draft, type DraftState } from "./drafts";
import { activePages, findPage, nextStep, readPageAnswers, resumeStep, validatePage } from "./engine";
import { draftPath, localized, statusPath } from "./paths";
import { fileStorage } from "./storage";
import { submitDraft } from "./submit";
import { callbackRequestTypeAllowed, onlineFormOffered } from "./talk-to-person";
import type { FormDefinition } from "./types";

/** Where a post under a private draft link came from: the page's language, the link's token and step. */
export interface DraftPost {
  locale: string;
  token: string;
  step: string;
}

const text = (data: FormData, name: string) => {
  const value = data.get(name);
  return typeof value === "string" ? value : "";
};

/** "Start": a new draft under a private link, then its first page (or the task list). */
export async function startForm(
  data: FormData,
  { locale, formKey }: { locale: string; formKey: string },
): Promise<string> {
  const form = findForm(formKey);
  if (!form) return localized(locale, "/");
  const journey = text(data, "journey");
  const journeyId =
    isUuid(journey) && (await db.journey.findUnique({ where: { id: journey }, select: { id: true } }))
      ? journey
      : undefined;
  let requestType: string | undefined;
  if (form.key === "callback") {
    requestType = text(data, "requestType");
    // Back to the start page, which says that no callback is possible; a garbled key is not repeated.
    if (!(await callbackRequestTypeAllowed(requestType)))
      return localized(
        locale,
        isRequestTypeKey(requestType) ? `/forms/callback?requestType=${requestType}` : "/forms/callback",
      );
  } else if (!(await onlineFormOffered(form.key))) {
    // The request type no longer allows the online channel: back to the start page, which says so.
    return localized(locale, `/forms/${form.key}`);
  }
  const token = await createDraft({ formKey: form.key, language: locale, journeyId, requestType });
  return draftPath(token, form.sections ? "tasks" : form.pages[0].key, locale);
}

/** The draft behind the link, or where to go when there is none (filed, expired, unknown). */
async function openDraft(
  token: string,
  locale: string,
): Promise<{ kind: "open"; draft: Draft; form: FormDefinition } | { kind: "leave"; to: string }> {
  const lookup = await findDraft(token);
  if (lookup.kind !== "draft") return { kind: "leave", to: localized(locale, `/forms/draft/${token}`) };
  const form = findForm(lookup.draft.formKey);
  if (!form) return { kind: "leave", to: localized(locale, "/") };
  return { kind: "open", draft: lookup.draft, form };
}

/** One page of answers: errors back to the page (in the draft's flash), else on to the next step. */
export async function savePage(data: FormData, { locale, token, step }: DraftPost): Promise<string> {
  const open = await openDraft(token, locale);
  if (open.kind === "leave") return open.to;
  const { draft, form } = open;
  const context = { today: berlinDate(new Date()) };
  const page = findPage(form, step);
  if (!page || !activePages(form, draft.state.values).includes(page))
    return draftPath(
      token,
      resumeStep(form, draft.state.values, draft.state.visited, context, draft.state.files),
      locale,
    );
  const posted = readPageAnswers(page, data);
  // Replace this page's answers: a box unticked or a field emptied must not keep its old value.
  const values = { ...draft.state.values };
  for (const field of page.fields) delete values[field.name];
  Object.assign(values, posted);
  const result = validatePage(page, values, context, draft.state.files);
  if (!result.ok) {
    await saveDraft(
      draft,
      { ...draft.state, flash: { page: page.key, values: posted, errors: result.errors } },
      draft.state.visited.length,
    );
    return draftPath(token, page.key, locale);
  }
  const visited = draft.state.visited.includes(page.key) ? draft.state.visited : [...draft.state.visited, page.key];
  const state: DraftState = { ...draft.state, values: { ...values, ...result.values }, visited, flash: undefined };
  await saveDraft(draft, state, visited.length);
  const back = text(data, "return") === "check" && !form.sections;
  return draftPath(
    token,
    back ? resumeStep(form, state.values, visited, context, state.files) : nextStep(form, state.values, page.key),
    locale,
  );
}

/** Takes one uploaded file off the draft (and out of storage), then shows the page again. */
export async function removeFile(data: FormData, { locale, token, step }: DraftPost): Promise<string> {
  const open = await openDraft(token, locale);
  if (open.kind === "leave") return open.to;
  const { draft } = open;
  const fileId = text(data, "fileId");
  const file = draft.state.files.find((entry) => entry.id === fileId);
  if (file) {
    await saveDraft(
      draft,
      { ...draft.state, files: draft.state.files.filter((entry) => entry.id !== fileId), flash: undefined },
      draft.state.visited.length,
    );
    await fileStorage()
      .delete(file.storageKey)
      .catch(() => undefined);
  }
  return draftPath(token, step, locale);
}

/** Files the draft once (the key rendered into the check page makes a resend harmless). */
export async function submitForm(
  data: FormData,
  { locale, token }: Pick<DraftPost, "locale" | "token">,
): Promise<string> {
  const filed = localized(locale, `/forms/draft/${token}`);
  const key = text(data, "idempotencyKey");
  // Already filed (a double tap or a refresh): the private link leads to the first submission's status.
  if ((await findDraft(token)).kind !== "draft") return filed;
  try {
    const result = await submitDraft(token, isUuid(key) ? key : randomUUID(), publicBaseUrl());
    if (!result.ok) return draftPath(token, result.firstInvalidPage, locale);
  } catch (error) {
    // The draft went in the meantime (expired, or filed by a request that was faster).
    if (error instanceof NotFoundError) return filed;
    throw error;
  }
  return `${statusPath(token, locale)}?filed=1`;
}
