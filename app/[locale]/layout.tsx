// Layout of every citizen page: language, writing direction, header with language switch, footer
// with the pages BITV requires. Messages are not sent to the browser: citizen pages render on the server.
import type { Metadata } from "next";
import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { SiteShell } from "@/components/ui/site-shell";
import { currentPageAddress } from "@/i18n/current-page";
import { alternateLanguages } from "@/i18n/page-address";
import { htmlLang, routing, rtlLocales, type Locale } from "@/i18n/routing";
import { publicBaseUrl } from "@/lib/env";

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: hasLocale(routing.locales, locale) ? locale : "de", namespace: "common" });
  return {
    title: { default: t("site.name"), template: `%s – ${t("site.name")}` },
    description: t("site.tagline"),
    // The page in the other languages, in the page rather than a Link header whose size grows with the path.
    metadataBase: new URL(publicBaseUrl()),
    alternates: { languages: alternateLanguages(await currentPageAddress()) },
  };
}

export default async function LocaleLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  return (
    <html lang={htmlLang(locale as Locale)} dir={rtlLocales.includes(locale as Locale) ? "rtl" : "ltr"}>
      <body>
        <SiteShell locale={locale as Locale}>{children}</SiteShell>
      </body>
    </html>
  );
}
