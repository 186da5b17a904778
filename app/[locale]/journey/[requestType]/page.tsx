// Step 2: for whom, the stated preference and the optional situation questions. An emergency shows
// the emergency information before anything else and asks nothing but for whom.
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { EmergencyInfo } from "@/components/journey/emergency-info";
import { PreferenceForm } from "@/components/journey/preference-form";
import { ErrorSummary } from "@/components/ui/error-summary";
import { localePath } from "@/i18n/navigation";
import {
  errorsFromQuery,
  preferenceErrorMessages,
  readPreferenceForm,
  type PreferenceFormField,
  findRequestType,
  toSearchParams,
  type SearchParamsRecord,
  requestTypeText,
  type JourneyTranslator,
} from "@/lib/journey";

export const dynamic = "force-dynamic";

interface Props {
  params: Promise<{ locale: string; requestType: string }>;
  searchParams: Promise<SearchParamsRecord>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, requestType: key } = await params;
  const type = await findRequestType(key);
  if (!type) return {};
  const t = (await getTranslations({ locale, namespace: "journey" })) as unknown as JourneyTranslator;
  return { title: `${requestTypeText(type, locale).title}: ${t("preference.title")}` };
}

export default async function PreferencePage({ params, searchParams }: Props) {
  const { locale, requestType: key } = await params;
  setRequestLocale(locale);
  const type = await findRequestType(key);
  // An unknown type goes back to the choice (notFound() would leave a page without JavaScript empty).
  if (!type) redirect(localePath(locale, "/"));
  const t = await getTranslations("journey");
  const common = await getTranslations("common");
  const query = toSearchParams(await searchParams);
  const values = readPreferenceForm(query);
  const errors = errorsFromQuery(query.get("errors") ?? undefined);
  const text = requestTypeText(type, locale);
  const other = (language: string) => (language === locale ? undefined : language);
  const summary = (Object.keys(errors) as PreferenceFormField[]).map((field) => ({
    fieldId: field,
    message: t(`preference.${preferenceErrorMessages[errors[field]!]}`),
  }));
  return (
    <>
      {type.isEmergency ? <EmergencyInfo /> : null}
      <ErrorSummary title={common("errors.summaryTitle")} errors={summary} />
      <p className="font-semibold text-muted" lang={other(text.titleLanguage)}>
        {text.title}
      </p>
      <h1 className="mb-2 text-2xl font-bold">{t("preference.title")}</h1>
      <p className="preserve-lines mb-6" lang={other(text.descriptionLanguage)}>
        {text.description}
      </p>
      <PreferenceForm
        action={localePath(locale, `/journey/${type.key}/recommend`)}
        values={values}
        errors={errors}
        emergency={type.isEmergency}
      />
      <p className="mt-6">
        <a href={localePath(locale, "/")} className="inline-flex min-h-11 items-center">
          {t("preference.back")}
        </a>
      </p>
    </>
  );
}
