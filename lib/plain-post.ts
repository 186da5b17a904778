// The pieces every route handler of a plain HTML form post shares (citizen pages work without
// JavaScript, so their forms post to route handlers rather than to server actions, which React
// renders with an empty action attribute, invalid HTML). Post/redirect/get: the handler answers
// 303 See Other and the browser follows with a GET. Never next/navigation's redirect() in a route
// handler: there it answers 307, and the browser would post the form a second time.
import { defaultLocale, isLocale, type Locale } from "@/i18n/locales";
import { getEnv } from "@/lib/env";

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

/** Where the portal is reached, as far as a same-origin check is concerned. */
export interface OriginSettings {
  /** the configured public URL (PUBLIC_BASE_URL, else NEXTAUTH_URL); unset in a bare development start */
  publicUrl?: string;
  /** TRUSTED_PROXY_HOPS: only behind at least one trusted proxy do X-Forwarded-Host and -Proto count */
  trustedProxyHops: number;
}

function originSettings(): OriginSettings {
  const env = getEnv();
  return { publicUrl: env.PUBLIC_BASE_URL ?? env.NEXTAUTH_URL, trustedProxyHops: env.TRUSTED_PROXY_HOPS };
}

/** The last entry of a comma-separated header: the one the nearest (trusted) proxy set. */
const lastEntry = (value: string | null) => value?.split(",").at(-1)?.trim() || null;

/**
 * This site's origin (scheme, host and port): the configured public URL when there is one. Without
 * one (a development start) it is what the request says: Host and the request's scheme, or, behind
 * a trusted proxy, the X-Forwarded-Host and X-Forwarded-Proto it set. A client's own forwarded
 * headers never count without a trusted proxy: anyone can send them.
 */
export function expectedOrigin(request: Request, settings: OriginSettings = originSettings()): string | null {
  if (settings.publicUrl) return new URL(settings.publicUrl).origin;
  const behindProxy = settings.trustedProxyHops >= 1;
  const host = (behindProxy ? lastEntry(request.headers.get("x-forwarded-host")) : null) ?? request.headers.get("host");
  const scheme =
    (behindProxy ? lastEntry(request.headers.get("x-forwarded-proto")) : null) ??
    new URL(request.url).protocol.replace(":", "");
  if (!host || !/^https?$/.test(scheme)) return null;
  try {
    return new URL(`${scheme}://${host}`).origin;
  } catch {
    return null;
  }
}

/**
 * Whether a post was sent from a page of this site: its Origin is this site's origin, scheme, host
 * and port alike. Citizen posts need no such check: they act only on what an unguessable token in
 * the form or the path names. A route handler that acts on a signed-in session cookie does, so that
 * another site cannot post with it. Browsers send Origin with every post; a client without it
 * carries no browser's cookies.
 */
export function isSameOriginPost(request: Request, settings?: OriginSettings): boolean {
  const origin = request.headers.get("origin");
  if (origin === null) return true;
  const expected = expectedOrigin(request, settings);
  try {
    return expected !== null && new URL(origin).origin === expected;
  } catch {
    return false;
  }
}

/**
 * The answer to a post from another site (isSameOriginPost false): 403 in plain words, naming the
 * address the portal is set up at, so that someone who opened it under another name for the same
 * machine (127.0.0.1 for localhost, say) knows where to send the form from.
 */
export function crossOriginRefusal(request: Request, settings?: OriginSettings): Response {
  const expected = expectedOrigin(request, settings);
  const text = [
    "Anfrage von einer fremden Seite abgelehnt.",
    expected
      ? `Das Portal ist unter ${expected} eingerichtet: Bitte öffnen Sie es dort und senden Sie das Formular noch einmal.`
      : null,
  ]
    .filter(Boolean)
    .join(" ");
  return new Response(text, {
    status: 403,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}

/**
 * The request header the edge (proxy.ts) sets on a request nobody will look at: a HEAD request or
 * a browser's or the router's prefetch. A client's own header of this name is removed there first.
 */
export const UNSEEN_HEADER = "x-zugang-unseen";

/** HEAD, or a prefetch (Next-Router-Prefetch, Purpose: prefetch, Sec-Purpose: prefetch…): nothing is shown to anyone. */
export function isUnseenRequest(request: Request): boolean {
  const { headers } = request;
  return (
    request.method === "HEAD" ||
    headers.has("next-router-prefetch") ||
    /prefetch/i.test(headers.get("purpose") ?? "") ||
    /prefetch/i.test(headers.get("sec-purpose") ?? "")
  );
}
