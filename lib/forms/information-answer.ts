// The person's answer to a question, from the private status page (a plain multipart post, no
// account, no JavaScript needed): a text and/or photos and files, each checked and prepared as the
// form's uploads are (photos turned and shrunk, their metadata dropped). Stored in one transaction
// with the status back to "in review"; the files are written to storage first and removed again
// when the transaction fails, so nothing is half kept.
import { db } from "@/lib/db";
import { hashToken, isSecretTokenShape } from "@/lib/tokens";
import { hasControlCharacters } from "@/lib/validation";
import { localized, statusPath } from "./paths";
import { fileStorage, newStorageKey, type FileStorage } from "./storage";
import { MAX_FILES, prepareUpload, UploadError, type PreparedFile } from "./uploads";

export const MAX_ANSWER_LENGTH = 2000;

export type AnswerProblem = "empty" | "file" | "closed";

/** Stores the answer and returns the status page to show next (with ?answered=1 or ?problem=…). */
export async function answerQuestion(
  data: FormData,
  { locale, token }: { locale: string; token: string },
  storage: FileStorage = fileStorage(),
): Promise<string> {
  const page = statusPath(token, locale);
  const back = (query: string) => `${page}${page.includes("?") ? "&" : "?"}${query}#answer`;
  if (!isSecretTokenShape(token, "form")) return localized(locale, "/");
  const submission = await db.formSubmission.findUnique({
    where: { statusTokenHash: hashToken(token) },
    select: { id: true, status: true },
  });
  if (!submission) return page;
  if (submission.status !== "needs_info") return back("problem=closed");
  const rawText = data.get("answer");
  const text = typeof rawText === "string" ? rawText.trim().slice(0, MAX_ANSWER_LENGTH) : "";
  if (hasControlCharacters(text, { multiline: true })) return back("problem=empty");
  const files = data
    .getAll("files")
    .filter((entry): entry is File => typeof entry !== "string" && (entry.size > 0 || entry.name !== ""));
  if (text === "" && files.length === 0) return back("problem=empty");
  if (files.length > MAX_FILES) return back("problem=file");
  const prepared: (PreparedFile & { storageKey: string })[] = [];
  try {
    for (const file of files)
      prepared.push({
        ...(await prepareUpload(file.name, Buffer.from(await file.arrayBuffer()))),
        storageKey: newStorageKey(),
      });
  } catch (error) {
    if (error instanceof UploadError) return back("problem=file");
    throw error;
  }
  for (const file of prepared) await storage.put(file.storageKey, file.bytes, file.mimeType);
  try {
    const stored = await db.$transaction(async (tx) => {
      // The status is checked again under the row's lock: two answers at once are one answer, then "closed".
      const [locked] = await tx.$queryRaw<
        { status: string }[]
      >`SELECT status::text FROM form_submission WHERE id = ${submission.id}::uuid FOR UPDATE`;
      if (locked?.status !== "needs_info") return false;
      const message = await tx.submissionMessage.create({
        data: { submissionId: submission.id, direction: "answer", body: text || null },
      });
      for (const file of prepared) {
        await tx.attachment.create({
          data: {
            submissionId: submission.id,
            messageId: message.id,
            storageKey: file.storageKey,
            originalName: file.originalName,
            mimeType: file.mimeType,
            sizeBytes: file.bytes.length,
            sha256: file.sha256,
          },
        });
      }
      await tx.formSubmission.update({ where: { id: submission.id }, data: { status: "in_review" } });
      await tx.submissionStatusChange.create({
        data: { submissionId: submission.id, fromStatus: "needs_info", toStatus: "in_review" },
      });
      return true;
    });
    if (!stored) {
      await Promise.all(prepared.map((file) => storage.delete(file.storageKey).catch(() => undefined)));
      return back("problem=closed");
    }
  } catch (error) {
    await Promise.all(prepared.map((file) => storage.delete(file.storageKey).catch(() => undefined)));
    throw error;
  }
  return back("answered=1");
}
