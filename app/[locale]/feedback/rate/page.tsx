// The rating form on a page of its own: where a refused rating comes back with its message and its
// comment kept (draft token in the URL), or where a rating can be given without a finished page.
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { RatingForm } from "@/components/feedback/rating-form";
import { ErrorSummary } from "@/components/ui/error-summary";
import { loadRejectedRating, MESSAGE_MAX } from "@/lib/feedback";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ draft?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "questionnaire.rating" });
  return { title: t("title"), robots: { index: false } };
}

export default async function RatingPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const raw = (await searchParams).draft;
  const rejected = await loadRejectedRating(Array.isArray(raw) ? raw[0] : raw);
  const t = await getTranslations("questionnaire.rating");
  const common = await getTranslations("common");
  const errors = rejected?.errors ?? {};
  const summary = [
    ...(errors.comment ? [{ fieldId: "comment", message: t(`errors.${errors.comment}`, { max: MESSAGE_MAX }) }] : []),
    ...(errors.rating ? [{ fieldId: "rating", message: t(`errors.${errors.rating}`, { max: MESSAGE_MAX }) }] : []),
  ];
  return (
    <>
      <ErrorSummary title={common("errors.summaryTitle")} errors={summary} />
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <RatingForm
        locale={locale}
        journeyId={rejected?.values.journey || null}
        comment={rejected?.values.comment}
        errors={{ comment: errors.comment, rating: errors.rating }}
        maxComment={MESSAGE_MAX}
      />
    </>
  );
}
