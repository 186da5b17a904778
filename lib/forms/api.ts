// The scan station / kiosk API: POST /api/v1/submissions (multipart). Reading the request and
// mapping outcomes to statuses; the filing itself is submitDirect, shared in spirit with the pages.
import { z } from "zod";
import { fieldErrors, invalid, json, readIdempotencyKey } from "@/lib/api/http";
import { ConflictError, ValidationError } from "@/lib/errors";
import { publicBaseUrl } from "@/lib/env";
import { text } from "@/lib/validation";
import { locales } from "@/i18n/routing";
import { formKeys } from "./definitions";
import { textsFor } from "@/i18n/translator";
import { explainErrors } from "./messages";
import { submitDirect } from "./submit-direct";
import { MAX_FILE_BYTES, MAX_FILES, UploadError } from "./uploads";
import { countSubmission } from "@/lib/metrics";

const MAX_BODY_BYTES = MAX_FILES * MAX_FILE_BYTES + 1024 * 1024;
/** The answers are short texts: the longest form (continued benefits) needs a few kilobytes. */
const MAX_DATA_CHARACTERS = 64 * 1024;

/** The data field's JSON text as a value; submitDirect checks that it is an object of texts. */
function parseJson(value: string, context: z.RefinementCtx): unknown {
  try {
    return JSON.parse(value);
  } catch {
    context.addIssue({ code: "custom", message: "The field data is not valid JSON." });
    return z.NEVER;
  }
}

/** A file part left empty (a form sent without choosing a file) is no file. */
const chosen = (files: File[]) => files.filter((file) => file.size > 0 || file.name !== "");

/**
 * The multipart fields, parsed by the route with this schema (and shown in the OpenAPI document).
 * Messages are codes of forms.errors where one fits. Files are checked by their content later
 * (413 too large or too many, 415 neither photo nor PDF), never by the type a client declares.
 */
export const submissionRequestSchema = z.object({
  form: z.enum(formKeys, { error: "unknownForm" }).describe("The form key: a request type key, or callback."),
  data: text({ max: MAX_DATA_CHARACTERS, multiline: true, messages: { required: "required", tooLong: "tooLong" } })
    .transform(parseJson)
    .describe(
      "The answers as a JSON object of field names to text (or lists of text for multiple choice). journeyId links a journey; requestType names the request type of a callback.",
    ),
  files: z
    .array(z.file())
    .transform(chosen)
    .optional()
    .meta({ maxItems: MAX_FILES })
    .describe(
      `Photos (JPEG, PNG, WebP, HEIC, TIFF, GIF) or PDFs, up to ${MAX_FILES} files of ${MAX_FILE_BYTES / 1024 / 1024} MB each; the type is read from the content; photos are re-encoded and their metadata removed.`,
    ),
  language: z
    .enum(locales, { error: `Use one of ${locales.join(", ")}.` })
    .optional()
    .describe("Language of the confirmation message and status link (de, en, tr, …); German when left out."),
});

export async function handleSubmissionRequest(request: Request): Promise<Response> {
  const key = readIdempotencyKey(request);
  if (!key.ok) return key.response;
  // proxy.ts answers a declared length over the limit already; this holds for a direct call too.
  if (Number(request.headers.get("content-length") ?? 0) > MAX_BODY_BYTES) {
    return json(
      { error: "too-large", message: `The request is larger than ${MAX_BODY_BYTES / 1024 / 1024} MB.` },
      { status: 413 },
    );
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
  const field = (name: string) => body.get(name) ?? undefined;
  const parsed = submissionRequestSchema.safeParse({
    form: field("form"),
    data: field("data"),
    files: body.getAll("files"),
    language: field("language"),
  });
  if (!parsed.success) return invalid(await explainErrors(fieldErrors(parsed.error), "en"));
  const { form, data, language = "de" } = parsed.data;
  const files = await Promise.all(
    (parsed.data.files ?? []).map(async (file) => ({ name: file.name, bytes: Buffer.from(await file.arrayBuffer()) })),
  );
  try {
    const result = await submitDirect(
      { formKey: form, data, files, idempotencyKey: key.value, language },
      publicBaseUrl(),
    );
    if (!result.replayed) countSubmission("api");
    return json(
      { reference: result.reference, statusUrl: result.statusUrl },
      { status: 201, headers: result.replayed ? { "Idempotent-Replayed": "true" } : {} },
    );
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
  const t = textsFor("en", "forms");
  return t(`upload.problems.${error.code}`, {
    name: error.fileName,
    maxMb: MAX_FILE_BYTES / 1024 / 1024,
    maxFiles: MAX_FILES,
  });
}
