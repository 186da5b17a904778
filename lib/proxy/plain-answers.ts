// The short answers the proxy gives by itself, before any page renders: 400 for a path that is not
// valid percent-encoding, 414 for an address too long, 413 for a body over the limit, 503 while the database is unreachable. A small HTML page in the language
// of the path for pages (German for the staff area), JSON for the API.
import { isLocale, rtlLocales, type Locale } from "@/i18n/locales";
import { localePath } from "@/i18n/navigation";
import { escapeHtml } from "@/lib/html";

/** Where a path belongs: each area has its own kind of answer. */
export type Area = "citizen" | "staff" | "display" | "api";

/** Seconds a browser is asked to wait before trying again while the database is down. */
export const RETRY_AFTER_SECONDS = 30;

export function areaOf(pathname: string): Area {
  if (pathname === "/api" || pathname.startsWith("/api/")) return "api";
  if (pathname === "/staff" || pathname.startsWith("/staff/")) return "staff";
  // The waiting room's screens and printed tickets: German, outside the citizen pages' language routing.
  if (pathname === "/display" || pathname.startsWith("/display/")) return "display";
  return "citizen";
}

/**
 * The longest address (path and query) answered. Next.js repeats the address in a response header
 * (the internal rewrite of German pages, a redirect's Location): bounding it bounds the headers.
 * The portal's own addresses stay far below it.
 */
export const MAX_ADDRESS_LENGTH = 2048;

/** 400 for a path some percent-escape of which is not UTF-8 (`%ff`, `%c0%ae`), 414 for one too long. */
export function addressProblem(pathname: string, search: string): 400 | 414 | undefined {
  if (pathname.length + search.length > MAX_ADDRESS_LENGTH) return 414;
  try {
    decodeURIComponent(pathname);
    return undefined;
  } catch {
    return 400;
  }
}

/** The language of a citizen path's prefix; German (the unprefixed default) otherwise. */
function pathLocale(pathname: string, area: Area): Locale {
  const first = pathname.split("/")[1] ?? "";
  return area === "citizen" && isLocale(first) ? first : "de";
}

async function plainPage(
  status: number,
  message: "unavailable" | "badAddress" | "tooLarge",
  pathname: string,
  area: Area,
  nonce: string,
  headers: Record<string, string> = {},
) {
  const locale = pathLocale(pathname, area);
  const [proxy, common] = await Promise.all(
    ["proxy", "common"].map(async (namespace) => (await import(`../../messages/${locale}/${namespace}.json`)).default),
  );
  const { title, text: template } = proxy[message] as { title: string; text: string };
  const text = template.replace("{limit}", String(BODY_LIMIT_BYTES / 1024 / 1024));
  const home = area === "staff" ? "/staff" : area === "display" ? "/" : localePath(locale, "/");
  // The one <style> carries the request's nonce: the Content-Security-Policy allows no other.
  const html = `<!DOCTYPE html>
<html lang="${locale}" dir="${rtlLocales.includes(locale) ? "rtl" : "ltr"}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">
<title>${escapeHtml(title)} – ${escapeHtml(common.site.name)}</title>
<style nonce="${nonce}">body{font-family:system-ui,sans-serif;line-height:1.5;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}p{white-space:pre-line}a{color:#00497a}</style></head>
<body><main><h1>${escapeHtml(title)}</h1><p>${escapeHtml(text)}</p><p><a href="${home}">${escapeHtml(common.errors.backHome)}</a></p></main></body></html>
`;
  return new Response(html, {
    status,
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store", ...headers },
  });
}

/** The answer to an address that cannot be read (400) or is too long (414): a short page, or JSON under /api. */
export async function badAddress(status: 400 | 414, pathname: string, nonce: string): Promise<Response> {
  const area = areaOf(pathname);
  if (area === "api") {
    const message = status === 414 ? "The address is too long." : "The path is not valid percent-encoding.";
    return Response.json({ error: "bad-address", message }, { status, headers: { "Cache-Control": "no-store" } });
  }
  return plainPage(status, "badAddress", pathname, area, nonce);
}

/**
 * The largest request body taken: ten files of 10 MB and 1 MB for the rest of a form (lib/forms,
 * MAX_FILES and MAX_FILE_BYTES). next.config.js lets the proxy read bodies that large, and
 * plain-answers.test.ts keeps the three equal.
 */
export const BODY_LIMIT_BYTES = 101 * 1024 * 1024;

/** Whether a request says it carries more than the limit: answered 413 before anything reads the body. */
export function bodyTooLarge(headers: Headers): boolean {
  return Number(headers.get("content-length") ?? 0) > BODY_LIMIT_BYTES;
}

/** 413 with the limit in the message: JSON under /api, else a short page in the language of the path. */
export async function tooLarge(pathname: string, nonce: string): Promise<Response> {
  const area = areaOf(pathname);
  const megabytes = BODY_LIMIT_BYTES / 1024 / 1024;
  if (area === "api")
    return Response.json(
      { error: "too-large", message: `The request is larger than ${megabytes} MB, the most this API takes.` },
      { status: 413, headers: { "Cache-Control": "no-store", Connection: "close" } },
    );
  return plainPage(413, "tooLarge", pathname, area, nonce, { Connection: "close" });
}

/** 503 with Retry-After for a page while the database is unreachable. */
export function databaseUnavailable(pathname: string, nonce: string): Promise<Response> {
  return plainPage(503, "unavailable", pathname, areaOf(pathname), nonce, {
    "Retry-After": String(RETRY_AFTER_SECONDS),
  });
}
