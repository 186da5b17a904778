// A request's route pattern (`/[locale]/appointments/manage/[token]`) from its path, read off the
// build's own routes manifest: logs and metrics name the pattern, never the path, which may hold a
// manage token or a reference.
import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

const manifestRoute = z.object({ page: z.string(), regex: z.string() });
const routesManifest = z.object({
  staticRoutes: z.array(manifestRoute).default([]),
  dynamicRoutes: z.array(manifestRoute).default([]),
});
export type RoutesManifest = z.input<typeof routesManifest>;

/** What a path that matches no route of the build is logged as. */
export const UNMATCHED = "unmatched";
/** The framework's own files (scripts, styles), one pattern for all. */
const FRAMEWORK_FILES = "/_next/[...file]";

export type RouteOf = (pathname: string) => string;

/** The citizen pages' languages: the default one has no prefix in the address (`/imprint` is `/de/imprint`). */
export interface LocaleRouting {
  locales: readonly string[];
  defaultLocale: string;
}

/**
 * The matcher for a manifest: static routes first, then the dynamic ones in the manifest's order
 * (the build sorts them most specific first, as the framework matches them). A path without a
 * language prefix is matched as the locale routing serves it, under the default language.
 */
export function routeMatcher(
  manifest: RoutesManifest,
  options: { extra?: Record<string, string>; localeRouting?: LocaleRouting } = {},
): RouteOf {
  const parsed = routesManifest.parse(manifest);
  const exact = new Map<string, string>(Object.entries(options.extra ?? {}));
  const patterns = [...parsed.staticRoutes, ...parsed.dynamicRoutes].map((route) => ({
    page: route.page,
    regex: new RegExp(route.regex),
  }));
  const localized = patterns.filter((route) => route.page.startsWith("/[locale]"));
  const plain = patterns.filter((route) => !route.page.startsWith("/[locale]"));
  const match = (list: typeof patterns, pathname: string, decoded: string) =>
    list.find(({ regex }) => regex.test(pathname) || regex.test(decoded))?.page;
  const routing = options.localeRouting;
  return (pathname) => {
    const known = exact.get(pathname);
    if (known) return known;
    if (pathname.startsWith("/_next/")) return FRAMEWORK_FILES;
    let decoded = pathname;
    try {
      decoded = decodeURIComponent(pathname);
    } catch {
      return UNMATCHED;
    }
    if (!routing || routing.locales.includes(pathname.split("/")[1] ?? "")) {
      return match(plain, pathname, decoded) ?? match(localized, pathname, decoded) ?? UNMATCHED;
    }
    const prefixed = (path: string) => `/${routing.defaultLocale}${path === "/" ? "" : path}`;
    return match(plain, pathname, decoded) ?? match(localized, prefixed(pathname), prefixed(decoded)) ?? UNMATCHED;
  };
}

/** The matcher of the build in `dir`'s .next folder. */
export function buildRouteMatcher(dir: string, options: Parameters<typeof routeMatcher>[1] = {}): RouteOf {
  const file = path.join(dir, ".next", "routes-manifest.json");
  return routeMatcher(JSON.parse(readFileSync(file, "utf8")) as RoutesManifest, options);
}

/** The path of a request's target, without its query ("/a/b?x=1" → "/a/b"); "/" when unreadable. */
export function pathOf(url: string | undefined): string {
  if (!url) return "/";
  const end = url.search(/[?#]/);
  const target = end === -1 ? url : url.slice(0, end);
  return target.startsWith("/") ? target : "/";
}
