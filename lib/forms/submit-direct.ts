// Filing a whole submission in one request (the scan station or kiosk API): answers and files
// together. Files are checked and stored first; the database rows follow in one transaction. If
// anything fails after a file was stored, the stored files are removed again (and the orphan
// collector catches what a crash leaves behind), so there is never half a submission.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db/errors";
import { claimKey, earlierRequest, IDEMPOTENCY_SCOPES } from "@/lib/idempotency";
import { ConflictError, ValidationError } from "@/lib/errors";
import { berlinDate } from "@/lib/time";
import { findForm } from "./definitions";
import { validateForm } from "./engine";
import { statusPath } from "./paths";
import { fileStorage, newStorageKey, type FileStorage } from "./storage";
import { insertSubmission } from "./submit";
import { callbackRequestTypeAllowed } from "./talk-to-person";
import { newSecretToken, sha256 } from "@/lib/tokens";
import { checkCount, prepareUpload } from "./uploads";
import type { Answers, StoredFile } from "./types";

export interface DirectSubmission {
  formKey: string;
  data: unknown;
  files: { name: string; bytes: Buffer }[];
  idempotencyKey: string;
  language?: string;
}

export interface DirectResult {
  reference: string;
  statusUrl: string;
  replayed: boolean;
}

function readAnswers(data: unknown): Answers {
  if (typeof data !== "object" || data === null || Array.isArray(data))
    throw new ValidationError({ data: ["notAnObject"] });
  const answers: Answers = {};
  for (const [name, value] of Object.entries(data)) {
    if (typeof value === "string") {
      if (value.trim() !== "") answers[name] = value.trim();
    } else if (Array.isArray(value) && value.every((item) => typeof item === "string")) {
      if (value.length > 0) answers[name] = value;
    } else if (value !== null && value !== undefined) {
      throw new ValidationError({ [name]: ["notText"] });
    }
  }
  return answers;
}

/** A callback must name a request type that is handled by phone. */
export async function checkCallbackRequestType(requestType: unknown): Promise<string> {
  const key = typeof requestType === "string" ? requestType : "";
  if (!(await callbackRequestTypeAllowed(key))) throw new ValidationError({ requestType: ["noPhoneChannel"] });
  return key;
}

export async function submitDirect(
  input: DirectSubmission,
  baseUrl: string,
  storage: FileStorage = fileStorage(),
  now = new Date(),
): Promise<DirectResult> {
  const form = findForm(input.formKey);
  if (!form) throw new ValidationError({ form: ["unknownForm"] });
  const raw = readAnswers(input.data);
  const language = input.language ?? "de";
  const journeyId =
    typeof raw.journeyId === "string" && /^[0-9a-f-]{36}$/i.test(raw.journeyId) ? raw.journeyId : undefined;
  const requestType = form.key === "callback" ? await checkCallbackRequestType(raw.requestType) : undefined;

  checkCount(input.files.length);
  const prepared = [];
  for (const file of input.files) prepared.push(await prepareUpload(file.name, file.bytes));
  const pending: StoredFile[] = prepared.map((file) => ({
    id: randomUUID(),
    storageKey: newStorageKey(now),
    originalName: file.originalName,
    mimeType: file.mimeType,
    sizeBytes: file.bytes.length,
    sha256: file.sha256,
  }));
  const result = validateForm(form, raw, { today: berlinDate(now) }, pending);
  if (!result.ok) throw new ValidationError(result.errors);
  const answers: Answers = requestType ? { ...result.answers, requestType } : result.answers;

  const requestHash = sha256(
    JSON.stringify({ form: form.key, answers: sortKeys(raw), files: input.files.map((file) => sha256(file.bytes)) }),
  );
  const earlier = await replay(input.idempotencyKey, requestHash);
  if (earlier) return earlier;

  const stored: string[] = [];
  try {
    for (const [index, file] of pending.entries()) {
      await storage.put(file.storageKey, prepared[index].bytes, file.mimeType);
      stored.push(file.storageKey);
    }
    const statusToken = newSecretToken("form");
    const statusUrl = `${baseUrl}${statusPath(statusToken, language)}`;
    const submission = await db.$transaction(async (tx) => {
      // The record is written first: a parallel request with the same key waits on it, then replays.
      const claim = await claimKey(tx, IDEMPOTENCY_SCOPES.apiSubmissions, input.idempotencyKey, requestHash);
      const created = await insertSubmission(
        tx,
        {
          form,
          answers,
          files: pending,
          language,
          journeyId,
          idempotencyKey: `api:${input.idempotencyKey}`,
          statusToken,
        },
        baseUrl,
      );
      const body = { reference: created.reference, statusUrl };
      await claim.answer(201, body);
      return body;
    });
    return { ...submission, replayed: false };
  } catch (error) {
    await Promise.all(stored.map((key) => storage.delete(key).catch(() => undefined)));
    if (isUniqueViolation(error)) {
      const again = await replay(input.idempotencyKey, requestHash);
      if (again) return again;
    }
    throw error;
  }
}

async function replay(key: string, requestHash: string): Promise<DirectResult | null> {
  const earlier = await earlierRequest<{ reference?: string; statusUrl?: string }>(
    db,
    IDEMPOTENCY_SCOPES.apiSubmissions,
    key,
    requestHash,
  );
  if (earlier.outcome === "none") return null;
  if (earlier.outcome === "key-reused") throw new ConflictError("idempotency-key-reused");
  const body = earlier.outcome === "replayed" ? earlier.answer : null;
  if (!body?.reference || !body.statusUrl) throw new ConflictError("in-progress");
  return { reference: body.reference, statusUrl: body.statusUrl, replayed: true };
}

function sortKeys(answers: Answers): Answers {
  return Object.fromEntries(Object.entries(answers).sort(([a], [b]) => a.localeCompare(b)));
}
