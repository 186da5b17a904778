// The app process's HTTP server around a request handler (Next.js's, in scripts/serve.ts): a
// request id on every answer, one log line and one histogram sample per request by route pattern,
// /metrics before the handler, and a graceful shutdown (docs/logs-and-metrics.md).
import { randomUUID } from "node:crypto";
import http, { type IncomingMessage, type ServerResponse } from "node:http";
import { logRequest } from "@/lib/log";
import { pathOf, type RouteOf } from "./routes";

export type Handler = (request: IncomingMessage, response: ServerResponse) => Promise<void> | void;

export interface AppServerOptions {
  /** The app's own handler. */
  handle: Handler;
  routeOf: RouteOf;
  /** Answers the request itself (e.g. /metrics) and says so, else leaves it to `handle`. */
  before?: (request: IncomingMessage, response: ServerResponse) => Promise<boolean>;
  /** Called once per request when its answer ended (sent in full or the client gone). */
  observe?: (sample: { route: string; method: string; status: number; seconds: number }) => void;
  /** What ends long-lived answers when the process shuts down (the call displays' event streams). */
  closeStreams?: () => void;
}

export interface AppServer {
  server: http.Server;
  /** Answers being worked on now. */
  inFlight(): number;
  /**
   * Stops taking connections, lets the answers in flight finish (keep-alive connections close after
   * theirs), ends the event streams, and resolves once all are done or `graceMs` passed (then the
   * connections left are cut). Says whether all finished in time.
   */
  shutdown(graceMs?: number): Promise<boolean>;
}

/** A request id a proxy sent that is safe to log and send back: letters, digits and - _ . : only. */
const SANE_REQUEST_ID = /^[A-Za-z0-9._:-]{8,128}$/;

export function requestIdOf(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value && SANE_REQUEST_ID.test(value) ? value : randomUUID();
}

const HTTP_METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);

export function createAppServer(options: AppServerOptions): AppServer {
  const open = new Set<ServerResponse>();
  let closing = false;
  let drained: (() => void) | undefined;

  const server = http.createServer((request, response) => {
    const started = performance.now();
    const requestId = requestIdOf(request.headers["x-request-id"]);
    const route = options.routeOf(pathOf(request.url));
    // The method is a fixed word in the log and the metrics, whatever a client sent.
    const method = HTTP_METHODS.has(request.method ?? "") ? request.method! : "OTHER";
    response.setHeader("X-Request-Id", requestId);
    if (closing) response.setHeader("Connection", "close");
    open.add(response);
    response.once("close", () => {
      open.delete(response);
      const seconds = (performance.now() - started) / 1000;
      const status = response.statusCode;
      logRequest({
        requestId,
        method,
        route,
        status,
        durationMs: Math.round(seconds * 1000),
        aborted: !response.writableFinished,
      });
      options.observe?.({ route, method, status, seconds });
      if (closing) {
        // A keep-alive connection whose answer just ended is idle now: close it.
        setImmediate(() => server.closeIdleConnections());
        if (open.size === 0) drained?.();
      }
    });
    void (async () => {
      try {
        if (options.before && (await options.before(request, response))) return;
        await options.handle(request, response);
      } catch {
        // The handler answers its own errors; this is the last net, without the error's text.
        if (!response.headersSent) {
          response.statusCode = 500;
          response.setHeader("Content-Type", "text/plain; charset=utf-8");
        }
        response.end("Interner Fehler");
      }
    })();
  });

  return {
    server,
    inFlight: () => open.size,
    async shutdown(graceMs = 10_000) {
      if (closing) return open.size === 0;
      closing = true;
      const allDone = new Promise<void>((resolve) => {
        drained = resolve;
      });
      // No new connections from here on (a connecting client is refused).
      server.close();
      // Answers not yet begun tell their client that this connection ends with them.
      for (const response of open) if (!response.headersSent) response.setHeader("Connection", "close");
      server.closeIdleConnections();
      options.closeStreams?.();
      if (open.size === 0) return true;
      let timer: NodeJS.Timeout | undefined;
      const finished = await Promise.race([
        allDone.then(() => true),
        new Promise<boolean>((resolve) => {
          timer = setTimeout(() => resolve(false), graceMs);
        }),
      ]);
      clearTimeout(timer);
      if (!finished) server.closeAllConnections();
      return finished;
    },
  };
}
