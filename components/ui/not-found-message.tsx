// "This page does not exist", in the page's language, with the way back to the start.
// Pages show it in place: notFound() inside app/[locale] leaves the page empty without JavaScript.
import { getTranslations } from "next-intl/server";
import { LocaleLink } from "@/components/ui/locale-link";

export async function NotFoundMessage() {
  const t = await getTranslations("common");
  return (
    <>
      <h1 className="text-2xl font-bold">{t("errors.notFoundTitle")}</h1>
      <p className="mt-2">{t("errors.notFound")}</p>
      <p className="mt-4">
        <LocaleLink href="/">{t("errors.backHome")}</LocaleLink>
      </p>
    </>
  );
}
