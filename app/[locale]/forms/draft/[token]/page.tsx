// The private "continue later" link: back to where the person stopped; once filed, the status.
import type { Metadata } from "next";
import {
  privateFormPageMetadata,
  findForm,
  findDraft,
  resumeStep,
  draftPath,
  localized,
  statusPath,
  findSubmissionByStatusToken,
} from "@/lib/forms";
import { redirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ButtonLink } from "@/components/ui/buttons";
import { berlinDate } from "@/lib/time";

export const dynamic = "force-dynamic";
export const metadata: Metadata = privateFormPageMetadata;

export default async function ResumeDraftPage({ params }: { params: Promise<{ locale: string; token: string }> }) {
  const { locale, token } = await params;
  setRequestLocale(locale);
  const lookup = await findDraft(token);
  if (lookup.kind === "draft") {
    const form = findForm(lookup.draft.formKey);
    const { values, visited, files } = lookup.draft.state;
    if (form)
      redirect(draftPath(token, resumeStep(form, values, visited, { today: berlinDate(new Date()) }, files), locale));
  }
  if (lookup.kind === "missing" && (await findSubmissionByStatusToken(token))) redirect(statusPath(token, locale));
  const t = await getTranslations("forms");
  const expired = lookup.kind === "expired";
  return (
    <>
      <h1 className="text-2xl font-bold">{expired ? t("ui.draftExpiredTitle") : t("ui.draftMissingTitle")}</h1>
      <p className="mt-2">{expired ? t("ui.draftExpired") : t("ui.draftMissing")}</p>
      <ButtonLink href={localized(locale, "/")} className="mt-6">
        {t("ui.startAgain")}
      </ButtonLink>
    </>
  );
}
