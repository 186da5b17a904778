// The app process's server (scripts/serve.ts puts it around Next.js): its HTTP server with request
// ids, log lines, /metrics and the graceful shutdown; the route patterns of the build. A
// composition root like lib/worker: it asks the rooms' doors for the metrics, and nothing in lib/
// imports it.
export { createAppServer, requestIdOf, type AppServer, type AppServerOptions, type Handler } from "./http";
export { bearerMatches, createMetrics, METRICS_PATH, type Metrics } from "./metrics";
export {
  buildRouteMatcher,
  pathOf,
  routeMatcher,
  UNMATCHED,
  type LocaleRouting,
  type RouteOf,
  type RoutesManifest,
} from "./routes";
