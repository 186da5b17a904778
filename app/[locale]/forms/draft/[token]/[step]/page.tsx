// One step of a form in progress: a page of questions, the upload page, the task list or the
// check page. The step must apply to the answers so far; otherwise the person is sent on.
import type { Metadata } from "next";
import {
  privateFormPageMetadata,
  findForm,
  findDraft,
  activePages,
  previousStep,
  resumeStep,
  sectionStates,
  stepNumber,
  validateForm,
  draftPath,
  localized,
} from "@/lib/forms";
import { redirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { CheckAnswers } from "@/components/forms/check-answers";
import { FormFrame } from "@/components/forms/form-frame";
import { QuestionPage } from "@/components/forms/question-page";
import { TaskList } from "@/components/forms/task-list";
import { UploadPage } from "@/components/forms/upload-page";
import { publicBaseUrl } from "@/lib/env";
import { berlinDate } from "@/lib/time";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: string; token: string; step: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Pick<Props, "params">): Promise<Metadata> {
  const { locale, token, step } = await params;
  const lookup = await findDraft(token);
  const form = lookup.kind === "draft" ? findForm(lookup.draft.formKey) : undefined;
  if (!form) return privateFormPageMetadata;
  const t = await getTranslations({ locale, namespace: "forms" });
  const key =
    step === "tasks" ? "tasks.title" : step === "check" ? "check.title" : `forms.${form.key}.pages.${step}.title`;
  const title = t.has(key) ? `${t(key)} – ${t(`forms.${form.key}.title`)}` : t(`forms.${form.key}.title`);
  return { ...privateFormPageMetadata, title };
}

export default async function DraftStepPage({ params, searchParams }: Props) {
  const { locale, token, step } = await params;
  setRequestLocale(locale);
  const lookup = await findDraft(token);
  if (lookup.kind !== "draft") redirect(localized(locale, `/forms/draft/${token}`));
  const { draft } = lookup;
  const form = findForm(draft.formKey);
  if (!form) redirect(localized(locale, "/"));
  const t = await getTranslations("forms");
  const { values, visited, files, flash } = draft.state;
  const context = { today: berlinDate(new Date()) };
  const returnTo = (await searchParams).return === "check" ? "check" : undefined;
  const frame = {
    formKey: form.key,
    requestType: draft.state.requestType ?? form.key,
    journeyId: draft.state.journeyId,
    resumeUrl: `${publicBaseUrl()}${localized(locale, `/forms/draft/${token}`)}`,
    expiresAt: draft.expiresAt,
  };
  const formTitle = t(`forms.${form.key}.title`);

  if (step === "tasks" && form.sections) {
    return (
      <FormFrame {...frame} caption={formTitle} title={t("tasks.title")} help={t("tasks.intro")}>
        <TaskList token={token} sections={sectionStates(form, values, visited, context, files)} />
      </FormFrame>
    );
  }
  if (step === "check") {
    const result = validateForm(form, values, context, files);
    if (!result.ok) redirect(draftPath(token, result.firstInvalidPage, locale));
    const back = form.sections ? "tasks" : activePages(form, values).at(-1)?.key;
    return (
      <FormFrame
        {...frame}
        caption={formTitle}
        title={t("check.title")}
        help={t("check.intro")}
        backHref={back ? draftPath(token, back, locale) : null}
      >
        <CheckAnswers token={token} form={form} answers={values} files={files} />
      </FormFrame>
    );
  }
  const page = activePages(form, values).find((candidate) => candidate.key === step);
  if (!page) redirect(draftPath(token, resumeStep(form, values, visited, context, files), locale));
  const shownFlash = flash?.page === page.key ? flash : undefined;
  const previous = returnTo ? "check" : previousStep(form, values, page.key);
  const position = stepNumber(form, values, page.key);
  const caption = form.sections
    ? `${formTitle} – ${t(`tasks.sections.${page.section}`)}`
    : `${formTitle} – ${t("ui.step", position)}`;
  const help = t.has(`forms.${form.key}.pages.${page.key}.help`)
    ? t(`forms.${form.key}.pages.${page.key}.help`)
    : undefined;
  return (
    <FormFrame
      {...frame}
      caption={caption}
      title={t(`forms.${form.key}.pages.${page.key}.title`)}
      help={help}
      backHref={previous ? draftPath(token, previous, locale) : localized(locale, `/forms/${form.key}`)}
    >
      {page.kind === "upload" ? (
        <UploadPage
          token={token}
          page={page}
          files={files}
          problems={shownFlash?.uploadProblems ?? []}
          errors={shownFlash?.errors ?? {}}
          returnTo={returnTo}
          sectioned={Boolean(form.sections)}
        />
      ) : (
        <QuestionPage
          token={token}
          page={page}
          values={shownFlash ? shownFlash.values : values}
          errors={shownFlash?.errors ?? {}}
          returnTo={returnTo}
          sectioned={Boolean(form.sections)}
        />
      )}
    </FormFrame>
  );
}
