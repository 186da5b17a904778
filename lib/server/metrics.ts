// /metrics in Prometheus' text format (prom-client), answered by the app process's server before
// Next.js sees the request, behind a bearer token (METRICS_TOKEN; none configured: 404). What each
// metric means is in docs/logs-and-metrics.md.
import { createHash, timingSafeEqual } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type pg from "pg";
import { collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";
import { appCounters } from "@/lib/metrics";
import { failedJobCounts, outboxCounts } from "@/lib/notifications";
import { waitingPerLocation } from "@/lib/queue";

export const METRICS_PATH = "/metrics";

export interface Metrics {
  registry: Registry;
  /** One request's sample for the duration histogram. */
  observe(sample: { route: string; method: string; status: number; seconds: number }): void;
  /** Answers /metrics (and says so); any other request is left alone. */
  answer(request: IncomingMessage, response: ServerResponse): Promise<boolean>;
}

const digest = (value: string) => createHash("sha256").update(value).digest();

/** Compares the Authorization header with `Bearer <token>` in constant time. */
export function bearerMatches(header: string | undefined, token: string): boolean {
  if (!header) return false;
  return timingSafeEqual(digest(header), digest(`Bearer ${token}`));
}

function plain(response: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
  response.writeHead(status, { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", ...headers });
  response.end(text);
}

/** A gauge whose values are read at each scrape; a failed read leaves it empty and counts the failure. */
function databaseGauge<L extends string>(
  registry: Registry,
  failures: Gauge<"gauge">,
  config: { name: string; help: string; labelNames: L[] },
  read: (gauge: Gauge<L>) => Promise<void>,
): Gauge<L> {
  return new Gauge<L>({
    ...config,
    registers: [registry],
    async collect() {
      this.reset();
      try {
        await read(this);
        failures.set({ gauge: config.name }, 0);
      } catch {
        failures.set({ gauge: config.name }, 1);
      }
    },
  });
}

export function createMetrics(options: { token: string | undefined; pool: () => pg.Pool }): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  // Gauges named like counters, which promtool rejects; nodejs_active_handles and the like (by type) stay.
  for (const name of ["nodejs_active_handles_total", "nodejs_active_requests_total", "nodejs_active_resources_total"])
    registry.removeSingleMetric(name);
  const counters = appCounters();
  registry.registerMetric(counters.bookings);
  registry.registerMetric(counters.submissions);

  const duration = new Histogram({
    name: "zugang_http_request_duration_seconds",
    help: "Time from a request's arrival until its answer ended, by route pattern, method and status class",
    labelNames: ["route", "method", "status_class"],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });

  const failures = new Gauge({
    name: "zugang_metrics_read_failed",
    help: "1 when the last scrape could not read this gauge from the database, else 0",
    labelNames: ["gauge"],
    registers: [registry],
  });
  databaseGauge(
    registry,
    failures,
    {
      name: "zugang_queue_waiting_people",
      help: "People waiting in a location's queue today (tickets not yet called)",
      labelNames: ["location"],
    },
    async (gauge) => {
      for (const row of await waitingPerLocation()) gauge.set({ location: row.location }, row.waiting);
    },
  );
  databaseGauge(
    registry,
    failures,
    {
      name: "zugang_outbox_pending_messages",
      help: "Messages waiting in the outbox: due now, or due later (reminders, retries after a pause)",
      labelNames: ["due"],
    },
    async (gauge) => {
      const counts = await outboxCounts();
      gauge.set({ due: "now" }, counts.pendingDue);
      gauge.set({ due: "later" }, counts.pendingLater);
    },
  );
  databaseGauge(
    registry,
    failures,
    { name: "zugang_outbox_failed_messages", help: "Messages given up after their last attempt", labelNames: [] },
    async (gauge) => gauge.set((await outboxCounts()).failed),
  );
  databaseGauge(
    registry,
    failures,
    {
      name: "zugang_jobs_failed",
      help: "Jobs of the worker's queue that failed: state failed (retries used up) or retry (failed, will run again)",
      labelNames: ["queue", "state"],
    },
    async (gauge) => {
      for (const row of await failedJobCounts()) gauge.set({ queue: row.queue, state: row.state }, row.jobs);
    },
  );

  new Gauge({
    name: "zugang_db_pool_connections",
    help: "Connections of this process's database pool: all of them, and those idle",
    labelNames: ["state"],
    registers: [registry],
    collect() {
      const pool = options.pool();
      this.set({ state: "total" }, pool.totalCount);
      this.set({ state: "idle" }, pool.idleCount);
    },
  });
  new Gauge({
    name: "zugang_db_pool_waiting_queries",
    help: "Queries of this process waiting for a free connection of its database pool",
    registers: [registry],
    collect() {
      this.set(options.pool().waitingCount);
    },
  });

  return {
    registry,
    observe({ route, method, status, seconds }) {
      duration.observe({ route, method, status_class: `${Math.floor(status / 100)}xx` }, seconds);
    },
    async answer(request, response) {
      const path = (request.url ?? "").split("?")[0];
      if (path !== METRICS_PATH) return false;
      if (!options.token) {
        plain(response, 404, "Nicht gefunden");
        return true;
      }
      if (!bearerMatches(request.headers.authorization, options.token)) {
        plain(response, 401, "Anmeldung nötig", { "WWW-Authenticate": 'Bearer realm="metrics"' });
        return true;
      }
      if (request.method !== "GET" && request.method !== "HEAD") {
        plain(response, 405, "Nur GET", { Allow: "GET, HEAD" });
        return true;
      }
      const body = await registry.metrics();
      response.writeHead(200, { "Content-Type": registry.contentType, "Cache-Control": "no-store" });
      response.end(request.method === "HEAD" ? undefined : body);
      return true;
    },
  };
}
