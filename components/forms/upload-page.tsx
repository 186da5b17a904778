// The documents page: photos from the camera or PDFs, posted as a plain multipart form to the
// upload route (no JavaScript needed); the files so far, each with "remove"; then "Continue".
import { getLocale, getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/buttons";
import { ErrorSummary } from "@/components/ui/error-summary";
import {
  draftPath,
  type UploadProblem,
  type PageDefinition,
  type StoredFile,
  MAX_FILE_BYTES,
  MAX_FILES,
} from "@/lib/forms";
import { UploadPreview } from "./upload-preview";

const maxMb = MAX_FILE_BYTES / 1024 / 1024;

export async function UploadPage({
  token,
  page,
  files,
  problems,
  errors,
  returnTo,
  sectioned,
}: {
  token: string;
  page: PageDefinition;
  files: StoredFile[];
  problems: UploadProblem[];
  errors: Record<string, string[]>;
  returnTo?: string;
  sectioned: boolean;
}) {
  const t = await getTranslations("forms");
  const locale = await getLocale();
  const stepPath = draftPath(token, page.key, locale);
  const messages = [
    ...problems.map((problem) =>
      t(`upload.problems.${problem.code}`, { name: problem.fileName, maxMb, maxFiles: MAX_FILES }),
    ),
    ...(errors.files ?? []).map((code) => t(`errors.${code}`)),
  ];
  return (
    <>
      <ErrorSummary title={t("ui.errorSummary")} errors={messages.map((message) => ({ fieldId: "files", message }))} />
      <section aria-labelledby="upload-tips" className="mb-6 rounded border border-line bg-surface p-4">
        <h2 id="upload-tips" className="text-lg font-bold">
          {t("upload.tipsTitle")}
        </h2>
        <ul className="mt-2 flex list-disc flex-col gap-2 ps-5">
          <li>{t("upload.photoTips")}</li>
          <li data-testid="blackout-advice">{t("upload.bankStatement")}</li>
          <li data-testid="no-id-copy">{t("upload.noId")}</li>
          <li>{t("upload.privacy")}</li>
        </ul>
      </section>
      <form
        action={`/api/forms/uploads?token=${token}&locale=${locale}`}
        method="post"
        encType="multipart/form-data"
        className="mb-6"
      >
        <div className="mb-4">
          <label htmlFor="files" className="block font-semibold">
            {t("upload.label")}
          </label>
          <p id="files-hint" className="mt-1 text-muted">
            {t("upload.hint", { maxFiles: MAX_FILES, maxMb })}
          </p>
          {messages.length > 0 ? (
            <p id="files-error" className="mt-1 font-semibold text-accent">
              {messages[0]}
            </p>
          ) : null}
          <input
            id="files"
            name="files"
            type="file"
            multiple
            accept="image/*,application/pdf"
            capture="environment"
            aria-describedby={messages.length > 0 ? "files-hint files-error" : "files-hint"}
            aria-invalid={messages.length > 0 ? true : undefined}
            className="mt-2 block w-full min-h-11 rounded border-2 border-ink bg-white p-2 text-base"
          />
          <UploadPreview inputId="files" label={t("upload.preview")} />
        </div>
        <Button variant="secondary">{t("upload.button")}</Button>
      </form>
      <h2 className="text-lg font-bold">{t("upload.uploaded")}</h2>
      {files.length === 0 ? (
        <p className="mt-1">{t("upload.none")}</p>
      ) : (
        <ul className="mt-2 flex flex-col gap-2" data-testid="uploaded-files">
          {files.map((file) => (
            <li
              key={file.id}
              className="flex flex-wrap items-center justify-between gap-2 rounded border border-line p-3"
            >
              <span className="break-all">
                {file.originalName}{" "}
                <span className="text-muted">({Math.max(1, Math.round(file.sizeBytes / 1024))} kB)</span>
              </span>
              <form method="post" action={`${stepPath}/remove-file`}>
                <input type="hidden" name="fileId" value={file.id} />
                <Button variant="secondary" aria-label={t("upload.removeLabel", { name: file.originalName })}>
                  {t("upload.remove")}
                </Button>
              </form>
            </li>
          ))}
        </ul>
      )}
      <form method="post" action={`${stepPath}/save`} className="mt-6">
        {returnTo === "check" ? <input type="hidden" name="return" value="check" /> : null}
        <Button>{sectioned ? t("ui.saveAndBack") : t("ui.continue")}</Button>
      </form>
    </>
  );
}
