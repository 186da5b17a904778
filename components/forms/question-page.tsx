// One page of questions: error summary on top, the fields, "Continue". A plain post to the step's
// save route (lib/forms/posts.ts savePage).
import { getLocale, getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/buttons";
import { ErrorSummary } from "@/components/ui/error-summary";
import { draftPath, type Answers, type PageDefinition } from "@/lib/forms";
import { FormField } from "./form-field";

export async function QuestionPage({
  token,
  page,
  values,
  errors,
  returnTo,
  sectioned,
}: {
  token: string;
  page: PageDefinition;
  values: Answers;
  errors: Record<string, string[]>;
  returnTo?: string;
  sectioned: boolean;
}) {
  const t = await getTranslations("forms");
  const locale = await getLocale();
  const summary = page.fields
    .filter((field) => errors[field.name]?.length)
    .map((field) => ({
      fieldId: field.name,
      message: `${t(`fields.${field.name}.label`)}: ${t.has(`errors.${errors[field.name][0]}`) ? t(`errors.${errors[field.name][0]}`) : t("errors.required")}`,
    }));
  return (
    <form method="post" action={`${draftPath(token, page.key, locale)}/save`} noValidate>
      <ErrorSummary title={t("ui.errorSummary")} errors={summary} />
      {returnTo === "check" ? <input type="hidden" name="return" value="check" /> : null}
      {page.fields.map((field) => (
        <FormField key={field.name} field={field} value={values[field.name]} error={errors[field.name]?.[0]} />
      ))}
      <Button>{sectioned ? t("ui.saveAndBack") : t("ui.continue")}</Button>
    </form>
  );
}
