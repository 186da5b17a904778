// "Check your answers": every answer with a link to change it, then the submit button. The
// idempotency key is made when this page renders, so a double tap or a resend files only once.
import { randomUUID } from "node:crypto";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/buttons";
import {
  activePages,
  draftPath,
  type AnswerValue,
  type FieldDefinition,
  type FormDefinition,
  type StoredFile,
  type Answers,
} from "@/lib/forms";

export async function CheckAnswers({
  token,
  form,
  answers,
  files,
}: {
  token: string;
  form: FormDefinition;
  answers: Answers;
  files: StoredFile[];
}) {
  const t = await getTranslations("forms");
  const format = await getFormatter();
  const locale = await getLocale();
  const show = (field: FieldDefinition, value: AnswerValue | undefined): string => {
    if (value === undefined || value === "" || (Array.isArray(value) && value.length === 0)) return t("check.notGiven");
    const values = Array.isArray(value) ? value : [value];
    return values
      .map((item) => {
        if (field.optionSet) return t(`options.${field.optionSet}.${item}`);
        if (field.kind === "date")
          return format.dateTime(new Date(`${item}T12:00:00Z`), { dateStyle: "long", timeZone: "UTC" });
        if (field.kind === "money") return `${item} €`;
        if (field.kind === "iban") return item.replace(/(.{4})/g, "$1 ").trim();
        return item;
      })
      .join(", ");
  };
  return (
    <>
      <dl className="divide-y divide-line border-y border-line" data-testid="check-answers">
        {activePages(form, answers).flatMap((page) => {
          const change = `${draftPath(token, page.key, locale)}?return=check`;
          if (page.kind === "upload") {
            return [
              <div key={page.key} className="py-3">
                <dt className="font-semibold">{t("check.files")}</dt>
                <dd className="mt-1 break-all">
                  {files.length > 0 ? files.map((file) => file.originalName).join(", ") : t("check.noFiles")}
                </dd>
                <dd className="mt-1">
                  <a href={change} className="inline-flex min-h-11 items-center">
                    {t("check.change")}
                    <span className="sr-only"> {t("check.files")}</span>
                  </a>
                </dd>
              </div>,
            ];
          }
          return page.fields.map((field) => (
            <div key={field.name} className="py-3">
              <dt className="font-semibold">{t(`fields.${field.name}.label`)}</dt>
              <dd className="mt-1 whitespace-pre-line break-words">{show(field, answers[field.name])}</dd>
              <dd className="mt-1">
                <a href={change} className="inline-flex min-h-11 items-center">
                  {t("check.change")}
                  <span className="sr-only"> {t(`fields.${field.name}.label`)}</span>
                </a>
              </dd>
            </div>
          ));
        })}
      </dl>
      <form method="post" action={`${draftPath(token, "check", locale)}/submit`} className="mt-6">
        <input type="hidden" name="idempotencyKey" value={randomUUID()} />
        <p className="mb-4">{t("check.declaration")}</p>
        <Button>{t("check.submit")}</Button>
      </form>
    </>
  );
}
