// Files added to a form in progress (the upload page's plain multipart post): each file checked
// and prepared, stored, and listed in the draft; refused files come back as problems to show.
import { randomUUID } from "node:crypto";
import { addDraftFiles, type Draft, type UploadProblem } from "./drafts";
import { fileStorage, newStorageKey, type FileStorage } from "./storage";
import { MAX_FILES, prepareUpload, UploadError } from "./uploads";
import type { StoredFile } from "./types";
import { log } from "@/lib/log";

export async function addFilesToDraft(
  draft: Draft,
  files: File[],
  storage: FileStorage = fileStorage(),
): Promise<{ added: number; problems: UploadProblem[] }> {
  const chosen = files.filter((file) => file.size > 0 || file.name !== "");
  const problems: UploadProblem[] = [];
  const stored: StoredFile[] = [];
  if (chosen.length === 0) problems.push({ code: "noFile", fileName: "" });
  else if (draft.state.files.length + chosen.length > MAX_FILES) problems.push({ code: "tooMany", fileName: "" });
  else {
    for (const file of chosen) {
      try {
        const prepared = await prepareUpload(file.name, Buffer.from(await file.arrayBuffer()));
        const storageKey = newStorageKey();
        await storage.put(storageKey, prepared.bytes, prepared.mimeType);
        stored.push({
          id: randomUUID(),
          storageKey,
          originalName: prepared.originalName,
          mimeType: prepared.mimeType,
          sizeBytes: prepared.bytes.length,
          sha256: prepared.sha256,
        });
      } catch (error) {
        if (error instanceof UploadError) problems.push({ code: error.code, fileName: error.fileName });
        else {
          log().error({ error: error instanceof Error ? error.name : "unknown" }, "upload failed");
          problems.push({ code: "failed", fileName: file.name });
        }
      }
    }
  }
  await addDraftFiles(
    draft.id,
    stored,
    problems.length > 0 ? { page: "documents", values: {}, errors: {}, uploadProblems: problems } : undefined,
  );
  return { added: stored.length, problems };
}
