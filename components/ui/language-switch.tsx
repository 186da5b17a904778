// The language switch: plain links inside <details> to the same page, with the same query, in each
// language, so that a person on the time or details step of a booking keeps their place. Rendered on
// the server: it works the same with and without JavaScript. next-intl's middleware remembers the
// choice in a cookie.
import { languageHref } from "@/i18n/page-address";
import { localeNames, locales, type Locale } from "@/i18n/locales";

export function LanguageSwitch({ label, current, address }: { label: string; current: Locale; address: string }) {
  return (
    <details className="relative">
      <summary className="flex min-h-11 cursor-pointer items-center gap-1 rounded px-2 text-white">
        {/* An icon drawn here: old phones and headless browsers lack emoji fonts. */}
        <svg
          aria-hidden="true"
          viewBox="0 0 24 24"
          className="size-5 shrink-0"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
        >
          <circle cx="12" cy="12" r="9" />
          <path d="M3 12h18M12 3c2.5 2.5 3.8 5.5 3.8 9s-1.3 6.5-3.8 9c-2.5-2.5-3.8-5.5-3.8-9S9.5 5.5 12 3z" />
        </svg>{" "}
        {label}: {localeNames[current]}
      </summary>
      <ul className="absolute end-0 z-20 mt-1 w-56 rounded border border-line bg-white p-1 text-ink shadow-lg">
        {locales.map((locale) => (
          <li key={locale}>
            <a
              href={languageHref(locale, address)}
              hrefLang={locale}
              lang={locale}
              aria-current={locale === current ? "true" : undefined}
              className="flex min-h-11 items-center px-3 text-ink no-underline hover:bg-surface aria-[current=true]:font-bold"
            >
              {localeNames[locale]}
            </a>
          </li>
        ))}
      </ul>
    </details>
  );
}
