// The form engine: which pages apply to the answers so far, validating a page or the whole form,
// where to go next, and how far each section of a task list has got. Pure: no database, no I/O.
import type { z } from "zod";
import type { FieldErrors } from "@/lib/errors";
import type { Answers, AnswerValue, FormDefinition, PageDefinition, StoredFile, ValidationContext } from "./types";

export function activePages(form: FormDefinition, answers: Answers): PageDefinition[] {
  return form.pages.filter((page) => !page.when || page.when(answers));
}

export function findPage(form: FormDefinition, key: string): PageDefinition | undefined {
  return form.pages.find((page) => page.key === key);
}

/**
 * Reads a page's fields from posted form data: text trimmed, empty left out, boxes as a list.
 * Only the page's own fields are read, so a crafted post cannot set anything else.
 */
export function readPageAnswers(
  page: PageDefinition,
  data: { get(name: string): unknown; getAll(name: string): unknown[] },
): Answers {
  const answers: Answers = {};
  for (const field of page.fields) {
    if (field.kind === "checkboxes") {
      const values = data
        .getAll(field.name)
        .filter((value): value is string => typeof value === "string" && value !== "");
      if (values.length > 0) answers[field.name] = values;
    } else {
      const value = data.get(field.name);
      if (typeof value === "string" && value.trim() !== "") answers[field.name] = value.replace(/\r\n/g, "\n").trim();
    }
  }
  return answers;
}

/** The page's answers picked from all answers (so that stale answers of other pages do not leak in). */
export function pickPageAnswers(page: PageDefinition, answers: Answers): Record<string, AnswerValue> {
  const picked: Record<string, AnswerValue> = {};
  for (const field of page.fields) if (answers[field.name] !== undefined) picked[field.name] = answers[field.name];
  return picked;
}

export function zodFieldErrors(error: z.ZodError): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length > 0 ? String(issue.path[0]) : "form";
    const list = (fields[key] ??= []);
    if (!list.includes(issue.message)) list.push(issue.message);
  }
  return fields;
}

export type PageResult = { ok: true; values: Answers } | { ok: false; errors: FieldErrors };

/** Validates one page; files count for upload pages. Values come back normalised (e.g. IBAN without spaces). */
export function validatePage(
  page: PageDefinition,
  answers: Answers,
  context: ValidationContext,
  files: StoredFile[] = [],
): PageResult {
  if (page.kind === "upload") {
    return files.length >= (page.minFiles ?? 0)
      ? { ok: true, values: {} }
      : { ok: false, errors: { files: ["filesRequired"] } };
  }
  const parsed = page.schema(context).safeParse(pickPageAnswers(page, answers));
  if (!parsed.success) return { ok: false, errors: zodFieldErrors(parsed.error) };
  const values: Answers = {};
  for (const [name, value] of Object.entries(parsed.data as Record<string, unknown>)) {
    if (typeof value === "string" || Array.isArray(value)) values[name] = value as AnswerValue;
  }
  return { ok: true, values };
}

export type FormResult = { ok: true; answers: Answers } | { ok: false; errors: FieldErrors; firstInvalidPage: string };

/** Validates every page that applies; the answers come back limited to those pages' fields. */
export function validateForm(
  form: FormDefinition,
  answers: Answers,
  context: ValidationContext,
  files: StoredFile[] = [],
): FormResult {
  const clean: Answers = {};
  const errors: FieldErrors = {};
  let firstInvalidPage: string | undefined;
  for (const page of activePages(form, answers)) {
    const result = validatePage(page, answers, context, files);
    if (result.ok) Object.assign(clean, result.values);
    else {
      Object.assign(errors, result.errors);
      firstInvalidPage ??= page.key;
    }
  }
  return firstInvalidPage ? { ok: false, errors, firstInvalidPage } : { ok: true, answers: clean };
}

/** Where to go after a page was saved: the next page that applies, the task list, or the check page. */
export function nextStep(form: FormDefinition, answers: Answers, pageKey: string): string {
  const pages = activePages(form, answers);
  const index = pages.findIndex((page) => page.key === pageKey);
  const next = pages[index + 1];
  if (form.sections) {
    const current = pages[index];
    if (!next || next.section !== current?.section) return "tasks";
  }
  return next ? next.key : "check";
}

/** The page before this one (for the back link), or the start of the form. */
export function previousStep(form: FormDefinition, answers: Answers, pageKey: string): string | null {
  const pages = activePages(form, answers);
  const index = pages.findIndex((page) => page.key === pageKey);
  const current = pages[index];
  if (form.sections && (index <= 0 || pages[index - 1].section !== current?.section)) return "tasks";
  return index > 0 ? pages[index - 1].key : null;
}

export type SectionState = "notStarted" | "inProgress" | "completed";

/** Progress of each section for the task list: completed once every page applying was saved and is valid. */
export function sectionStates(
  form: FormDefinition,
  answers: Answers,
  visited: readonly string[],
  context: ValidationContext,
  files: StoredFile[] = [],
): { section: string; state: SectionState; firstPage: string }[] {
  const pages = activePages(form, answers);
  return (form.sections ?? []).map((section) => {
    const inSection = pages.filter((page) => page.section === section);
    const seen = inSection.filter((page) => visited.includes(page.key));
    const done =
      seen.length === inSection.length && inSection.every((page) => validatePage(page, answers, context, files).ok);
    const state: SectionState = done ? "completed" : seen.length > 0 ? "inProgress" : "notStarted";
    return { section, state, firstPage: inSection[0]?.key ?? "check" };
  });
}

/** Where a person picking up a draft continues: the first page not yet done, else the check page. */
export function resumeStep(
  form: FormDefinition,
  answers: Answers,
  visited: readonly string[],
  context: ValidationContext,
  files: StoredFile[] = [],
): string {
  if (form.sections) return "tasks";
  const open = activePages(form, answers).find(
    (page) => !visited.includes(page.key) || !validatePage(page, answers, context, files).ok,
  );
  return open ? open.key : "check";
}

/** Position of a page among the pages that apply (for "Step 2 of 5"). */
export function stepNumber(
  form: FormDefinition,
  answers: Answers,
  pageKey: string,
): { current: number; total: number } {
  const pages = activePages(form, answers);
  return { current: pages.findIndex((page) => page.key === pageKey) + 1, total: pages.length };
}
