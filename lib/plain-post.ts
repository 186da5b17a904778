// The pieces every route handler of a plain HTML form post shares (citizen pages work without
// JavaScript, so their forms post to route handlers rather than to server actions, which React
// renders with an empty action attribute, invalid HTML). Post/redirect/get: the handler answers
// 303 See Other and the browser follows with a GET. Never next/navigation's redirect() in a route
// handler: there it answers 307, and the browser would post the form a second time.
import { defaultLocale, isLocale, type Locale } from "@/i18n/locales";

/**
 * 303 See Other to a location, never cached. Characters a header cannot carry (a line break, a
 * letter outside ASCII from a garbled token in the path) are percent-encoded, so that bad input
 * cannot make the answer itself fail.
 */
export function seeOther(location: string): Response {
  const safe = location.replace(/[^\x21-\x7e]+/g, (run) =>
    Array.from(new TextEncoder().encode(run), (byte) => `%${byte.toString(16).toUpperCase().padStart(2, "0")}`).join(
      "",
    ),
  );
  return new Response(null, { status: 303, headers: { Location: safe, "Cache-Control": "no-store" } });
}

/** The posted form; an unreadable body (wrong content type, cut off) reads as an empty form. */
export async function readForm(request: Request): Promise<FormData> {
  try {
    return await request.formData();
  } catch {
    return new FormData();
  }
}

/** The [locale] segment of a citizen route; anything unknown falls back to German. */
export function routeLocale(raw: string): Locale {
  return isLocale(raw) ? raw : defaultLocale;
}

/**
 * Whether a post was sent from a page of this site (its Origin names this host). Citizen posts need
 * no such check: they act only on what an unguessable token in the form or the path names. A route
 * handler that acts on a signed-in session cookie does, so that another site cannot post with it.
 * Browsers send Origin with every post; a client without it carries no browser's cookies.
 */
export function isSameOriginPost(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (origin === null) return true;
  // Behind several proxies the first forwarded host is the one the browser spoke to.
  const host = (request.headers.get("x-forwarded-host") ?? request.headers.get("host"))?.split(",")[0].trim();
  try {
    return !!host && new URL(origin).host === host;
  } catch {
    return false;
  }
}
