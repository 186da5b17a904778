// Privacy notice: what is stored, why, and for how long.
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { InfoSection } from "@/components/info/info-section";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "pages.privacy" });
  return { title: t("title") };
}

const SECTIONS = ["controller", "journey", "appointments", "feedback", "cookies", "rights"] as const;

export default async function PrivacyPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("pages.privacy");
  return (
    <>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-2">{t("intro")}</p>
      {SECTIONS.map((section) => (
        <InfoSection key={section} id={section} heading={t(`${section}.heading`)} body={t(`${section}.body`)} />
      ))}
    </>
  );
}
