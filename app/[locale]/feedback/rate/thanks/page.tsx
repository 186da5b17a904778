// Thank-you page after a rating was saved.
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { localePath } from "@/i18n/navigation";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "questionnaire.rating" });
  return { title: t("thanksTitle"), robots: { index: false } };
}

export default async function RatingThanksPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("questionnaire");
  return (
    <>
      <div role="status" className="border-s-4 border-brand bg-surface p-4">
        <h1 className="text-2xl font-bold">{t("rating.thanksTitle")}</h1>
        <p className="mt-2">{t("rating.thanksText")}</p>
      </div>
      <p className="mt-6">
        <a href={localePath(locale, "/")} className="inline-flex min-h-11 items-center">
          {t("home")}
        </a>
      </p>
    </>
  );
}
