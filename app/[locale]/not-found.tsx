import { getTranslations } from "next-intl/server";
import { LocaleLink as Link } from "@/components/ui/locale-link";

export default async function NotFound() {
  const t = await getTranslations("common");
  return (
    <>
      <h1 className="text-2xl font-bold">{t("errors.notFoundTitle")}</h1>
      <p className="mt-2">{t("errors.notFound")}</p>
      <p className="mt-4">
        <Link href="/">{t("errors.backHome")}</Link>
      </p>
    </>
  );
}
