// Start page: the request types, read from the database.
import { getTranslations, setRequestLocale } from "next-intl/server";
import { listRequestTypes, localized } from "@/lib/journey/request-types";

export const dynamic = "force-dynamic";

export default async function StartPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("common");
  const requestTypes = await listRequestTypes();
  return (
    <>
      <h1 className="text-2xl font-bold">{t("home.title")}</h1>
      <p className="mt-2">{t("home.intro")}</p>
      <p className="mt-4 border-s-4 border-accent bg-surface p-3 font-semibold" role="note">
        {t("home.emergency")}
      </p>
      <h2 className="mt-6 text-xl font-bold">{t("home.requestTypes")}</h2>
      <ul className="mt-2 flex flex-col gap-2" data-testid="request-types">
        {requestTypes.map((type) => (
          <li key={type.key} className="rounded border border-line p-3">
            <span className="block font-semibold">{localized(type.title, locale)}</span>
            <span className="block text-muted">{localized(type.description, locale)}</span>
          </li>
        ))}
      </ul>
    </>
  );
}
