// What the two fuzz specs share (fuzz.spec.ts over every public route, staff/fuzz.spec.ts over every
// staff page and post as each role): the malformed values, what a body must never show, the shape of
// a case, and the run that sends the cases side by side within a time budget and tallies the answers.
// Bad input must get a 4xx, a redirect or a calm page: never a 5xx, never a stack trace or SQL text.
import type { APIRequestContext, APIResponse } from "@playwright/test";

export const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
/** Requests in flight at once. */
export const PARALLEL = 4;
/** Text a body must never show: stack frames, module paths, database internals. */
export const LEAKS = [
  /\bat Object\./,
  /\bat async\b/,
  /node_modules/,
  /PrismaClient/,
  /\bSELECT /,
  /syntax error at/,
  /invalid byte sequence/,
  /unsupported Unicode escape/,
  /ECONNREFUSED/,
];
/** Every request comes from this address, so that the fuzz fills rate-limit buckets of its own. */
export const HEADERS = { "Accept-Language": "de-DE", "X-Forwarded-For": "198.51.100.77" };

/** Raw, already percent-encoded values for paths and queries: NUL and control characters, malformed encodings. */
export const BAD_RAW = [
  "%00",
  "a%00b",
  "%0A%0D",
  "%01%1F",
  "%7F",
  "%C2%85",
  "%E2%80%A8",
  "%ED%A0%80",
  "%ff",
  "%c0%ae",
  "%",
  "%zz",
  "..%2F..%2Fetc",
  "x".repeat(3000),
  "2026-02-30",
  "2026-03-29T02%3A30",
];
export type FetchOptions = NonNullable<Parameters<APIRequestContext["fetch"]>[1]>;
export interface Case {
  route: string;
  input: string;
  send: Request;
}
export interface Request {
  method: string;
  url: string;
  options?: FetchOptions;
}

/** The HTTP methods a route file exports. */
export function exportedMethods(source: string): string[] {
  const direct = [
    ...source.matchAll(/export\s+(?:const|async\s+function|function)\s+(GET|POST|PUT|PATCH|DELETE)\b/g),
  ].map((m) => m[1]);
  const renamed = [...source.matchAll(/export\s*\{([^}]*)\}/g)].flatMap((m) =>
    [...m[1].matchAll(/\bas\s+(GET|POST|PUT|PATCH|DELETE)\b/g)].map((n) => n[1]),
  );
  return [...new Set([...direct, ...renamed])];
}

/** The few HTML entities React writes in attributes, decoded. */
export const decode = (value: string) =>
  value
    .replace(/&amp;/g, "&")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">");

export const send = (method: string, url: string, options: FetchOptions = {}): Request => ({ method, url, options });

/** What a run saw: requests sent, answers by status, and the cases answered with a 5xx, nothing or internals. */
export interface Tally {
  sent: number;
  counts: Map<number, number>;
  failures: string[];
}

export const newTally = (): Tally => ({ sent: 0, counts: new Map(), failures: [] });

/** One answer counted. */
export function countAnswer(tally: Tally, status: number): void {
  tally.sent += 1;
  tally.counts.set(status, (tally.counts.get(status) ?? 0) + 1);
}

/** Sends the cases, PARALLEL at a time, until all are sent or the budget is spent; a failure is named by `name`. */
export async function runCases(
  cases: Case[],
  fetch: (request: Request) => Promise<APIResponse>,
  { budgetMs, tally, name }: { budgetMs: number; tally: Tally; name: (item: Case) => string },
): Promise<void> {
  const started = Date.now();
  let next = 0;
  const worker = async () => {
    while (next < cases.length && Date.now() - started < budgetMs) {
      const item = cases[next++];
      let status = 0;
      let body = "";
      try {
        const response = await fetch(item.send);
        status = response.status();
        body = await response.text().catch(() => "");
      } catch (error) {
        body = `no answer: ${(error as Error).message.split("\n")[0]}`;
      }
      countAnswer(tally, status);
      const leak = LEAKS.find((pattern) => pattern.test(body));
      if (status >= 500 || status === 0 || leak)
        tally.failures.push(`${name(item)} → ${status}${leak ? ` shows ${leak}` : ""}`);
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
}

/** The answers by status, e.g. "200: 2350, 303: 1506". */
export const statusSummary = (tally: Tally) =>
  [...tally.counts.entries()]
    .sort(([a], [b]) => a - b)
    .map(([status, count]) => `${status}: ${count}`)
    .join(", ");
