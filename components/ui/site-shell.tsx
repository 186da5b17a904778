// Frame of every citizen page: skip link, header with the language switch, main, footer links.
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { LocaleLink as Link } from "@/components/ui/locale-link";
import { currentPageAddress } from "@/i18n/current-page";
import type { Locale } from "@/i18n/routing";
import { LanguageSwitch } from "./language-switch";

export async function SiteShell({ locale, children }: { locale: Locale; children: ReactNode }) {
  const t = await getTranslations({ locale, namespace: "common" });
  const address = await currentPageAddress();
  const footerLinks = [
    ["/feedback", t("footer.feedback")],
    ["/accessibility", t("footer.accessibility")],
    ["/plain-language", t("footer.plainLanguage")],
    ["/sign-language", t("footer.signLanguage")],
    ["/privacy", t("footer.privacy")],
    ["/imprint", t("footer.imprint")],
  ] as const;
  return (
    <>
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:start-2 focus:top-2 focus:z-10 focus:bg-white focus:p-3"
      >
        {t("nav.skip")}
      </a>
      <header className="bg-brand text-white">
        <div className="mx-auto flex max-w-3xl flex-wrap items-center justify-between gap-2 px-4 py-2">
          <Link
            href="/"
            className="flex min-h-11 items-center text-lg font-bold text-white no-underline hover:text-white"
          >
            {t("site.name")}
          </Link>
          <LanguageSwitch label={t("nav.languageSwitch")} current={locale} address={address} />
        </div>
      </header>
      <main id="main" tabIndex={-1} className="mx-auto max-w-3xl px-4 py-6 outline-none">
        {children}
      </main>
      <footer className="mt-8 border-t border-line bg-surface">
        <nav aria-label={t("footer.label")} className="mx-auto max-w-3xl px-4 py-4">
          <ul className="flex flex-col gap-1 sm:flex-row sm:flex-wrap sm:gap-x-6">
            {footerLinks.map(([href, label]) => (
              <li key={href}>
                <Link href={href} className="inline-flex min-h-11 items-center">
                  {label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </footer>
    </>
  );
}
