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
  const safe = location.replace(/[^\x21-\x7e]+/g, (run) => Array.from(new TextEncoder().encode(run), (byte) => `%${byte.toString(16).toUpperCase().padStart(2, "0")}`).join(""));
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

