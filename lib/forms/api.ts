// The scan station / kiosk API: POST /api/v1/submissions (multipart). Reading the request and
// mapping outcomes to statuses; the filing itself is submitDirect, shared in spirit with the pages.
import { z } from "zod";
import { invalid, json, readIdempotencyKey } from "@/lib/api/http";
import { ConflictError, ValidationError } from "@/lib/errors";
import { publicBaseUrl } from "@/lib/env";
import { isLocale } from "@/i18n/routing";
import { formKeys } from "./definitions";
import { explainErrors, formsTranslator } from "./messages";
import { submitDirect } from "./submit-direct";
import { MAX_FILE_BYTES, MAX_FILES, UploadError } from "./uploads";

const MAX_BODY_BYTES = MAX_FILES * MAX_FILE_BYTES + 1024 * 1024;

export const submissionRequestSchema = z
  .object({
    form: z.enum(formKeys).describe("The form key: a request type key, or callback."),
    data: z.string().describe("The answers as a JSON object of field names to text (or lists of text for multiple choice). journeyId links a journey; requestType names the request type of a callback."),
    files: z.array(z.file().mime(["image/jpeg", "image/png", "image/webp", "image/heic", "image/heif", "application/pdf"])).max(MAX_FILES).optional().describe(`Photos or PDFs, up to ${MAX_FILE_BYTES / 1024 / 1024} MB each; photos are re-encoded and their metadata removed.`),
    language: z.string().optional().describe("Language of the confirmation message and status link (de, en, tr, …)."),
  });

export async function handleSubmissionRequest(request: Request): Promise<Response> {
  const key = readIdempotencyKey(request);
  if (!key.ok) return key.response;
  if (Number(request.headers.get("content-length") ?? 0) > MAX_BODY_BYTES) {
    return json({ error: "too-large", message: `The request is larger than ${MAX_BODY_BYTES / 1024 / 1024} MB.` }, { status: 413 });
  }
  if (!(request.headers.get("content-type") ?? "").startsWith("multipart/form-data")) {
    return invalid({ body: ["Send the request as multipart/form-data with the fields form, data and files."] });
  }
  let body: FormData;
  try {
    body = await request.formData();
  } catch {
    return invalid({ body: ["The multipart body could not be read."] });
  }
  const form = body.get("form");
  const rawData = body.get("data");
  const language = typeof body.get("language") === "string" && isLocale(body.get("language") as string) ? (body.get("language") as string) : "de";
  if (typeof form !== "string") return invalid({ form: ["The field form is required."] });
  let data: unknown = {};
  if (typeof rawData === "string" && rawData.trim() !== "") {
    try {
      data = JSON.parse(rawData);
    } catch {
      return invalid({ data: ["The field data is not valid JSON."] });
    }
  }
  const files = await Promise.all(
    body
      .getAll("files")
      .filter((entry): entry is File => typeof entry !== "string" && (entry.size > 0 || entry.name !== ""))
      .map(async (file) => ({ name: file.name, bytes: Buffer.from(await file.arrayBuffer()) })),
  );
  try {
    const result = await submitDirect({ formKey: form, data, files, idempotencyKey: key.value, language }, publicBaseUrl());
    return json({ reference: result.reference, statusUrl: result.statusUrl }, { status: 201, headers: result.replayed ? { "Idempotent-Replayed": "true" } : {} });
  } catch (error) {
    if (error instanceof ValidationError) return invalid(await explainErrors(error.fields, "en"));
    if (error instanceof UploadError) {
      const messages = await explainUpload(error);
      return json({ error: error.code, message: messages }, { status: error.httpStatus });
    }
    if (error instanceof ConflictError) return json({ error: error.code }, { status: 409 });
    throw error;
  }
}

async function explainUpload(error: UploadError): Promise<string> {
  const t = await formsTranslator("en");
  return t(`upload.problems.${error.code}`, { name: error.fileName, maxMb: MAX_FILE_BYTES / 1024 / 1024, maxFiles: MAX_FILES });
}
