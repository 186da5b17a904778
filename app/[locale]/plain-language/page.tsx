// Information in plain language (BITV 2.0 § 4): what the portal is and how it works, in short lines.
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { InfoSection } from "@/components/info/info-section";
import { localePath } from "@/i18n/navigation";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "pages.plainLanguage" });
  return { title: t("title") };
}

const SECTIONS = ["what", "how", "ways", "help", "emergency"] as const;

export default async function PlainLanguagePage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("pages.plainLanguage");
  return (
    <>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      {locale === "de-x-ls" ? null : (
        <p className="mt-2 border-s-4 border-brand bg-surface p-3">
          {t("switch")}{" "}
          <a href={localePath("de-x-ls", "/")} hrefLang="de-x-ls" lang="de-x-ls" className="font-semibold">
            {t("switchLink")}
          </a>
        </p>
      )}
      {SECTIONS.map((section) => (
        <InfoSection key={section} id={section} heading={t(`${section}.heading`)} body={t(`${section}.body`)} />
      ))}
    </>
  );
}
