// Start page: the emergency entry, the request types (from the database) and a short privacy line.
import { getTranslations, setRequestLocale } from "next-intl/server";
import { RequestTypeList } from "@/components/journey/request-type-list";
import { TitledSection } from "@/components/ui/titled-section";
import { localePath } from "@/i18n/navigation";
import { listRequestTypes, requestTypeText } from "@/lib/journey";

export const dynamic = "force-dynamic";

export default async function StartPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("journey");
  const types = await listRequestTypes();
  const emergency = types.find((type) => type.isEmergency);
  const choices = types
    .filter((type) => !type.isEmergency)
    .map((type) => {
      const text = requestTypeText(type, locale);
      // German standing in for a language left empty is marked as German (screen readers switch voice).
      const other = (language: string) => (language === locale ? undefined : language);
      return {
        key: type.key,
        title: text.title,
        description: text.description,
        titleLanguage: other(text.titleLanguage),
        descriptionLanguage: other(text.descriptionLanguage),
      };
    });
  return (
    <>
      <h1 className="text-2xl font-bold">{t("start.title")}</h1>
      <p className="preserve-lines mt-2">{t("start.intro")}</p>
      {emergency ? (
        <TitledSection
          id="emergency-entry"
          title={t("start.emergencyTitle")}
          intro={t("start.emergencyText")}
          preserveLines
          className="mt-4 border-s-4 border-accent bg-surface p-4"
        >
          <a
            href={localePath(locale, `/journey/${emergency.key}`)}
            className="mt-2 inline-flex min-h-11 items-center rounded bg-accent px-4 py-2 font-bold text-white! no-underline hover:bg-red-900"
          >
            {t("start.emergencyLink")}
          </a>
        </TitledSection>
      ) : null}
      <h2 className="mt-6 text-xl font-bold">{t("start.listTitle")}</h2>
      <p className="preserve-lines mt-1 text-muted">{t("start.helper")}</p>
      <RequestTypeList locale={locale} types={choices} />
      <p className="mt-6 text-sm">
        {t("start.privacy")} <a href={localePath(locale, "/privacy")}>{t("start.privacyLink")}</a>
      </p>
    </>
  );
}
