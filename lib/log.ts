// The one logger of the app process and the worker: pino, one JSON line per event on stdout.
// Lines name what happened, never whom it concerned: callers hand over only the fields below (route
// patterns, ids of jobs, counts, durations), and pino's `redact` blanks the usual personal fields
// should one slip in anyway (docs/logs-and-metrics.md).
import pino, { type Logger } from "pino";
import { getEnv } from "@/lib/env";

/** Field names that would hold personal data or secrets, at the top and one level down. */
const PERSONAL_FIELDS = [
  "name",
  "email",
  "phone",
  "token",
  "reference",
  "answers",
  "values",
  "body",
  "query",
  "url",
  "path",
  "headers",
  "cookie",
  "authorization",
];

export const REDACTED = "[redacted]";

function createLogger(): Logger {
  // Written synchronously: the last lines before an exit (shutting down, a fatal error) are not lost.
  const destination = pino.destination({ dest: 1, sync: true });
  return pino(
    {
      level: getEnv().LOG_LEVEL,
      base: { pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: [...PERSONAL_FIELDS, ...PERSONAL_FIELDS.map((field) => `*.${field}`)], censor: REDACTED },
    },
    destination,
  );
}

// On globalThis: the Next.js server loads its own copy of lib/ beside the one of scripts/serve.ts,
// and both must write through one logger.
const globalLog = globalThis as unknown as { zugangLogger?: Logger };

/** The process's logger, made on first use (so that builds read no configuration). */
export function log(): Logger {
  return (globalLog.zugangLogger ??= createLogger());
}

/** One request as logged: the route's pattern stands for the path, which may hold a token. */
export interface RequestLine {
  requestId: string;
  method: string;
  route: string;
  status: number;
  durationMs: number;
  /** The client went away before the answer was sent in full. */
  aborted?: boolean;
}

export function logRequest(line: RequestLine): void {
  const { requestId, method, route, status, durationMs, aborted } = line;
  const level = status >= 500 ? "error" : "info";
  log()[level]({ requestId, method, route, status, durationMs, ...(aborted ? { aborted } : {}) }, "request");
}

/** One job of the worker as logged: its queue's name, pg-boss's id, how it ended and how long it took. */
export interface JobLine {
  job: string;
  jobId: string;
  outcome: "done" | "failed";
  durationMs: number;
  /** The error's class name only: its message may quote data. */
  error?: string;
}

export function logJob(line: JobLine): void {
  const { job, jobId, outcome, durationMs, error } = line;
  log()[outcome === "failed" ? "error" : "info"](
    { job, jobId, outcome, durationMs, ...(error ? { error } : {}) },
    "job",
  );
}
