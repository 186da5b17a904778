// What the sign-in routes (/api/auth/*) let through to next-auth. next-auth answers 500 to some
// input it does not expect (a GET of the credentials callback, a body that is not JSON under a JSON
// content type, a control character in callbackUrl, which ends up in a cookie or a Location
// header, or a callbackUrl that is neither a path nor an http(s) address); such requests are
// refused here, before next-auth sees them.
import { hasControlCharacters } from "@/lib/validation";

/** The id of the single sign-on provider (OpenID Connect), in next-auth's addresses and in auth.ts. */
export const SINGLE_SIGN_ON_PROVIDER = "oidc";

/** The actions next-auth serves, by method. */
const ACTIONS: Record<string, ReadonlySet<string>> = {
  GET: new Set(["session", "csrf", "providers", "signin", "signout", "error", "callback"]),
  POST: new Set(["signin", "callback", "signout", "session", "_log"]),
};
/**
 * The providers each action takes as its second segment, by method. The credentials callback
 * takes posts only (a GET makes next-auth answer 500); the identity provider sends the browser back
 * to the single sign-on callback with a GET (code and state in the query).
 */
const PROVIDER_ROUTES: Record<string, Record<string, ReadonlySet<string>>> = {
  GET: {
    signin: new Set(["credentials", SINGLE_SIGN_ON_PROVIDER]),
    callback: new Set([SINGLE_SIGN_ON_PROVIDER]),
  },
  POST: {
    signin: new Set(["credentials", SINGLE_SIGN_ON_PROVIDER]),
    callback: new Set(["credentials"]),
  },
};

/** next-auth's own forms carry a few short fields; anything larger is not one of them. */
export const MAX_AUTH_BODY_BYTES = 16 * 1024;

export type AuthRequestProblem = "unknown-route" | "bad-query" | "bad-body" | "too-large" | "unsupported-type";

export type AuthRequestCheck = { ok: true; body?: string } | { ok: false; problem: AuthRequestProblem };

/** Whether a method and path (the segments after /api/auth/) name something next-auth serves. */
export function isKnownAuthRoute(method: string, segments: readonly string[]): boolean {
  const [action, provider, ...rest] = segments;
  if (rest.length > 0 || !action || !ACTIONS[method]?.has(action)) return false;
  if (provider === undefined) return action !== "callback";
  return PROVIDER_ROUTES[method]?.[action]?.has(provider) === true;
}

function isCleanText(value: string): boolean {
  return !hasControlCharacters(value);
}

/** A callbackUrl next-auth takes: a path of this site, or an http(s) address (another site's is sent home by next-auth). */
export function isCallbackUrl(value: string): boolean {
  if (value.startsWith("/")) return true;
  try {
    return /^https?:$/.test(new URL(value).protocol);
  } catch {
    return false;
  }
}

/** The fields of a query or form: each clean, and a callbackUrl one next-auth takes. */
const cleanFields = (fields: [string, string][]) =>
  fields.every(
    ([key, value]) => isCleanText(key) && isCleanText(value) && (key !== "callbackUrl" || isCallbackUrl(value)),
  );

function isCleanJson(value: unknown): boolean {
  if (typeof value === "string") return isCleanText(value);
  if (value === null || typeof value === "number" || typeof value === "boolean") return true;
  if (Array.isArray(value)) return value.every(isCleanJson);
  if (typeof value === "object")
    return Object.entries(value).every(([key, entry]) => isCleanText(key) && isCleanJson(entry));
  return false;
}

/** A posted body: empty, form-encoded or a JSON object, with no control character anywhere. */
export function checkAuthBody(contentType: string | null, body: string): AuthRequestCheck {
  if (new TextEncoder().encode(body).length > MAX_AUTH_BODY_BYTES) return { ok: false, problem: "too-large" };
  if (body === "") return { ok: true, body };
  const type = (contentType ?? "").split(";")[0].trim().toLowerCase();
  if (type === "application/x-www-form-urlencoded") {
    return cleanFields([...new URLSearchParams(body)]) ? { ok: true, body } : { ok: false, problem: "bad-body" };
  }
  if (type === "application/json") {
    try {
      const parsed: unknown = JSON.parse(body);
      const isObject = typeof parsed === "object" && parsed !== null && !Array.isArray(parsed);
      const callbackUrl = isObject ? (parsed as Record<string, unknown>).callbackUrl : undefined;
      const goodCallback = callbackUrl === undefined || (typeof callbackUrl === "string" && isCallbackUrl(callbackUrl));
      return isObject && isCleanJson(parsed) && goodCallback ? { ok: true, body } : { ok: false, problem: "bad-body" };
    } catch {
      return { ok: false, problem: "bad-body" };
    }
  }
  return { ok: false, problem: "unsupported-type" };
}

/** The whole request: route, query string and (for a post) its body, which it reads. */
export async function checkAuthRequest(request: Request, segments: readonly string[]): Promise<AuthRequestCheck> {
  const method = request.method === "HEAD" ? "GET" : request.method;
  if (!isKnownAuthRoute(method, segments)) return { ok: false, problem: "unknown-route" };
  if (!cleanFields([...new URL(request.url).searchParams])) return { ok: false, problem: "bad-query" };
  if (method !== "POST") return { ok: true };
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > MAX_AUTH_BODY_BYTES) return { ok: false, problem: "too-large" };
  let body: string;
  try {
    body = await request.text();
  } catch {
    return { ok: false, problem: "bad-body" };
  }
  return checkAuthBody(request.headers.get("content-type"), body);
}
