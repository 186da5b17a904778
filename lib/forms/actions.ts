"use server";
// Server actions of the citizen form pages: start, save a page, remove a file, submit. Each reads
// a plain form post, checks it, saves, and redirects (post/redirect/get); errors travel in the
// draft and are shown by the page it redirects to.
import { randomUUID } from "node:crypto";
import { redirect } from "next/navigation";
import { z } from "zod";
import { db } from "@/lib/db";
import { publicBaseUrl } from "@/lib/env";
import { berlinDate } from "@/lib/time";
import { findForm } from "./definitions";
import { createDraft, findDraft, saveDraft, type DraftState } from "./drafts";
import { activePages, findPage, nextStep, readPageAnswers, resumeStep, validatePage } from "./engine";
import { draftPath, localized, statusPath } from "./paths";
import { fileStorage } from "./storage";
import { submitDraft } from "./submit";
import { callbackRequestTypeAllowed } from "./talk-to-person";

const text = (data: FormData, name: string) => {
  const value = data.get(name);
  return typeof value === "string" ? value : "";
};

const localeOf = (data: FormData) => text(data, "locale") || "de";

export async function startForm(data: FormData): Promise<void> {
  const locale = localeOf(data);
  const form = findForm(text(data, "formKey"));
  if (!form) redirect(localized(locale, "/"));
  const journey = z.uuid().safeParse(text(data, "journey"));
  const journeyId = journey.success && (await db.journey.findUnique({ where: { id: journey.data }, select: { id: true } })) ? journey.data : undefined;
  let requestType: string | undefined;
  if (form.key === "callback") {
    requestType = text(data, "requestType");
    if (!(await callbackRequestTypeAllowed(requestType))) redirect(localized(locale, `/forms/callback?requestType=${encodeURIComponent(requestType)}`));
  }
  const token = await createDraft({ formKey: form.key, language: locale, journeyId, requestType });
  redirect(draftPath(token, form.sections ? "tasks" : form.pages[0].key, locale));
}

async function loadOrLeave(token: string, locale: string) {
  const lookup = await findDraft(token);
  if (lookup.kind !== "draft") redirect(localized(locale, `/forms/draft/${token}`));
  const form = findForm(lookup.draft.formKey);
  if (!form) redirect(localized(locale, "/"));
  return { draft: lookup.draft, form };
}

export async function savePage(data: FormData): Promise<void> {
  const locale = localeOf(data);
  const token = text(data, "token");
  const { draft, form } = await loadOrLeave(token, locale);
  const page = findPage(form, text(data, "page"));
  if (!page || !activePages(form, draft.state.values).includes(page)) redirect(draftPath(token, resumeStep(form, draft.state.values, draft.state.visited, { today: berlinDate(new Date()) }, draft.state.files), locale));
  const posted = readPageAnswers(page, data);
  // Replace this page's answers: a box unticked or a field emptied must not keep its old value.
  const values = { ...draft.state.values };
  for (const field of page.fields) delete values[field.name];
  Object.assign(values, posted);
  const context = { today: berlinDate(new Date()) };
  const result = validatePage(page, values, context, draft.state.files);
  if (!result.ok) {
    await saveDraft(draft, { ...draft.state, flash: { page: page.key, values: posted, errors: result.errors } }, draft.state.visited.length);
    redirect(draftPath(token, page.key, locale));
  }
  const visited = draft.state.visited.includes(page.key) ? draft.state.visited : [...draft.state.visited, page.key];
  const state: DraftState = { ...draft.state, values: { ...values, ...result.values }, visited, flash: undefined };
  await saveDraft(draft, state, visited.length);
  const back = text(data, "return") === "check" && !form.sections;
  const step = back ? resumeStep(form, state.values, visited, context, state.files) : nextStep(form, state.values, page.key);
  redirect(draftPath(token, step, locale));
}

export async function removeFile(data: FormData): Promise<void> {
  const locale = localeOf(data);
  const token = text(data, "token");
  const { draft } = await loadOrLeave(token, locale);
  const fileId = text(data, "fileId");
  const file = draft.state.files.find((entry) => entry.id === fileId);
  if (file) {
    await saveDraft(draft, { ...draft.state, files: draft.state.files.filter((entry) => entry.id !== fileId), flash: undefined }, draft.state.visited.length);
    await fileStorage().delete(file.storageKey).catch(() => undefined);
  }
  redirect(draftPath(token, "documents", locale));
}

export async function submitForm(data: FormData): Promise<void> {
  const locale = localeOf(data);
  const token = text(data, "token");
  const key = z.uuid().safeParse(text(data, "idempotencyKey"));
  const lookup = await findDraft(token);
  // Already filed (a double tap or a refresh): the first submission's status page.
  if (lookup.kind !== "draft") redirect(localized(locale, `/forms/draft/${token}`));
  const result = await submitDraft(token, key.success ? key.data : randomUUID(), publicBaseUrl());
  if (!result.ok) redirect(draftPath(token, result.firstInvalidPage, locale));
  redirect(`${statusPath(token, locale)}?filed=1`);
}
