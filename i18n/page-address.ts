// The address of the citizen page being answered, without its language prefix ("/appointments/new/
// time?requestType=…"). The proxy passes it on in a request header, so that the page frame (language
// switch, alternate-language links) knows the page and its query without every page handing them down.
import { defaultLocale, isLocale, locales } from "./locales";
import { localePath } from "./navigation";

export const PAGE_ADDRESS_HEADER = "x-zugang-page";

/** The address to pass on for a request path (still percent-encoded) and its query ("" or "?…"). */
export function pageAddress(pathname: string, search: string): string {
  const [, first, ...rest] = pathname.split("/");
  const path = isLocale(first) ? `/${rest.join("/")}` : pathname;
  return `${path}${search}`;
}

/**
 * The header's value as a same-site address: "/" when it is missing, and never "//host", which a
 * browser would read as another site.
 */
export function readPageAddress(value: string | null): string {
  if (!value) return "/";
  return `/${value.replace(/^[/\\]+/, "")}`;
}

function split(address: string): { path: string; search: string } {
  const at = address.indexOf("?");
  return at === -1 ? { path: address, search: "" } : { path: address.slice(0, at), search: address.slice(at) };
}

/**
 * The same page with the same query in another language. Always prefixed: /de/… stores the choice in
 * next-intl's cookie and redirects to the unprefixed German address, query kept.
 */
export function languageHref(locale: string, address: string): string {
  const { path, search } = split(address);
  return `/${locale}${path === "/" ? "" : path}${search}`;
}

/** The page in every language for <link rel="alternate" hreflang>: paths only, a query is private. */
export function alternateLanguages(address: string): Record<string, string> {
  const { path } = split(address);
  const languages: Record<string, string> = Object.fromEntries(
    locales.map((locale) => [locale, localePath(locale, path)]),
  );
  languages["x-default"] = localePath(defaultLocale, path);
  return languages;
}
