// The private status page of a submission.
import type { Metadata } from "next";
import { privateFormPageMetadata, findSubmissionByStatusToken } from "@/lib/forms";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { StatusView } from "@/components/forms/status-view";
import { FinishedFlowPanels } from "@/components/feedback/finished-flow-panels";
import { finishedFlow } from "@/app/[locale]/finished-flow";
import { localePath } from "@/i18n/navigation";

export const dynamic = "force-dynamic";
export const metadata: Metadata = privateFormPageMetadata;

export default async function SubmissionStatusPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string; token: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { locale, token } = await params;
  setRequestLocale(locale);
  const submission = await findSubmissionByStatusToken(token);
  const t = await getTranslations("forms");
  if (!submission) {
    return (
      <>
        <h1 className="text-2xl font-bold">{t("status.notFoundTitle")}</h1>
        <p className="mt-2">{t("status.notFound")}</p>
      </>
    );
  }
  const query = await searchParams;
  const problem =
    typeof query.problem === "string" && ["empty", "file", "closed"].includes(query.problem)
      ? (query.problem as "empty" | "file" | "closed")
      : null;
  const filed = query.filed === "1";
  return (
    <>
      <StatusView
        submission={submission}
        filed={filed}
        answerAction={localePath(locale, `/forms/status/${token}/answer`)}
        answered={query.answered === "1"}
        problem={problem}
      />
      {filed ? <FinishedFlowPanels locale={locale} {...await finishedFlow(submission.journeyId)} /> : null}
    </>
  );
}
