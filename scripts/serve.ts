// One production app process (`npm run serve`): a plain Node HTTP server around Next.js's request
// handler, on PORT and HOSTNAME (lib/env.ts), with a JSON log line per request, /metrics behind
// METRICS_TOKEN, and a graceful shutdown on SIGTERM: no new connections, the requests in flight
// finish (up to 10 s), the call displays' event streams end with a retry hint so that the browsers
// reconnect to another process behind the proxy. It does not migrate: the deployment runs
// `npm run db:migrate` first (docs/logs-and-metrics.md).
import { defaultLocale, locales } from "@/i18n/locales";
import { db, driverPool } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { log } from "@/lib/log";
import { closeLiveStreams } from "@/lib/live";
import { closeDisplayStreams } from "@/lib/queue";
import { buildRouteMatcher, createAppServer, createMetrics, METRICS_PATH } from "@/lib/server";

/** How long the requests in flight get after SIGTERM. */
const GRACE_MS = 10_000;
/** How soon a call display reconnects after its stream was ended by a shutdown. */
const DISPLAY_RETRY_MS = 500;

// The framework reads NODE_ENV when it loads: a production server is one.
Object.assign(process.env, {
  NODE_ENV: "production",
  NEXT_TELEMETRY_DISABLED: process.env.NEXT_TELEMETRY_DISABLED ?? "1",
});

async function main(): Promise<void> {
  const env = getEnv();
  const dir = process.cwd();
  const { default: next } = await import("next");
  // The name the framework builds its own URLs with, not the address listened on: with a literal
  // address (0.0.0.0, 127.0.0.1) the locale routing's internal rewrite looked like another origin's,
  // and every German page redirected to itself (as `next start` without -H, "localhost" keeps it internal).
  const app = next({ dev: false, dir, hostname: "localhost", port: env.PORT });
  await app.prepare();
  const handle = app.getRequestHandler();
  const metrics = createMetrics({ token: env.METRICS_TOKEN, pool: () => driverPool(db) });
  const appServer = createAppServer({
    handle: (request, response) => handle(request, response),
    routeOf: buildRouteMatcher(dir, {
      extra: { [METRICS_PATH]: METRICS_PATH },
      localeRouting: { locales, defaultLocale },
    }),
    before: metrics.answer,
    observe: metrics.observe,
    closeStreams: () => {
      const closed = closeDisplayStreams(DISPLAY_RETRY_MS);
      log().info({ streams: closed }, "call display streams ended with a retry hint");
      const live = closeLiveStreams(DISPLAY_RETRY_MS);
      log().info({ streams: live }, "staff screens' live streams ended with a retry hint");
    },
  });
  appServer.server.on("error", (error: NodeJS.ErrnoException) => {
    log().fatal({ code: error.code }, `the server cannot listen on ${env.HOSTNAME}:${env.PORT}`);
    process.exit(1);
  });
  await new Promise<void>((resolve) => appServer.server.listen(env.PORT, env.HOSTNAME, resolve));
  log().info({ port: env.PORT, hostname: env.HOSTNAME }, "listening");

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log().info({ signal, inFlight: appServer.inFlight() }, "shutting down: no new connections");
    const finished = await appServer.shutdown(GRACE_MS);
    if (finished) log().info("every request in flight finished");
    else log().warn({ left: appServer.inFlight() }, `requests still running after ${GRACE_MS / 1000} s were cut`);
    await app.close().catch(() => undefined);
    await db.$disconnect().catch(() => undefined);
    process.exit(0);
  };
  // `on`, not `once`: a second signal (npm start forwards the one its process group got too) must
  // not fall back to the default action, which would end the process at once.
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
  process.on("SIGINT", () => void shutdown("SIGINT"));
}

main().catch((error: unknown) => {
  log().fatal({ error: error instanceof Error ? error.message : String(error) }, "the app process did not start");
  process.exit(1);
});
