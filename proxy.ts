// The request edge of every answer but the framework's static files: a Content-Security-Policy with a
// fresh script nonce; 400 for a path that is not valid percent-encoding and 414 for an address too
// long (both would otherwise end in a 500 or in oversized headers); 503 for pages while the
// database is unreachable; next-intl's locale routing for the citizen pages, which learn their own
// address (with its query) from a request header, for the language switch; a HEAD or prefetch
// request is marked, so that what it renders is not recorded as seen.
import createMiddleware from "next-intl/middleware";
import { NextRequest, NextResponse } from "next/server";
import { PAGE_ADDRESS_HEADER, pageAddress } from "./i18n/page-address";
import { routing } from "./i18n/routing";
import { getEnv } from "./lib/env";
import { isUnseenRequest, UNSEEN_HEADER } from "./lib/plain-post";
import { contentSecurityPolicy, newNonce } from "./lib/proxy/content-security-policy";
import { databaseReachable } from "./lib/proxy/database-state";
import {
  addressProblem,
  areaOf,
  badAddress,
  bodyTooLarge,
  databaseUnavailable,
  tooLarge,
} from "./lib/proxy/plain-answers";

const localeRouting = createMiddleware(routing);

async function answer(request: NextRequest, policy: string, nonce: string): Promise<Response> {
  const { pathname, search } = request.nextUrl;
  const problem = addressProblem(pathname, search);
  if (problem) return badAddress(problem, pathname, nonce);
  // Decided by the declared length, before anything reads (or the framework cuts) the body.
  if (bodyTooLarge(request.headers)) return tooLarge(pathname, nonce);
  const area = areaOf(pathname);
  // The API answers its own 503 (JSON); /api/health says what is wrong.
  if (area !== "api" && !(await databaseReachable())) return databaseUnavailable(pathname, nonce);
  // Next.js takes the nonce for its scripts from the policy in the request headers.
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", policy);
  // What a page shows to nobody is not recorded as seen (lib/staff/door.ts, auditView).
  headers.delete(UNSEEN_HEADER);
  if (isUnseenRequest(request)) headers.set(UNSEEN_HEADER, "1");
  if (area !== "citizen") return NextResponse.next({ request: { headers } });
  headers.set(PAGE_ADDRESS_HEADER, pageAddress(pathname, search));
  return localeRouting(new NextRequest(request.url, { headers }));
}

export default async function proxy(request: NextRequest): Promise<Response> {
  const nonce = newNonce();
  const policy = contentSecurityPolicy(nonce, { development: getEnv().NODE_ENV === "development" });
  const response = await answer(request, policy, nonce);
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  // Everything but the framework's own files (scripts, styles, the development server's updates).
  matcher: ["/((?!_next/).*)"],
};
