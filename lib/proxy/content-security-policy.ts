// The Content-Security-Policy of every answer. Scripts run only with this request's nonce (Next.js
// reads it from the policy in the request headers and puts it on its own scripts; 'strict-dynamic'
// lets those load the page's chunks); everything else comes from the portal itself.
import { randomBytes } from "node:crypto";

/** A fresh nonce per request: 128 random bits, base64 (the characters Next.js accepts in a nonce). */
export function newNonce(): string {
  return randomBytes(16).toString("base64");
}

export function contentSecurityPolicy(nonce: string, options: { development: boolean }): string {
  const directives = [
    "default-src 'self'",
    // 'self' only for browsers without CSP 3 ('strict-dynamic' makes newer ones ignore it). In
    // development React needs eval for its error overlays.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.development ? " 'unsafe-eval'" : ""}`,
    // Style sheets from the portal, <style> elements only with the nonce. The development server
    // injects styles without one.
    `style-src 'self' ${options.development ? "'unsafe-inline'" : `'nonce-${nonce}'`}`,
    // blob: for the previews of photos chosen for an upload.
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ];
  return directives.join("; ");
}
