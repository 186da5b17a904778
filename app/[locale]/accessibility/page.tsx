// Accessibility statement (BITV 2.0 § 7): status, the parts not yet accessible, how it was made,
// the feedback way and the conciliation procedure (§ 16 BGG).
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { InfoSection } from "@/components/info/info-section";
import { localePath } from "@/i18n/navigation";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "pages.accessibility" });
  return { title: t("title") };
}

const GAPS = ["signLanguage", "plainLanguage", "translations", "external", "documents"] as const;

export default async function AccessibilityPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("pages.accessibility");
  return (
    <>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-2">{t("intro")}</p>
      <InfoSection id="status" heading={t("status.heading")} body={t("status.body")} />
      <InfoSection id="gaps" heading={t("gaps.heading")}>
        <ul className="mt-2 list-disc ps-6">
          {GAPS.map((gap) => (
            <li key={gap} className="mt-1">
              {t(`gaps.${gap}`)}
            </li>
          ))}
        </ul>
      </InfoSection>
      <InfoSection id="method" heading={t("method.heading")} body={t("method.body")} />
      <InfoSection id="feedback" heading={t("feedback.heading")} body={t("feedback.body")}>
        <p className="mt-2">
          <a
            href={`${localePath(locale, "/feedback")}?kind=barrier`}
            className="inline-flex min-h-11 items-center font-semibold"
          >
            {t("feedback.link")}
          </a>
        </p>
        <p>{t("feedback.phone")}</p>
      </InfoSection>
      <InfoSection id="conciliation" heading={t("conciliation.heading")} body={t("conciliation.body")}>
        <address className="preserve-lines mt-3 not-italic">{t("conciliation.address")}</address>
        <p className="mt-2">
          <a href="https://www.schlichtungsstelle-bgg.de" className="inline-flex min-h-11 items-center">
            {t("conciliation.website")}
          </a>
        </p>
      </InfoSection>
    </>
  );
}
