// Imprint (demo data: the publisher named in the research summary).
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "pages.imprint" });
  return { title: t("title") };
}

export default async function ImprintPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("pages.imprint");
  return (
    <>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <h2 className="mt-6 text-xl font-bold">{t("publisher")}</h2>
      <address className="preserve-lines mt-2 not-italic">{t("address")}</address>
      <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4">
        <dt className="font-semibold">{t("phone")}</dt>
        <dd>
          <a href="tel:+4962117238333" dir="ltr" className="inline-flex min-h-11 items-center">
            0621 - 17238-333
          </a>
        </dd>
        <dt className="font-semibold">{t("fax")}</dt>
        <dd dir="ltr" className="text-start">
          0621 - 17238-550
        </dd>
      </dl>
      <p className="mt-6 text-muted">{t("demo")}</p>
    </>
  );
}
