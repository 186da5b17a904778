// Feedback or barrier report (BITV): a plain form posted to /feedback/send. After an error the
// rejected answers come back from the server (draft token in the URL) with an error summary on top.
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Button } from "@/components/ui/buttons";
import { ErrorSummary } from "@/components/ui/error-summary";
import { ChoiceGroup, TextArea, TextField } from "@/components/ui/fields";
import { localePath } from "@/i18n/navigation";
import { MESSAGE_MAX, feedbackKinds, pageFromLink, type FeedbackValues, loadRejectedFeedback } from "@/lib/feedback";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "pages.feedback" });
  return { title: t("title") };
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function FeedbackPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const query = await searchParams;
  const t = await getTranslations("pages.feedback");
  const common = await getTranslations("common");
  const draftToken = first(query.draft);
  const rejected = await loadRejectedFeedback(draftToken);
  const kindFromLink = first(query.kind);
  const values: FeedbackValues = rejected?.values ?? {
    kind: kindFromLink && (feedbackKinds as readonly string[]).includes(kindFromLink) ? kindFromLink : "",
    message: "",
    page: pageFromLink(first(query.page)),
    email: "",
  };
  const errors = rejected?.errors ?? {};
  const message = (field: keyof FeedbackValues) =>
    errors[field] ? t(`errors.${errors[field]}`, { max: MESSAGE_MAX }) : undefined;
  const summary = (["kind", "message", "page", "email"] as const)
    .filter((field) => errors[field])
    .map((field) => ({ fieldId: field, message: message(field)! }));
  return (
    <>
      <ErrorSummary title={common("errors.summaryTitle")} errors={summary} />
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mb-6 mt-2">{t("intro")}</p>
      <form method="post" action={localePath(locale, "/feedback/send")} noValidate>
        {draftToken && rejected ? <input type="hidden" name="draft" value={draftToken} /> : null}
        <ChoiceGroup
          name="kind"
          legend={t("kindLegend")}
          error={message("kind")}
          selected={[values.kind]}
          choices={feedbackKinds.map((kind) => ({ value: kind, label: t(`kind.${kind}`) }))}
        />
        <TextArea
          name="message"
          label={t("message")}
          hint={t("messageHint")}
          error={message("message")}
          defaultValue={values.message}
          rows={6}
        />
        <TextField
          name="page"
          label={t("page")}
          error={message("page")}
          defaultValue={values.page}
          autoComplete="off"
        />
        <TextField
          name="email"
          type="email"
          label={t("email")}
          error={message("email")}
          defaultValue={values.email}
          autoComplete="email"
          spellCheck={false}
        />
        <Button>{t("submit")}</Button>
      </form>
    </>
  );
}
