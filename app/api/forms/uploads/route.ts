// The upload page's plain multipart post (works without JavaScript). It checks the body's size
// before reading it (phone photos are large), and each file's size as the body streams in, before
// parsing it (readUploadBody); it always answers with a redirect back to the upload page, which
// shows what was added and what was refused, with the limit.
import {
  addFilesToDraft,
  addDraftFiles,
  findDraft,
  draftPath,
  localized,
  MAX_FILE_BYTES,
  MAX_FILES,
  readUploadBody,
} from "@/lib/forms";
import { seeOther } from "@/lib/plain-post";

export const dynamic = "force-dynamic";

/** All files at their largest plus room for the form fields. */
const MAX_BODY_BYTES = MAX_FILES * MAX_FILE_BYTES + 1024 * 1024;

export async function POST(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const token = url.searchParams.get("token") ?? "";
  const locale = url.searchParams.get("locale") ?? "de";
  const lookup = await findDraft(token);
  if (lookup.kind !== "draft") return seeOther(localized(locale, `/forms/draft/${token}`));
  const page = draftPath(token, "documents", locale);
  const length = Number(request.headers.get("content-length") ?? 0);
  if (length > MAX_BODY_BYTES) {
    await addDraftFiles(lookup.draft.id, [], {
      page: "documents",
      values: {},
      errors: {},
      uploadProblems: [{ code: "tooLarge", fileName: "…" }],
    });
    return seeOther(page);
  }
  const body = await readUploadBody(request);
  if (body.kind !== "form") {
    await addDraftFiles(lookup.draft.id, [], {
      page: "documents",
      values: {},
      errors: {},
      uploadProblems: [
        body.kind === "tooLarge" ? { code: "tooLarge", fileName: body.fileName } : { code: "failed", fileName: "" },
      ],
    });
    return seeOther(page);
  }
  const files = body.data.getAll("files").filter((entry): entry is File => typeof entry !== "string");
  await addFilesToDraft(lookup.draft, files);
  return seeOther(page);
}
