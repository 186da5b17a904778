// Information in German Sign Language (BITV 2.0 § 4): the page's structure, one section per topic,
// each with a marked place for its DGS video (the videos are still to be recorded).
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { InfoSection } from "@/components/info/info-section";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "pages.signLanguage" });
  return { title: t("title") };
}

const SECTIONS = ["welcome", "portal", "appointments", "contact", "accessibility"] as const;

export default async function SignLanguagePage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("pages.signLanguage");
  return (
    <>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-2">{t("intro")}</p>
      {SECTIONS.map((section) => (
        <InfoSection key={section} id={section} heading={t(`${section}.heading`)}>
          {/* The DGS video of this section belongs here: <video controls> with captions (<track kind="captions">). */}
          <div
            className="mt-2 flex aspect-video items-center justify-center border-2 border-dashed border-line bg-surface p-4 text-center"
            data-video-slot={section}
          >
            <p className="font-semibold">{t("videoPending")}</p>
          </div>
          <p className="mt-2">{t(`${section}.body`)}</p>
        </InfoSection>
      ))}
    </>
  );
}
