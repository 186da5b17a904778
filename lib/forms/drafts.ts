// Forms filled in part-way, kept on the server under a private link (the token is stored only as
// a hash), so a person can stop and continue later on another device.
import { z } from "zod";
import { db } from "@/lib/db";
import { storable } from "@/lib/db/storable";
import type { FieldErrors } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { hashToken, isSecretTokenShape, newSecretToken } from "@/lib/tokens";
import type { Answers, StoredFile } from "./types";

// Everything a draft keeps passes storable(): a rejected answer is kept to be shown again, even one
// with a character PostgreSQL cannot store.

/** A draft lives this long after it was last saved. */
export const DRAFT_DAYS = 30;

export interface UploadProblem {
  code: string;
  fileName: string;
}

export interface DraftState {
  values: Answers;
  /** Pages saved at least once (a task-list section is complete when all its pages were). */
  visited: string[];
  files: StoredFile[];
  journeyId?: string;
  /** The request type a callback is about. */
  requestType?: string;
  /** Started by staff at the counter for a known person: the submission is theirs, marked as filed with help. */
  assistedBy?: { staffId: string; citizenId: string };
  /** The last failed attempt on a page, shown once the page is loaded again (post/redirect/get). */
  flash?: { page: string; values: Answers; errors: FieldErrors; uploadProblems?: UploadProblem[] };
}

const storedFile = z.object({
  id: z.string(),
  storageKey: z.string(),
  originalName: z.string(),
  mimeType: z.string(),
  sizeBytes: z.number(),
  sha256: z.string(),
});
const answers = z.record(z.string(), z.union([z.string(), z.array(z.string())]));
const draftState = z.object({
  values: answers.default({}),
  visited: z.array(z.string()).default([]),
  files: z.array(storedFile).default([]),
  journeyId: z.string().optional(),
  requestType: z.string().optional(),
  assistedBy: z.object({ staffId: z.string(), citizenId: z.string() }).optional(),
  flash: z
    .object({
      page: z.string(),
      values: answers,
      errors: z.record(z.string(), z.array(z.string())),
      uploadProblems: z.array(z.object({ code: z.string(), fileName: z.string() })).optional(),
    })
    .optional(),
});

export interface Draft {
  id: string;
  formKey: string;
  language: string;
  state: DraftState;
  expiresAt: Date;
}

export type DraftLookup = { kind: "draft"; draft: Draft } | { kind: "expired" } | { kind: "missing" };

function expiry(now: Date): Date {
  return new Date(now.getTime() + DRAFT_DAYS * 24 * 60 * 60 * 1000);
}

export async function createDraft(
  input: {
    formKey: string;
    language: string;
    journeyId?: string;
    requestType?: string;
    assistedBy?: DraftState["assistedBy"];
  },
  now = new Date(),
  client: Prisma.TransactionClient | typeof db = db,
): Promise<string> {
  const token = newSecretToken("form");
  const state: DraftState = storable({
    values: {},
    visited: [],
    files: [],
    journeyId: input.journeyId,
    requestType: input.requestType,
    assistedBy: input.assistedBy,
  });
  await client.formDraft.create({
    data: {
      formKey: input.formKey,
      tokenHash: hashToken(token),
      language: input.language,
      answers: state as unknown as Prisma.InputJsonValue,
      expiresAt: expiry(now),
    },
  });
  return token;
}

export async function findDraft(token: string, now = new Date()): Promise<DraftLookup> {
  if (!isSecretTokenShape(token, "form")) return { kind: "missing" };
  const row = await db.formDraft.findUnique({ where: { tokenHash: hashToken(token) } });
  if (!row) return { kind: "missing" };
  if (row.expiresAt <= now) return { kind: "expired" };
  const state = draftState.safeParse(row.answers);
  return {
    kind: "draft",
    draft: {
      id: row.id,
      formKey: row.formKey,
      language: row.language,
      state: state.success ? state.data : { values: {}, visited: [], files: [] },
      expiresAt: row.expiresAt,
    },
  };
}

export async function saveDraft(draft: Draft, state: DraftState, step: number, now = new Date()): Promise<void> {
  await db.formDraft.update({
    where: { id: draft.id },
    data: { answers: storable(state) as unknown as Prisma.InputJsonValue, step, expiresAt: expiry(now) },
  });
}

/** Adds files to a draft under a row lock, so two uploads at once cannot overwrite each other. */
export async function addDraftFiles(
  draftId: string,
  files: StoredFile[],
  flash: DraftState["flash"],
  now = new Date(),
): Promise<void> {
  await db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM form_draft WHERE id = ${draftId}::uuid FOR UPDATE`;
    const row = await tx.formDraft.findUniqueOrThrow({ where: { id: draftId } });
    const parsed = draftState.safeParse(row.answers);
    const state: DraftState = parsed.success ? parsed.data : { values: {}, visited: [], files: [] };
    state.files = [...state.files, ...files];
    state.flash = flash;
    await tx.formDraft.update({
      where: { id: draftId },
      data: { answers: storable(state) as unknown as Prisma.InputJsonValue, expiresAt: expiry(now) },
    });
  });
}
